#!/usr/bin/env bash
# Small shared helpers for the setup scripts (sourced, not run).
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# apt_install pkg:probe ...   installs each Debian package whose probe (a command name or an absolute path)
# is missing. `apt-get update` runs at most once per process.
_apt_updated=0
apt_install() {
  local missing=() spec pkg probe
  for spec in "$@"; do
    pkg=${spec%%:*}; probe=${spec#*:}
    if [[ "$probe" == /* ]]; then [ -e "$probe" ] && continue
    else command -v "$probe" >/dev/null 2>&1 && continue; fi
    missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing packages (${missing[*]}); install them or run as root"
  if [ "$_apt_updated" = 0 ]; then
    log "apt: updating package lists"
    apt-get update -qq >/dev/null
    _apt_updated=1
  fi
  log "apt: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
