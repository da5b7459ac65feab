/**
 * Benchmark of `segment()` (`npm run bench:segment`): MB/s on news text of 1, 4 and 16 MB (linear time shows as
 * a flat MB/s), with raw sentence-splitter and `Intl.Segmenter` measured in the same run, on the whole text and
 * paragraph by paragraph (the fairest use of each). Prints a Markdown table.
 *
 * The text is built from NTREX-128 news documents (English and Spanish, from `../shared/data`; evaluation only,
 * nothing is trained) in paragraphs of three sentences under their headline, plus the founding example, repeated
 * up to size. Without `../shared/data`, the founding example alone is repeated. Sizes are UTF-16 code units
 * (≈ bytes for this text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { split } from 'sentence-splitter';
import { segment } from '../src/segment/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NTREX = resolve(ROOT, '../shared/data/ntrex128-en-es/ntrex128.en-es.docs.jsonl');
const MB = 1_000_000;

function newsText(): { text: string; source: string } {
  const seed = readFileSync(join(ROOT, 'corpus/seed/en.txt'), 'utf8');
  if (!existsSync(NTREX)) return { text: seed, source: 'corpus/seed/en.txt (../shared/data absent)' };
  const docs: string[] = [seed];
  for (const line of readFileSync(NTREX, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    for (const lang of ['en', 'es'] as const) {
      const [headline, ...rest] = d[lang] as string[];
      const paras: string[] = [headline];
      for (let i = 0; i < rest.length; i += 3) paras.push(rest.slice(i, i + 3).join(' '));
      docs.push(paras.join('\n'));
    }
  }
  return { text: docs.join('\n\n'), source: 'NTREX-128 (123 documents, English + Spanish) + corpus/seed/en.txt' };
}

function ofSize(base: string, size: number): string {
  let s = base;
  while (s.length < size) s += `\n\n${base}`;
  return s.slice(0, s.lastIndexOf('\n', size) > 0 ? s.lastIndexOf('\n', size) : size);
}

/**
 * Median wall-clock and CPU seconds of `runs` runs of `fn`. On a shared, loaded machine the wall clock mostly
 * measures the wait for a core; CPU time (user + system of this process, GC included) is the steadier figure.
 */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  const t: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const c = process.cpuUsage(c0);
    t.push({ wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 });
  }
  return t.sort((a, b) => a.wall - b.wall)[Math.floor(t.length / 2)];
}

const sentences = (t: string) => split(t).filter((n) => n.type === 'Sentence').length;

const rate = (input: string, s: { wall: number; cpu: number }) =>
  `${(input.length / MB / s.wall).toFixed(2)} | ${(input.length / MB / Math.max(s.cpu, 1e-6)).toFixed(2)}`;
const paragraphs = (t: string) => t.split(/\n+/);
const intlEn = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Peers, with the size they are measured on (MB). */
const peers: [string, (t: string) => number, number][] = [
  ['sentence-splitter, whole text', (t) => sentences(t), 1],
  ['sentence-splitter, per paragraph', (t) => paragraphs(t).reduce((n, p) => n + sentences(p), 0), 1],
  // V8 copies the whole input into every segment it yields, so on one big string Intl.Segmenter is quadratic
  // in time and memory (1 MB exhausts a 4 GB heap): it is measured on 0.1 and 0.2 MB only, to show the growth.
  ['Intl.Segmenter, whole text', (t) => [...intlEn.segment(t)].length, 0.1],
  ['Intl.Segmenter, whole text', (t) => [...intlEn.segment(t)].length, 0.2],
  ['Intl.Segmenter, per paragraph', (t) => paragraphs(t).reduce((n, p) => n + [...intlEn.segment(p)].length, 0), 1],
];

function main(): void {
  const { text, source } = newsText();
  const t0 = performance.now();
  const rows: string[] = [];
  const sizes = [1, 4, 16];
  const warm = ofSize(text, MB / 2);
  for (let i = 0; i < 3; i++) segment(warm); // warm up the JIT
  for (const mb of sizes) {
    const input = ofSize(text, mb * MB);
    const s = time(() => segment(input), mb === 16 ? 1 : 3);
    const units = segment(input).length;
    rows.push(`| cotejo \`segment()\` | ${(input.length / MB).toFixed(1)} | ${units} | ${rate(input, s)} |`);
  }
  for (const [name, fn, mb] of peers) {
    const input = ofSize(text, mb * MB);
    let units = 0;
    const s = time(() => (units = fn(input)), 1);
    rows.push(`| ${name} | ${(input.length / MB).toFixed(1)} | ${units} | ${rate(input, s)} |`);
  }
  console.log(`## Segmentation speed\n\nText: ${source}.\n`);
  console.log('| segmenter | MB | units | MB/s (wall clock) | MB/s (CPU time) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  console.log(`\nNode ${process.version}, ${process.arch}; run took ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
}

main();
