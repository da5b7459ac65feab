// Benchmark of the value, name and negation scanners on the corpus and on NTREX news (read from ../shared/data).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractValues, extractNames, findNegations, matchValues, matchNames, compareNegation } from '../src/index.js';
const repo = fileURLToPath(new URL('..', import.meta.url));
const root = `${repo}corpus`;
const ntrexFile = `${repo}../shared/data/ntrex128-en-es/ntrex128.en-es.docs.jsonl`;
if (!existsSync(ntrexFile)) {
  console.log(`bench-values: ${ntrexFile} not found; skipping (it needs ../shared/data beside the repository).`);
  process.exit(0);
}
let text = '';
for (const d of readdirSync(root)) { for (const f of ['en.txt', 'es.txt']) if (existsSync(`${root}/${d}/${f}`)) text += readFileSync(`${root}/${d}/${f}`, 'utf8') + '\n'; }
const ntrex = readFileSync(ntrexFile, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const enAll = ntrex.flatMap((d: any) => d.en).join('\n'); const esAll = ntrex.flatMap((d: any) => d.es).join('\n');
const pairs: [string, string][] = ntrex.flatMap((d: any) => d.en.map((e: string, i: number) => [e, d.es[i]]));
function bench(name: string, fn: () => void, chars: number, reps = 5) {
  fn(); const ts: number[] = [];
  for (let r = 0; r < reps; r++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b); const med = ts[Math.floor(ts.length / 2)];
  console.log(`| ${name} | ${(chars / 1024).toFixed(0)} KB | ${med.toFixed(1)} ms | ${(chars / 1e6 / (med / 1000)).toFixed(2)} MB/s |`);
}
console.log('| operation | input | median time | throughput |\n|---|---|---|---|');
bench('extractValues, corpus (EN+ES, auto)', () => extractValues(text), text.length);
bench('extractNames, corpus', () => extractNames(text), text.length);
bench('findNegations, corpus', () => findNegations(text), text.length);
bench('extractValues, NTREX English (lang en)', () => extractValues(enAll, { lang: 'en' }), enAll.length, 3);
bench('extractNames, NTREX English', () => extractNames(enAll, { lang: 'en' }), enAll.length, 3);
bench('findNegations, NTREX Spanish (lang es)', () => findNegations(esAll, { lang: 'es' }), esAll.length, 3);
const pc = pairs.reduce((n, [a, b]) => n + a.length + b.length, 0);
bench('per sentence pair: values+names+negation, 1,997 NTREX pairs', () => { for (const [a, b] of pairs) { matchValues(extractValues(a, { lang: 'en' }), extractValues(b, { lang: 'es' })); matchNames(extractNames(a, { lang: 'en' }), extractNames(b, { lang: 'es' })); compareNegation(a, b); } }, pc, 3);
const MB = 1 << 20;
for (const [n, t] of [['1 MB "1.1.1…"', '1.'.repeat(MB / 2)], ['1 MB digits', '7'.repeat(MB)], ['100k commas', ','.repeat(100000)]] as [string, string][]) bench(`extractValues, ${n}`, () => extractValues(t), t.length, 3);
