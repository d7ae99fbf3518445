#!/usr/bin/env bash
# Takes the README's and issue's screenshots (zh and en) of the public pages into docs/screenshots/, with Debian's headless
# Chromium, against a server this script starts (port 8190, the checkout's embedded PostgreSQL in var/pg). The replication
# dashboard is taken empty (`ftz demo clear`) and with the labelled demo (`ftz demo load`), run beside the server.
# Pages that need a signed-in official (bulletins) are taken by the browser tests instead.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8190}
out=docs/screenshots
mkdir -p "$out"
./ftz serve --port "$port" > target/screenshots-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/api/v1/zones?size=1" | grep -q '"total":[1-9]' && break
  sleep 2
done

shot() { # name path [height]
  local name=$1 path=$2 height=${3:-2000}
  for lang in zh en; do
    local sep='?'; [[ $path == *\?* ]] && sep='&'
    chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars \
      --window-size=1280,"$height" --virtual-time-budget=15000 \
      --screenshot="$out/$name-$lang.png" "http://localhost:$port$path${sep}lang=$lang" >/dev/null 2>&1
    echo "$out/$name-$lang.png"
  done
}

shot home /
shot zone-tianjin /zones/tianjin 2600
shot case-library '/innovations?q=%E4%BF%9D%E7%A8%8E%E7%BB%B4%E4%BF%AE'
shot search '/search?q=%E4%BF%9D%E7%A8%8E'
shot access-news-agency-beijing '/access?location=beijing&industry=8610&foreign_share=0.3' 1700
shot access-market-research-lingang '/access?location=shanghai/lingang&industry=7242&foreign_share=1' 1700
shot access-hospital-hainan '/access?location=hainan&industry=8411&foreign_share=0.7' 1700
shot negative-lists /negative-lists 2400
shot sources /sources
shot tasks /tasks 2400
shot powers /powers
shot index /index 3400
./ftz demo clear >/dev/null
shot replication-dashboard-empty /replication 1600
./ftz demo load >/dev/null
shot replication-dashboard-demo /replication 2400
./ftz demo clear >/dev/null
