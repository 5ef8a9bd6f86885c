#!/usr/bin/env bash
# CI check of the Ray example (run by .ci/run after the build): a virtual environment with Ray,
# the example in local mode on 200 generated articles in 2 shards, and its output shards compared
# with what `analyze --jsonl` writes for the same shards. When pip cannot install Ray (no index,
# no wheel for this Python or machine), the check is skipped with the reason; it never fails for it.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/news-annotator-ray-XXXXXX)
trap 'rm -rf "$work"' EXIT
venv=${RAY_VENV:-$work/venv}

if [ ! -x "$venv/bin/python" ]; then
  if ! python3 -m venv "$venv" > "$work/venv.log" 2>&1; then
    echo "SKIP ray example: python3 -m venv failed: $(tail -n 1 "$work/venv.log")"; exit 0
  fi
fi
if ! "$venv/bin/python" -c 'import ray' 2>/dev/null; then
  if ! timeout 600 "$venv/bin/pip" install --quiet --disable-pip-version-check ray > "$work/pip.log" 2>&1; then
    echo "SKIP ray example: pip could not install ray: $(grep -E 'ERROR|error' "$work/pip.log" | tail -n 1 || tail -n 1 "$work/pip.log")"; exit 0
  fi
fi
echo "ray $("$venv/bin/python" -c 'import ray; print(ray.__version__)') in $venv"

node --import tsx examples/ray/make_shards.ts "$work/shards" 200 2
# A third, small shard with a blank line and two bad lines: their error lines must carry the
# shard's line numbers (the actor's process has read other shards before), and the run exits 1.
printf '%s\n' '{"id": "ok", "text": "Haftar met Erdogan in Ankara."}' '' 'not json' '{"id": 7}' > "$work/shards/zz-bad.jsonl"
# Ray in local mode, without its usage report.
status=0
RAY_USAGE_STATS_ENABLED=0 "$venv/bin/python" examples/ray/annotate_shards.py --in "$work/shards" --out "$work/ray-out" -- --reference-date 2020-01-08 || status=$?
[ "$status" = 1 ] || { echo "ray example: exit $status, expected 1 (two bad lines)"; exit 1; }
for shard in "$work"/shards/*.jsonl; do
  name=$(basename "$shard")
  node dist/cli.js analyze --jsonl --quiet --reference-date 2020-01-08 --in "$shard" --out "$work/expected-$name" || true
  cmp "$work/ray-out/$name" "$work/expected-$name"
  echo "$name: $(wc -l < "$work/ray-out/$name") lines, the same as analyze --jsonl"
done
echo "ray example: OK"
