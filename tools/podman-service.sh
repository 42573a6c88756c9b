#!/usr/bin/env bash
# Starts or stops a private Podman service (Debian's podman 4.3) for the Podman compatibility tests (issue #8):
# `podman system service` on a unix socket of its own, with its configuration, storage, run state, volumes, networks
# and events all under DIR, so it shares nothing with the Docker engine or with any other Podman on the machine.
# The test image is copied over from the Docker engine (`docker save | podman load`).
#
#   podman-service.sh start DIR   prints unix://DIR/podman.sock once the service answers /_ping
#   podman-service.sh stop DIR    stops it (its pid only), unmounts what it left under DIR, removes DIR's state
#
# Why the configuration looks like this (found on this machine kind, a container with cgroup v1 and fixed rlimits):
# - runtime runc: crun fails here on the hybrid cgroup layout; runc works;
# - default_ulimits: podman otherwise asks for RLIMIT_NOFILE/NPROC above what this process may raise, and every
#   container start fails with "setrlimit … operation not permitted";
# - cgroup_manager cgroupfs and file events: there is no systemd;
# - netns none by default: the tests need no network, and Podman's own bridge would add firewall rules to the host
#   next to dockerd's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage() { echo "usage: $0 start DIR | stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$(cd "$2" && pwd)
export CONTAINERS_CONF=$dir/containers.conf CONTAINERS_STORAGE_CONF=$dir/storage.conf

case "$action" in
  start)
    apt_install podman:podman runc:runc
    mkdir -p "$dir/root" "$dir/run" "$dir/tmp" "$dir/volumes" "$dir/networks"
    cat > "$dir/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
netns = "none"
[network]
network_config_dir = "$dir/networks"
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$dir/events.log"
tmp_dir = "$dir/tmp"
volume_path = "$dir/volumes"
CONF
    cat > "$dir/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "$dir/root"
runroot = "$dir/run"
CONF
    socket=$dir/podman.sock
    setsid podman system service --time=0 "unix://$socket" >"$dir/service.log" 2>&1 </dev/null &
    echo $! > "$dir/service.pid"
    for _ in $(seq 1 150); do
      curl -sf --max-time 3 --unix-socket "$socket" http://podman/_ping >/dev/null 2>&1 && break
      kill -0 "$(cat "$dir/service.pid")" 2>/dev/null || break
      sleep 0.2
    done
    if ! curl -sf --max-time 3 --unix-socket "$socket" http://podman/_ping >/dev/null 2>&1; then
      tail -n 20 "$dir/service.log" >&2 || true
      die "podman service: no answer on $socket"
    fi
    # The test image, from the Docker engine this machine's tests use.
    docker save containers-test/busybox:latest | podman load -q >/dev/null \
      || die "podman service: could not load containers-test/busybox:latest from the Docker engine"
    log "podman service: $(cat "$dir/service.pid") answers on $socket"
    echo "unix://$socket"
    ;;
  stop)
    if [ -f "$dir/service.pid" ]; then
      pid=$(cat "$dir/service.pid")
      # Containers the tests left behind first, while the service still knows them; then the service itself.
      podman ps -aq 2>/dev/null | xargs -r podman rm -f -t 0 >/dev/null 2>&1 || true
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$dir/service.pid"
    fi
    { grep -o " $dir/[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
    rm -rf "$dir/root" "$dir/run" "$dir/tmp" "$dir/volumes" "$dir/networks"
    ;;
  *) usage ;;
esac
