/**
 * Benchmarks the English–Spanish bridge and prints a Markdown table:
 * - lexicon load (parse of the shipped table, first use) in a fresh process;
 * - `translationScore` on 10,000 sentence pairs (strings in, tokenizing included);
 * - `scorePrepared` on 1,000 × 1,000 prepared pairs (the aligner's path);
 * - `linkTokens` on 10,000 pairs;
 * - size of the shipped table: raw, gzip (one copy) and the packed tarball's growth estimate.
 *
 * Usage: `npm run bench:lexicon`. Uses Tatoeba test sentences when `../shared/data` exists,
 * otherwise built-in sentences.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { DATA_DIR, tsvPairs } from './build-lexicon.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** User + system CPU milliseconds of a `process.cpuUsage()` delta (less sensitive to other processes than wall time). */
function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

async function main(): Promise<void> {
  if (process.argv.includes('--load-only')) {
    const t0 = performance.now();
    const { getLexicon } = await import('../src/lexicon/Lexicon.js');
    const t1 = performance.now();
    getLexicon();
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, parseMs: t2 - t1 }));
    return;
  }
  const { translationScore, linkTokens, prepareBridgeSentence, scorePrepared } = await import('../src/lexicon/index.js');
  // Load time in fresh processes (median of 5).
  const loads: { importMs: number; parseMs: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'bench-lexicon.ts'), '--load-only'], { encoding: 'utf8' });
    loads.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const parseMs = med(loads.map((l) => l.parseMs));
  const importMs = med(loads.map((l) => l.importMs));

  const testFile = path.join(DATA_DIR, 'tatoeba/test.tsv');
  let pairs: [string, string][];
  if (existsSync(testFile)) pairs = tsvPairs(readFileSync(testFile, 'utf8'));
  else pairs = [['The president said the docks were closed on Tuesday.', 'El presidente dijo que los muelles estaban cerrados el martes.']];
  const N = 10_000;
  const sample: [string, string][] = [];
  for (let i = 0; i < N; i++) sample.push(pairs[(i * 7919) % pairs.length]);
  const chars = sample.reduce((s, [a, b]) => s + a.length + b.length, 0);
  translationScore(sample[0][0], sample[0][1]); // warm-up (loads the lexicon)
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let acc = 0;
    for (let i = 0; i < N; i++) acc += translationScore(sample[i][0], sample[(i + r) % N][1]);
    runs.push(performance.now() - t0);
    cpuRuns.push(cpuMs(process.cpuUsage(c0)));
    if (acc < 0) console.log(acc);
  }
  const tsMs = Math.min(...runs);
  const tsCpu = Math.min(...cpuRuns);

  const M = 1000;
  const en = sample.slice(0, M).map((p) => prepareBridgeSentence(p[0], 'en'));
  const es = sample.slice(0, M).map((p) => prepareBridgeSentence(p[1], 'es'));
  const t3 = performance.now();
  let acc = 0;
  for (let i = 0; i < M; i++) for (let j = 0; j < M; j++) acc += scorePrepared(en[i], es[j]);
  const spMs = performance.now() - t3;

  const t4 = performance.now();
  for (let i = 0; i < N; i++) acc += linkTokens(sample[i][0], sample[i][1]).length;
  const ltMs = performance.now() - t4;
  if (acc < 0) console.log(acc);

  // News-length sentences (NTREX, used here for timing only).
  const ntrexFile = path.join(DATA_DIR, 'ntrex128-en-es/ntrex128.en-es.docs.jsonl');
  let newsMs = NaN;
  let newsCpu = NaN;
  let newsChars = 0;
  if (existsSync(ntrexFile)) {
    const news: [string, string][] = [];
    for (const line of readFileSync(ntrexFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { en: string[]; es: string[] };
      for (let i = 0; i < Math.min(d.en.length, d.es.length); i++) news.push([d.en[i], d.es[i]]);
    }
    const ns: [string, string][] = [];
    for (let i = 0; i < N; i++) ns.push(news[(i * 7919) % news.length]);
    newsChars = ns.reduce((s2, [a, b]) => s2 + a.length + b.length, 0) / N / 2;
    const nr: number[] = [];
    const nc: number[] = [];
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < N; i++) acc += translationScore(ns[i][0], ns[(i + r) % N][1]);
      nr.push(performance.now() - t0);
      nc.push(cpuMs(process.cpuUsage(c0)));
    }
    newsMs = Math.min(...nr);
    newsCpu = Math.min(...nc);
  }

  // Package growth: bundle the lexicon stage as tsup.config.ts does (library ESM + CJS, each with a source map
  // without sourcesContent; the CLI imports the library build instead of bundling it), with and without the
  // table; the difference, gzipped per file as in the npm tarball.
  const stub: Plugin = {
    name: 'stub-table',
    setup(b) {
      b.onLoad({ filter: /lexicon\.generated\.ts$/ }, () => ({
        contents: "export const LEXICON_SOURCES = []; export const LEXICON_STATS = {}; export const LEXICON_DATA = '';",
        loader: 'ts',
      }));
    },
  };
  async function bundled(withTable: boolean): Promise<{ raw: number; gz: number }> {
    let raw = 0;
    let gz = 0;
    for (const [format, platform] of [['esm', 'neutral'], ['cjs', 'neutral']] as const) {
      const r = await build({
        entryPoints: [path.resolve(here, '../src/lexicon/index.ts')],
        bundle: true,
        format,
        platform,
        target: 'es2022',
        sourcemap: true,
        sourcesContent: false,
        write: false,
        outdir: '/virtual',
        plugins: withTable ? [] : [stub],
        logLevel: 'silent',
      });
      for (const f of r.outputFiles) {
        raw += f.contents.length;
        gz += gzipSync(f.contents, { level: 9 }).length;
      }
    }
    return { raw, gz };
  }
  const withT = await bundled(true);
  const without = await bundled(false);

  const gen = readFileSync(path.resolve(here, '../src/lexicon/data/lexicon.generated.ts'));
  const gz = gzipSync(gen, { level: 9 }).length;
  const mb = (b: number): string => `${(b / 1e6).toFixed(2)} MB`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  console.log(`\nDate: ${date} UTC. Node ${process.version}. Sentences: Tatoeba test (avg ${(chars / N / 2).toFixed(0)} chars).\n`);
  console.log('| measure | result | budget |');
  console.log('|---|---|---|');
  console.log(`| lexicon load: import of the module (fresh process, median of 5) | ${importMs.toFixed(0)} ms | – |`);
  console.log(`| lexicon load: parse on first use (fresh process, median of 5) | ${parseMs.toFixed(0)} ms | ≤ 150 ms |`);
  console.log(`| \`translationScore\` × 10,000 pairs (strings, best of 3): wall / CPU | ${tsMs.toFixed(0)} ms / ${tsCpu.toFixed(0)} ms | ≤ 1,000 ms |`);
  console.log(`| \`scorePrepared\` × 1,000,000 prepared pairs | ${spMs.toFixed(0)} ms (${((spMs * 1000) / (M * M)).toFixed(2)} µs/pair) | – |`);
  console.log(`| \`translationScore\` × 10,000 news pairs (NTREX, avg ${newsChars.toFixed(0)} chars, best of 3): wall / CPU | ${newsMs.toFixed(0)} ms / ${newsCpu.toFixed(0)} ms | – |`);
  console.log(`| \`linkTokens\` × 10,000 pairs | ${ltMs.toFixed(0)} ms | – |`);
  console.log(`| shipped table (\`lexicon.generated.ts\`): raw / gzip -9 | ${mb(gen.length)} / ${mb(gz)} | – |`);
  console.log(`| package growth from the table: ESM and CJS bundles and their source maps, raw | ${mb(withT.raw - without.raw)} | – |`);
  console.log(`| package growth from the table: same, gzip -9 per file (≈ tarball) | ${mb(withT.gz - without.gz)} | ≤ 3 MB |`);
}

void main();
