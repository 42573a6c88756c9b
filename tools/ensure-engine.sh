#!/usr/bin/env bash
# Makes sure a Docker engine answers, the test images exist, and (with --registry) a local registry runs.
#
# - If an engine already answers at the resolved endpoint (DOCKER_HOST or /var/run/docker.sock), it is used
#   as it is: nothing is installed, restarted or reconfigured; we only add our own labelled test image.
# - Otherwise, as root on Linux: install Debian's docker.io, start dockerd, wait for /_ping.
# Everything here is idempotent and safe to run again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

want_registry=0
for arg in "$@"; do
  case "$arg" in
    --registry) want_registry=1 ;;
    *) echo "usage: $0 [--registry]" >&2; exit 2 ;;
  esac
done

host=${DOCKER_HOST:-unix:///var/run/docker.sock}
ping_engine() {
  case "$host" in
    unix://*) curl -sf --max-time 3 --unix-socket "${host#unix://}" http://docker/_ping >/dev/null 2>&1 ;;
    tcp://*)  curl -sf --max-time 3 "http://${host#tcp://}/_ping" >/dev/null 2>&1 ;;
    *) return 1 ;;
  esac
}

if ping_engine; then
  log "engine: already answering at $host; using it as it is"
else
  [ "$(id -u)" = 0 ] || die "no Docker engine answers at $host, and only root can start one here. Start Docker, or set DOCKER_HOST."
  [ "$host" = "unix:///var/run/docker.sock" ] || die "no Docker engine answers at DOCKER_HOST=$host; start it, or unset DOCKER_HOST to use a local one."
  apt_install docker.io:dockerd iptables:iptables
  # A dockerd killed at the end of a session leaves its pid file behind, and the next one refuses to start.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  if [ -f /run/containerd/containerd.pid ] && ! kill -0 "$(cat /run/containerd/containerd.pid)" 2>/dev/null; then
    rm -f /run/containerd/containerd.pid
  fi
  log "engine: starting dockerd (log: /var/log/dockerd.log)"
  setsid dockerd --host unix:///var/run/docker.sock >/var/log/dockerd.log 2>&1 < /dev/null &
  for _ in $(seq 1 150); do
    ping_engine && break
    sleep 0.2
  done
  ping_engine || { tail -n 30 /var/log/dockerd.log >&2; die "dockerd did not answer /_ping within 30 s (log above)"; }
  log "engine: dockerd is up"
fi

# Test images: there is no registry on the internet here, so build a busybox root from Debian's busybox-static.
docker_cli() { docker --host "$host" "$@"; }
if ! docker_cli image inspect containers-test/busybox:latest >/dev/null 2>&1; then
  apt_install busybox-static:/bin/busybox
  root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root" "$root/var"
  cp /bin/busybox "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
  echo 'root:x:0:' > "$root/etc/group"
  tar -C "$root" -c . | docker_cli import \
    --change 'LABEL containers.test=image' --change 'CMD ["sh"]' --change 'ENV PATH=/bin' \
    - containers-test/busybox:latest >/dev/null
  rm -rf "$root"
  log "engine: built test image containers-test/busybox:latest"
fi

if [ "$want_registry" = 1 ]; then
  bash "$here/ensure-registry.sh"
fi
