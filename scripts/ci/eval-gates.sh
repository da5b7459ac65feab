#!/usr/bin/env bash
# Runs every evaluation script with --gate; each exits 1 when a figure falls below its recorded floor.
set -euo pipefail
cd "$(dirname "$0")/../.."
status=0
for s in segment lexicon values align quotes-extract quotes; do
  f="scripts/eval-$s.ts"
  if [ -f "$f" ]; then
    echo "--- eval:$s"
    npx tsx "$f" --gate || { echo "eval:$s FAILED its gate"; status=1; }
  fi
done
exit $status
