#!/usr/bin/env bash
# `pip install ./bindings/python` works offline with Debian's packages only, and the installed package
# loads and validates an example outside the source tree. With a second argument, the native module the
# build made is installed (INCLUSIO_PREBUILT_NATIVE) instead of compiling the core once more.
set -euo pipefail
project=$(cd "$(dirname "$0")/../../.." && pwd)
python=${1:-/usr/bin/python3}
if [ -n "${2:-}" ]; then export INCLUSIO_PREBUILT_NATIVE="$2"; fi
work=$(mktemp -d)
trap 'rm -rf "$work" "$project/bindings/python/build" "$project/bindings/python/inclusio.egg-info"' EXIT

"$python" -m venv --system-site-packages "$work/env"
"$work/env/bin/pip" install --quiet --no-build-isolation --no-index "$project/bindings/python"
cd "$work"
"$work/env/bin/python" - "$project/examples/data/asz-2010-2013.json" <<'PY'
import sys
from pathlib import Path

import inclusio

assert Path(inclusio.__file__).parent.parent.name == "site-packages", inclusio.__file__
assert (Path(inclusio.__file__).parent / "py.typed").exists()
assert (Path(inclusio.__file__).parent / "_native.pyi").exists()
report = inclusio.load(sys.argv[1]).validate(as_of="2013-08-31")
assert report.ok and report.count("warning") == 107, report
assert inclusio.territory("554782").name == "Praha"
print("installed", inclusio.__version__, "from", inclusio.__file__)
PY
