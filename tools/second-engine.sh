#!/usr/bin/env bash
# Starts or stops a second, independent dockerd for the multi-engine tests (issue #8): TLS with --tlsverify on
# 127.0.0.1:PORT plus a unix socket of its own, its own data-root, exec-root, pidfile and bridge, and no iptables,
# so it never touches the shared default engine other tests run against.
#
# Not --bridge=none: a dockerd started that way deletes the host's docker0 interface (removeDefaultBridgeInterface in
# moby's daemon_unix.go), which cuts the shared default engine's containers off. It gets a bridge of its own instead.
#
#   second-engine.sh start DIR PORT   DIR holds ca.pem, server-cert.pem, server-key.pem (made by the test);
#                                     prints the unix socket on stdout once both endpoints answer /_ping
#   second-engine.sh stop DIR         stops that dockerd (SIGTERM, then SIGKILL after 20 s) and removes its state
#
# Fails loudly (non-zero, log tail on stderr) when the engine cannot be started: the tests depend on it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage() { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
action=$1
dir=$(cd "$2" && pwd)
# The exec-root holds containerd's sockets, whose paths must stay under the 108-byte unix socket limit.
hash=$(printf '%s' "$dir" | sha256sum | cut -c1-10)
state=/tmp/ce-$hash
socket=$state/docker.sock
bridge=ctb$hash                      # 13 characters: interface names stop at 15
subnet_octet=$(( 16#${hash:0:4} % 200 + 20 ))
bridge_ip=10.231.$subnet_octet.1/24

stop_engine() {
  local pid
  if [ -f "$state/docker.pid" ] && pid=$(cat "$state/docker.pid") && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      log "second engine: dockerd $pid ignored SIGTERM for 20 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  # Anything dockerd left mounted under its own state (overlay layers, netns) goes before the files.
  { grep -o " $state[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
  rm -rf "$state"
  ip link delete "$bridge" 2>/dev/null || true
}

case "$action" in
  start)
    [ $# -eq 3 ] || usage
    port=$3
    for f in ca.pem server-cert.pem server-key.pem; do [ -f "$dir/$f" ] || die "second engine: $dir/$f is missing"; done
    command -v dockerd >/dev/null || die "second engine: dockerd is not installed (run tools/ensure-engine.sh)"
    stop_engine
    mkdir -p "$state/data" "$state/exec"
    ip link add "$bridge" type bridge
    ip addr add "$bridge_ip" dev "$bridge"
    ip link set "$bridge" up
    setsid dockerd \
      --host "unix://$socket" --host "tcp://127.0.0.1:$port" \
      --tlsverify --tlscacert "$dir/ca.pem" --tlscert "$dir/server-cert.pem" --tlskey "$dir/server-key.pem" \
      --data-root "$state/data" --exec-root "$state/exec" --pidfile "$state/docker.pid" \
      --bridge="$bridge" --iptables=false --ip-masq=false --storage-driver=vfs \
      >"$dir/dockerd.log" 2>&1 < /dev/null &
    echo $! > "$dir/launcher.pid"
    for _ in $(seq 1 300); do
      # dockerd opens every --host listener before it serves any, so the unix ping covers the TLS port too.
      if curl -sf --max-time 2 --unix-socket "$socket" http://docker/_ping >/dev/null 2>&1; then
        echo "unix://$socket"
        exit 0
      fi
      kill -0 "$(cat "$dir/launcher.pid")" 2>/dev/null || break
      sleep 0.2
    done
    tail -n 30 "$dir/dockerd.log" >&2 || true
    stop_engine
    die "second engine: dockerd did not answer on $socket within 60 s (log above, full log in $dir/dockerd.log)"
    ;;
  stop)
    stop_engine
    ;;
  *) usage ;;
esac
