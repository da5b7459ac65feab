/**
 * Benchmark of the quote checker (`npm run bench:quotes`): a 2,000-word English article with its Spanish source
 * (built from NTREX-128 articles, evaluation-only data; not shipped), checked end to end. Target: under 200 ms.
 * Usage: npx tsx scripts/bench-quotes.ts [--runs N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NTREX = join(ROOT, '../shared/data/ntrex128-en-es/ntrex128.en-es.docs.jsonl');
/** The target of the issue: a 2,000-word article pair checked in under this many milliseconds. */
export const TARGET_MS = 200;

function main(): void {
  if (!existsSync(NTREX)) {
    console.log(`NTREX data not found at ${NTREX}: skipping the benchmark.`);
    return;
  }
  const ri = process.argv.indexOf('--runs');
  const runs = ri > 0 ? Number(process.argv[ri + 1]) : 15;
  const docs = readFileSync(NTREX, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { en: string[]; es: string[] });
  // Concatenate articles rich in quotations until the English side reaches 2,000 words.
  const quoted = docs.filter((d) => d.en.some((s) => s.includes('"')));
  const en: string[] = [];
  const es: string[] = [];
  let words = 0;
  for (const d of quoted) {
    if (words >= 2000) break;
    for (let i = 0; i < d.en.length && words < 2000; i++) {
      en.push(d.en[i]);
      es.push(d.es[i]);
      words += d.en[i].split(/\s+/).length;
    }
  }
  const enText = en.join(' ');
  const esText = es.join(' ');
  // Warm up (the lexicon is parsed on first use; that one-time cost is reported apart).
  const t0 = performance.now();
  const first = findQuoteMismatches(enText, esText);
  const firstMs = performance.now() - t0;
  // JIT warm-up (a long-running process checks many articles).
  for (let r = 0; r < 5; r++) findQuoteMismatches(enText, esText);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    findQuoteMismatches(enText, esText);
    const d = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const cpuMedian = cpu[Math.floor(cpu.length / 2)];
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  console.log('| input | English words | quotes | first call (lexicon load) ms | median ms (wall) | p90 ms (wall) | median CPU ms | target ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| NTREX articles joined (${enText.length} / ${esText.length} chars) | ${words} | ${first.quotes.length} | ${firstMs.toFixed(0)} | ${median.toFixed(1)} | ${p90.toFixed(1)} | ${cpuMedian.toFixed(1)} | ${TARGET_MS} |`,
  );
  console.log(median <= TARGET_MS ? '\nWithin target.' : '\nAbove target (wall clock; on a loaded machine compare the CPU time).');
}

main();
