#!/usr/bin/env bash
# Starts or stops a throwaway single-node Docker Swarm for the swarm tests (issue #8), never touching the shared
# default engine other tests run against (no `swarm init` there, ever).
#
# The dockerd runs in a network namespace of its own (unshare --net): the swarm's ports (2377 control, 7946 gossip,
# 4789 VXLAN), its docker0/docker_gwbridge bridges, its ingress network and its iptables rules all live there, so
# two test runs (engine and module tests at once) never collide on a port, and the host's docker0 is never touched.
# Its unix socket, data-root and exec-root are its own too; the socket is reachable from the host (a file).
#
#   swarm-engine.sh start DIR   starts dockerd, `swarm init --advertise-addr 127.0.0.1`, loads the test image from the
#                               default engine; prints the unix socket on stdout once the node is a manager
#   swarm-engine.sh start DIR --no-init
#                               the same dockerd left out of any swarm (for tests of init and leave themselves)
#   swarm-engine.sh stop DIR    leaves the swarm, stops that dockerd (SIGTERM, then SIGKILL after 20 s), removes its state
#
# Fails loudly (non-zero, log tail on stderr) when anything cannot be done: the tests depend on it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage() { echo "usage: $0 start DIR [--no-init] | stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || { [ $# -eq 3 ] && [ "$1" = start ] && [ "$3" = --no-init ]; } || usage
action=$1
dir=$(cd "$2" && pwd)
init=1
[ "${3:-}" = --no-init ] && init=0
# The exec-root holds containerd's sockets, whose paths must stay under the 108-byte unix socket limit.
hash=$(printf '%s' "$dir" | sha256sum | cut -c1-10)
state=/tmp/cs-$hash
socket=$state/docker.sock
image=containers-test/busybox:latest

stop_engine() {
  local pid
  if [ -S "$socket" ]; then
    # Leaving first stops the service tasks, so dockerd's own shutdown does not wait on them.
    docker --host "unix://$socket" swarm leave --force >/dev/null 2>&1 || true
  fi
  if [ -f "$state/docker.pid" ] && pid=$(cat "$state/docker.pid") && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      log "swarm engine: dockerd $pid ignored SIGTERM for 20 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  { grep -o " $state[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
  rm -rf "$state"
}

fail() {
  tail -n 30 "$dir/dockerd.log" >&2 || true
  stop_engine
  die "swarm engine: $* (full log in $dir/dockerd.log)"
}

case "$action" in
  start)
    command -v dockerd >/dev/null || die "swarm engine: dockerd is not installed (run tools/ensure-engine.sh)"
    command -v unshare >/dev/null || die "swarm engine: unshare (util-linux) is not installed"
    docker image inspect "$image" >/dev/null 2>&1 || die "swarm engine: the default engine has no $image (run tools/ensure-engine.sh)"
    stop_engine
    mkdir -p "$state/data" "$state/exec"
    # exec keeps one process: the pid unshare prints is dockerd's, and dockerd writes it to its pidfile too.
    setsid unshare --net sh -c "ip link set lo up && exec dockerd \
      --host unix://$socket --data-root $state/data --exec-root $state/exec --pidfile $state/docker.pid \
      --storage-driver=vfs" >"$dir/dockerd.log" 2>&1 < /dev/null &
    echo $! > "$dir/launcher.pid"
    up=0
    for _ in $(seq 1 300); do
      if curl -sf --max-time 2 --unix-socket "$socket" http://docker/_ping >/dev/null 2>&1; then up=1; break; fi
      kill -0 "$(cat "$dir/launcher.pid")" 2>/dev/null || break
      sleep 0.2
    done
    [ "$up" = 1 ] || fail "dockerd did not answer on $socket within 60 s"
    other=(--host "unix://$socket")
    if [ "$init" = 1 ]; then
      docker "${other[@]}" swarm init --advertise-addr 127.0.0.1 >/dev/null 2>>"$dir/dockerd.log" || fail "swarm init failed"
    fi
    docker save "$image" | docker "${other[@]}" load >/dev/null 2>>"$dir/dockerd.log" || fail "could not load $image"
    echo "unix://$socket"
    ;;
  stop)
    stop_engine
    ;;
  *) usage ;;
esac
