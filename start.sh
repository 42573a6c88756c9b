#!/usr/bin/env bash
# Builds the module, makes sure a Docker engine answers (starting Debian's dockerd as root if none does),
# shows the engine and its containers, then opens pwsh with the module imported.
#   ./start.sh                  interactive: ends in a pwsh prompt with Containers loaded
#   ./start.sh --no-shell       for scripts: builds, checks, shows, exits
set -euo pipefail
cd "$(dirname "$0")"
shell=1
for arg in "$@"; do
  case "$arg" in
    --no-shell|--non-interactive) shell=0 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done
[ -t 0 ] || shell=0
source tools/bootstrap.sh
pwsh -NoProfile -NonInteractive -File ./psake.ps1 Build
bash tools/ensure-engine.sh
manifest="$PWD/out/Containers/$(cat VERSION)/Containers.psd1"
show="Import-Module '$manifest'; Get-ContainerEngine | Out-Host; Get-Container -All | Out-Host"
if [ "$shell" = 1 ]; then
  exec pwsh -NoLogo -NoExit -Command "$show; Write-Host 'Containers is loaded: try Get-Command -Module Containers' -ForegroundColor Green"
fi
pwsh -NoProfile -NonInteractive -Command "\$ErrorActionPreference = 'Stop'; $show"
