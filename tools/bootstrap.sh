#!/usr/bin/env bash
# Installs what the build needs and is not on a fresh machine: pwsh (as a .NET global tool, pinned),
# curl, tmux (the Enter-ContainerSession tests drive a real terminal through it). Sourced by start.sh and test.sh so PATH changes carry over. Cached by version: a second run is instant.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/lib.sh"
PWSH_VERSION=7.6.9
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PATH="$HOME/.dotnet/tools:$PATH"
command -v dotnet >/dev/null || die "the .NET SDK (10.x) is required: https://dot.net"
apt_install curl:curl tmux:tmux
if [ "$(pwsh --version 2>/dev/null)" != "PowerShell $PWSH_VERSION" ]; then
  log "pwsh: installing PowerShell $PWSH_VERSION as a dotnet global tool"
  dotnet tool uninstall --global PowerShell >/dev/null 2>&1 || true
  dotnet tool install --global PowerShell --version "$PWSH_VERSION" >/dev/null
fi
