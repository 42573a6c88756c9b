#!/usr/bin/env bash
# Runs the extension tests inside real VS Code: code-server (VS Code 1.139 in Node 24) serves the
# workbench to headless Chromium, which loads the packaged extension (the .vsix, unpacked: dist/ and the
# bundled NativeAOT server) as the extension under development and runs vscode-extension/out/test in the
# server-side extension host. Results: JUnit XML at <junit-out>. Anything that keeps the tests from running
# (install, code-server start, a host that never reports) is written as a failing test case, never a skip.
#
# usage: run.sh <extension.vsix> <tests-dir containing index.js> <junit-out>
# CONTAINERS_E2E_FILTER=<regex> runs only the tests whose names match (while iterating; the Test task sets none).
set -uo pipefail
VSIX=$(realpath "$1"); TESTS=$(realpath "$2"); JUNIT=$3
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$(dirname "$JUNIT")"

fail() { # <case name> <message>
    node "$HERE/junit.js" "$JUNIT" vscode-e2e "$1" "$2"
    echo "vscode-e2e: $1: $2" >&2
    exit 1
}
log() { echo "[vscode-e2e $(date +%T)] $*"; }

log "install (cached by version)"
env_file=$(bash "$HERE/install.sh") || fail "test tools install" "installing chromium, Node 24, code-server or playwright-core failed"
# shellcheck disable=SC1090
source "$env_file"
[ -f "$VSIX" ] || fail "extension package" "no .vsix at $VSIX"
[ -f "$TESTS/index.js" ] || fail "extension tests build" "no $TESTS/index.js (build vscode-extension first)"

R=$(mktemp -d /tmp/containers-e2e.XXXXXX)
CS_PID=
cleanup() {
    if [ -n "$CS_PID" ]; then
        kill -TERM -- "-$CS_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$CS_PID" 2>/dev/null || true
    fi
    rm -rf "$R"
}
trap cleanup EXIT

# The workspace the tests open.
WS=$R/workspace
mkdir -p "$WS/bad"
printf 'FROM alpine:3.20\nRUN echo hello\n' >"$WS/Dockerfile"
printf 'FROM alpine:3.20\nFORM x\n' >"$WS/bad/Dockerfile"
# A Dockerfile worth a screenshot: several kinds of problem a user would make.
mkdir -p "$WS/showcase"
cat >"$WS/showcase/Dockerfile" <<'DOCKERFILE'
# syntax=docker/dockerfile:1
FROM containers-test/busybox:latest AS build
WORKDIR src
RUN echo building > /out.txt
EXPOSE 80000

FROM containers-test/busybox:latest
COPY --from=build /out.txt /
HEALTHCHECK --interval=5 CMD cat /out.txt
CMD ["cat", "/out.txt"]
DOCKERFILE

# The extension exactly as packaged.
mkdir -p "$R/vsix"
(cd "$R/vsix" && unzip -q "$VSIX" 'extension/*') || fail "extension package" "cannot unpack $VSIX"
EXT=$R/vsix/extension

mkdir -p "$R/data/User" "$R/extensions"
cat >"$R/data/User/settings.json" <<'JSON'
{
  "chat.disableAIFeatures": true,
  "workbench.startupEditor": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false
}
JSON

# Installing the .vsix as a user would (code-server --install-extension, offline): its result is one more test
# case, written by run-tests.js with the others.
log "install the .vsix with code-server --install-extension"
want=$(node -e 'const p=require(process.argv[1]); console.log(`${p.publisher}.${p.name}@${p.version}`)' "$EXT/package.json")
if ! out=$(PATH=$E2E_NODE_HOME/bin:$PATH "$E2E_CODE_SERVER" --install-extension "$VSIX" --extensions-dir "$R/installed" \
        --user-data-dir "$R/install-data" 2>&1); then
    export CONTAINERS_E2E_INSTALL="code-server --install-extension failed: $out"
elif ! PATH=$E2E_NODE_HOME/bin:$PATH "$E2E_CODE_SERVER" --list-extensions --show-versions --extensions-dir "$R/installed" \
        --user-data-dir "$R/install-data" 2>/dev/null | grep -qx "$want"; then
    export CONTAINERS_E2E_INSTALL="after --install-extension, --list-extensions does not show $want"
elif [ ! -x "$R/installed/${want/@/-}/server/Containers.LanguageServer" ]; then
    export CONTAINERS_E2E_INSTALL="the installed extension has no executable server/Containers.LanguageServer"
else
    export CONTAINERS_E2E_INSTALL=ok
fi

# The docker CLI configuration of this run (the server and the tests' docker CLI both read DOCKER_CONFIG): the local
# registry's login for the push test (tools/ensure-registry.sh), and a context store the contexts test may change
# without touching the user's ~/.docker.
export DOCKER_CONFIG=$R/docker-config
mkdir -p "$DOCKER_CONFIG"
export CONTAINERS_E2E_REGISTRY=${CONTAINERS_E2E_REGISTRY:-127.0.0.1:5000}
printf '{"auths":{"%s":{"auth":"%s"}}}\n' "$CONTAINERS_E2E_REGISTRY" \
    "$(printf '%s' 'containers-test:containers-test-password' | base64 -w0)" >"$DOCKER_CONFIG/config.json"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export XDG_CONFIG_HOME=$R/xdg/config XDG_DATA_HOME=$R/xdg/data XDG_CACHE_HOME=$R/xdg/cache
export CONTAINERS_E2E_RESULTS=$R/results.json
# Screenshots the tests ask for are test artifacts, kept beside the results (the extension's README uses them).
export CONTAINERS_E2E_SCREENSHOTS=$(realpath -m "$(dirname "$JUNIT")/screenshots")
mkdir -p "$CONTAINERS_E2E_SCREENSHOTS"
log "code-server on 127.0.0.1:$PORT"
PATH=$E2E_NODE_HOME/bin:$PATH setsid "$E2E_CODE_SERVER" --bind-addr "127.0.0.1:$PORT" --auth none \
    --user-data-dir "$R/data" --extensions-dir "$R/extensions" --disable-telemetry --disable-update-check \
    --disable-workspace-trust --vscode-option enable-smoke-test-driver >"$R/code-server.log" 2>&1 </dev/null &
CS_PID=$!
up=
for _ in $(seq 600); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; then up=1; break; fi
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.1
done
[ -n "$up" ] || fail "code-server starts" "code-server did not answer /healthz: $(tail -20 "$R/code-server.log")"

log "extension tests"
PATH=$E2E_NODE_HOME/bin:$PATH NODE_PATH=$E2E_NODE_PATH node "$HERE/run-tests.js" \
    "http://127.0.0.1:$PORT" "$WS" "$EXT" "$TESTS/index.js" "$CONTAINERS_E2E_RESULTS" "$JUNIT" 900
rc=$?
if [ $rc -ne 0 ]; then
    echo "--- code-server log (tail) ---"; tail -40 "$R/code-server.log"
fi
log "done ($rc)"
exit $rc
