#!/usr/bin/env bash
# Scripted end-to-end run of the replication workflow through the API, with three officials of different roles.
# Needs a running server (./ftz serve) and three tokens from `./ftz user token`: ADMIN, REVIEWER (henan), EDITOR (henan/zhengzhou).
# Usage: BASE=http://localhost:8080 ADMIN=ftz_... REVIEWER=ftz_... EDITOR=ftz_... tools/replication-e2e.sh
set -uo pipefail
BASE="${BASE:-http://localhost:8080}"
call() { # WHO METHOD PATH [JSON]
  local who="$1" method="$2" path="$3" body="${4:-}" token
  case "$who" in admin) token="$ADMIN";; reviewer) token="$REVIEWER";; editor) token="$EDITOR";; *) token="";; esac
  echo "> $who $method $path ${body}"
  if [ -n "$token" ]; then auth=(-H "Authorization: Bearer $token"); else auth=(); fi
  curl -s -X "$method" "$BASE$path" "${auth[@]}" -H 'Content-Type: application/json' ${body:+-d "$body"} -w '\n< HTTP %{http_code}\n'
  echo
}
DEADLINE="$(date -d '+90 days' +%F)"
call editor POST /api/v1/innovation-records '{"zone":"henan/zhengzhou","title_zh":"跨境电商零售进口退货中心仓模式","title_en":"Return centre warehouse for cross-border e-commerce imports"}'
call editor POST /api/v1/innovation-records/1/transitions '{"to":"submitted","version":0}'
call editor POST /api/v1/innovation-records/1/transitions '{"to":"under_evaluation","version":1}'
call reviewer POST /api/v1/innovation-records/1/transitions '{"to":"selected","version":1}'
call reviewer POST /api/v1/innovation-records/1/transitions '{"to":"under_evaluation","version":1}'
call reviewer POST /api/v1/innovation-records/1/transitions '{"to":"selected","version":2,"level":"province","evaluation":{"landing_status":"landed in 3 sub-zones","satisfaction":4,"problems":"forms differ between sub-zones","recommendations":"one form"}}'
call reviewer POST /api/v1/innovation-records/1/announcements '{"scope":"national"}'
call reviewer POST /api/v1/innovation-records/1/announcements '{"scope":"regions","regions":["henan"],"document_no":"豫自贸办〔2021〕1号"}'
call reviewer POST /api/v1/announcements/1/tasks "{\"region\":\"henan\",\"responsible_unit\":\"\",\"reform_content\":\"x\",\"deadline\":\"$DEADLINE\",\"owner\":\"Wang\",\"output_form\":\"notice\"}"
call reviewer POST /api/v1/announcements/1/tasks "{\"region\":\"henan\",\"responsible_unit\":\"河南省商务厅\",\"reform_content\":\"推广退货中心仓模式\",\"deadline\":\"$DEADLINE\",\"roadmap\":\"Q1 pilot, Q2 all sub-zones\",\"owner\":\"王处长\",\"output_form\":\"省级文件及运行数据\"}"
call editor POST /api/v1/replication-tasks/1/transitions '{"to":"landed","version":0}'
call editor POST /api/v1/replication-tasks/1/transitions '{"to":"in_progress","version":0}'
call editor POST /api/v1/replication-tasks/1/transitions '{"to":"landed","version":1}'
call editor POST /api/v1/replication-tasks/1/transitions '{"to":"reviewed","version":2}'
call reviewer POST /api/v1/replication-tasks/1/transitions '{"to":"reviewed","version":2,"comment":"回头看: in use in all three sub-zones"}'
call anonymous POST /api/v1/replication-tasks/1/transitions '{"to":"planned","version":3}'
call admin GET /api/v1/audit/replication_task/1
