#!/bin/bash
# Launch-to-ready: starts ./ftz serve's jar on PORT (default 8188), prints the seconds until /actuator/health/readiness
# answers 200 and the status codes /api/v1/zones gave before. The server keeps running: kill $(cat /tmp/ftz-serve-PORT.pid)
cd "$(dirname "$0")/.."
start=$(date +%s.%N)
FTZ_LOG_FORMAT=${FMT:-} java -jar target/ftz-observatory.jar serve --port ${PORT:-8188} --ftz.home="$PWD" > /tmp/ftz-serve-${PORT:-8188}.log 2>&1 &
echo $! > /tmp/ftz-serve-${PORT:-8188}.pid
seen=""
while true; do
  r=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:${PORT:-8188}/actuator/health/readiness)
  z=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:${PORT:-8188}/api/v1/zones)
  case " $seen " in *" $z "*) ;; *) seen="$seen $z";; esac
  if [ "$r" = "200" ]; then break; fi
  sleep 0.2
done
end=$(date +%s.%N)
echo "ready after $(echo "$end - $start" | bc) s; /api/v1/zones codes seen before ready:$seen"
