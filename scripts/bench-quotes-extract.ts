/**
 * Benchmark of `extractQuotes`: the founding example, a long article built from the corpus (about 1 MB, repeated
 * corpus articles), and adversarial inputs (1 MB of opening marks, of mismatched marks, one 1 MB quotation).
 * Prints a Markdown table (median of runs, ms) with a regex baseline in the same run.
 *
 * Usage: npx tsx scripts/bench-quotes-extract.ts [--runs N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/quotes/extractQuotes.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'corpus');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;

const PAIRS = /“([^“”\n]*)”|«([^«»\n]*)»|"([^"\n]*)"|‘([^‘’\n]*)’/gu;
const baseline = (t: string) => [...t.matchAll(PAIRS)].length;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const articles = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((c) => existsSync(join(CORPUS, c, 'en.txt')))
      .map((c) => readFileSync(join(CORPUS, c, 'en.txt'), 'utf8'))
  : [];
const seed = articles.length ? readFileSync(join(CORPUS, 'seed', 'en.txt'), 'utf8') : '';
let big = '';
while (articles.length && big.length < 1_000_000) for (const a of articles) big += a + '\n\n';

const inputs: [string, string, number][] = [
  ['founding example (seed)', seed, RUNS * 20],
  ['corpus articles, ~1 MB', big, RUNS],
  ['1 MB of “', '“'.repeat(1_000_000), RUNS],
  ['1 MB of mixed marks "\'“‘«', '"\'“‘«'.repeat(200_000), RUNS],
  ['one 1 MB quotation', `Petro said: “${'the plan will work and nobody should worry. '.repeat(23_000)}”`, RUNS],
  ['1 MB of short quotes', 'He said “a” and Petro called it “b”. '.repeat(27_000), RUNS],
];

console.log(`| input | size | quotes | extractQuotes (ms) | regex baseline (ms) | MB/s |`);
console.log(`|---|---|---|---|---|---|`);
for (const [name, text, runs] of inputs) {
  if (!text) continue;
  const n = extractQuotes(text).length;
  const ms = time(() => extractQuotes(text), runs);
  const base = time(() => baseline(text), runs);
  const size = text.length >= 1e5 ? `${(text.length / 1e6).toFixed(2)} M chars` : `${text.length} chars`;
  console.log(`| ${name} | ${size} | ${n} | ${ms.toFixed(2)} | ${base.toFixed(2)} | ${(text.length / 1e6 / (ms / 1000)).toFixed(1)} |`);
}
