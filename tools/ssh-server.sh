#!/usr/bin/env bash
# Starts or stops a private OpenSSH server on 127.0.0.1 for the ssh:// endpoint tests (issue #8). It reaches the local
# engine the way a remote host would: the client runs `ssh … docker system dial-stdio`, sshd runs the docker CLI on
# "the remote side", which relays to /var/run/docker.sock. Nothing system-wide is touched: the config, host key,
# authorized keys, pid file and log all live in DIR, and the server listens on loopback only.
#
#   ssh-server.sh start DIR PORT   DIR holds authorized_keys (made by the test); writes a host key and sshd_config
#                                  there, starts sshd, and returns once PORT accepts connections
#   ssh-server.sh stop DIR         stops that sshd and every session it still serves (by their pids)
#
# Fails loudly (non-zero, log tail on stderr) when the server cannot be started: the tests depend on it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage() { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
action=$1
dir=$(cd "$2" && pwd)

# The listener's pid, then its descendants (the per-connection sshd processes and the commands they run).
descendants() {
  local pid=$1 child
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

case "$action" in
  start)
    [ $# -eq 3 ] || usage
    port=$3
    apt_install openssh-server:/usr/sbin/sshd openssh-client:ssh
    [ -f "$dir/authorized_keys" ] || die "ssh server: $dir/authorized_keys is missing"
    # sshd checks for its privilege-separation directory at start.
    mkdir -p /run/sshd
    [ -f "$dir/host_key" ] || ssh-keygen -q -t ed25519 -N '' -C containers-test-host -f "$dir/host_key"
    cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
# The test directory is under /tmp (world-writable), which StrictModes would refuse as a place for keys.
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
AllowTcpForwarding no
X11Forwarding no
PrintMotd no
LogLevel VERBOSE
CONF
    /usr/sbin/sshd -t -f "$dir/sshd_config" || die "ssh server: sshd rejects $dir/sshd_config"
    setsid /usr/sbin/sshd -D -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null >/dev/null 2>&1 &
    echo $! > "$dir/sshd.listener"
    for _ in $(seq 1 100); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        log "ssh server: sshd $(cat "$dir/sshd.listener") listens on 127.0.0.1:$port"
        exit 0
      fi
      kill -0 "$(cat "$dir/sshd.listener")" 2>/dev/null || break
      sleep 0.1
    done
    tail -n 20 "$dir/sshd.log" >&2 || true
    die "ssh server: sshd did not accept connections on 127.0.0.1:$port"
    ;;
  stop)
    [ -f "$dir/sshd.listener" ] || exit 0
    pid=$(cat "$dir/sshd.listener")
    pids="$pid $(descendants "$pid")"
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    rm -f "$dir/sshd.listener"
    ;;
  *) usage ;;
esac
