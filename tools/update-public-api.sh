#!/usr/bin/env bash
# Records the engine's new public symbols in PublicAPI.Unshipped.txt (RS0016) and drops removed ones (RS0017),
# the way the Roslyn code fix would. Review the diff: every line is public surface we promise to keep.
set -euo pipefail
cd "$(dirname "$0")/../engine"
log=$(mktemp)
dotnet build --nologo -v q -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys
log = open(sys.argv[1]).read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", log))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", log))
path = "PublicAPI.Unshipped.txt"
lines = [l.rstrip("\n") for l in open(path)]
header = [l for l in lines if l.startswith("#")]
body = {l for l in lines if l and not l.startswith("#")}
body = (body | added) - removed
open(path, "w").write("\n".join(header + sorted(body)) + "\n")
print(f"public API: +{len(added)} -{len(removed)}")
PY
rm -f "$log"
