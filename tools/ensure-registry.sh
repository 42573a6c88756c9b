#!/usr/bin/env bash
# Starts Debian's docker-registry (distribution 2.8) on 127.0.0.1:${REGISTRY_PORT:-5000} with htpasswd auth
# (user "containers-test", password "containers-test-password"), storage in a scratch folder. Idempotent.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
port=${REGISTRY_PORT:-5000}
state=${CONTAINERS_STATE_DIR:-/tmp/containers-test}/registry
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/v2/"; then
  log "registry: already answering on 127.0.0.1:$port"
  exit 0
fi
apt_install docker-registry:/usr/bin/docker-registry apache2-utils:htpasswd
mkdir -p "$state/data"
htpasswd -Bbc "$state/htpasswd" containers-test containers-test-password 2>/dev/null
cat > "$state/config.yml" <<YAML
version: 0.1
log: { level: warn }
storage:
  filesystem: { rootdirectory: $state/data }
  delete: { enabled: true }
http:
  addr: 127.0.0.1:$port
auth:
  htpasswd: { realm: containers-test, path: $state/htpasswd }
YAML
setsid /usr/bin/docker-registry serve "$state/config.yml" >"$state/registry.log" 2>&1 < /dev/null &
echo $! > "$state/registry.pid"
for _ in $(seq 1 50); do
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/v2/" && { log "registry: up on 127.0.0.1:$port"; exit 0; }
  sleep 0.2
done
cat "$state/registry.log" >&2
die "docker-registry did not start on 127.0.0.1:$port"
