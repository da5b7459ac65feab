#!/usr/bin/env bash
# Installs the packed tarball into a scratch project and uses it through require, import and the bin.
set -euo pipefail
tarball=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
npm init -y >/dev/null
npm install --no-audit --no-fund "$tarball" >/dev/null
cat > smoke.cjs <<'JS'
const cotejo = require('cotejo');
const names = Object.keys(cotejo).sort();
if (typeof cotejo.CotejoError !== 'function') throw new Error('CotejoError missing from the CJS build');
console.log('require ok:', names.length, 'exports');
JS
cat > smoke.mjs <<'JS'
import * as cotejo from 'cotejo';
import { CotejoError, VERSION } from 'cotejo';
if (typeof CotejoError !== 'function' || typeof VERSION !== 'string') throw new Error('ESM build incomplete');
if (typeof cotejo.segment === 'function') {
  const s = cotejo.segment('Petro habló. «No es una huelga política», dijo.');
  if (!Array.isArray(s) || s.length === 0) throw new Error('segment returned nothing');
}
console.log('import ok:', Object.keys(cotejo).length, 'exports, version', VERSION);
JS
node smoke.cjs
node smoke.mjs
npx --no-install cotejo --version
npx --no-install cotejo --help >/dev/null
npx --no-install cotejo segment "$root/corpus/seed/en.txt" --json | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); if(!(r.sentences.length>10)) process.exit(1)'
npx --no-install cotejo quotes "$root/corpus/seed/en.txt" --json | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); if(r.quotes.length!==10) { console.error("expected 10 quotes, got", r.quotes.length); process.exit(1); }'
printf '%s\n' '{"id":"a","en":"The minister said \"we will win\".","es":"El ministro dijo: «vamos a ganar»."}' 'not json' > pairs.jsonl
npx --no-install cotejo quotes --batch pairs.jsonl --no-progress > out.jsonl 2>/dev/null || test $? -eq 2
test "$(wc -l < out.jsonl)" -eq 2 && grep -q '"line":2' out.jsonl
echo "bin ok: segment, quotes, quotes --batch (worker threads from the installed package)"
