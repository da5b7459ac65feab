/**
 * Benchmarks `runBatch` (src/cli/batch.ts): 1,000 pairs through one worker vs every core, with a
 * CPU-bound stand-in task and with the real `align` and `findQuoteMismatches` when they are available.
 * Pairs are windows of consecutive gold segments of the repository's corpus (no external data), plus
 * malformed lines that must be reported without stopping the batch.
 *
 *   npx tsx scripts/bench-batch.ts [--pairs 1000] [--gate] [--only stand-in|align|quotes]
 *
 * On Linux each run's CPU is also split by thread (from /proc/self/task): the main thread (reading input,
 * writing results), the workers' JavaScript threads, and the rest of the process, which is V8's background
 * threads (optimizing JIT compiles, concurrent GC) and libuv's. That last share is what lets one worker keep
 * more than one core busy, and each worker pays its own.
 *
 * `--gate` exits 1 when the stand-in's speedup with every core falls below SPEEDUP_FLOOR (only on a
 * machine with at least 2 cores, and only when the multi-worker run really got MIN_CORES_BUSY cores of
 * CPU: on a loaded machine it prints why it cannot judge).
 */
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runBatch, type BatchCommand } from '../src/cli/batch.js';
import type { BatchTask } from '../src/cli/batchPool.js';

/** The speedup of every core (2 here) over one worker the issue asks for; the gate's floor. */
const SPEEDUP_FLOOR = 1.7;
/** The gate judges only a run that actually got this many cores of CPU time (process.cpuUsage / wall time). */
const MIN_CORES_BUSY = 1.5;
const MALFORMED = ['{"id": "bad-json", "en": ', '[1, 2, 3]', '{"id": "no-en", "es": "hola"}'];

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { pairs: { type: 'string', default: '1000' }, gate: { type: 'boolean', default: false }, only: { type: 'string' }, unit: { type: 'string', default: 'article' } } });
/** `article`: whole corpus article pairs (what a batch of articles is); `window`: 1–4 sentence windows (overhead-bound). */
const UNIT = values.unit === 'window' ? 'window' : 'article';
const N = Number(values.pairs);

/** Windows of 1–4 consecutive gold segments from every corpus case that has both sides segmented. */
function makePairs(n: number): string[] {
  const corpus = join(ROOT, 'corpus');
  const windows: { en: string; es: string }[] = [];
  if (UNIT === 'article') {
    for (const c of readdirSync(corpus).sort()) {
      const en = join(corpus, c, 'en.txt');
      const es = join(corpus, c, 'es.txt');
      if (existsSync(en) && existsSync(es)) windows.push({ en: readFileSync(en, 'utf8'), es: readFileSync(es, 'utf8') });
    }
  }
  for (const c of UNIT === 'article' ? [] : readdirSync(corpus)) {
    const seg = join(corpus, c, 'segments.json');
    if (!existsSync(seg)) continue;
    const s = JSON.parse(readFileSync(seg, 'utf8')) as { en: { text: string }[]; es?: { text: string }[] };
    if (!s.es?.length) continue;
    for (let i = 0; i < s.en.length; i++) {
      const w = 1 + (i % 4);
      const j = Math.min(s.es.length - 1, Math.round((i * s.es.length) / s.en.length));
      windows.push({ en: s.en.slice(i, i + w).map((u) => u.text).join(' '), es: s.es.slice(j, j + w).map((u) => u.text).join(' ') });
    }
  }
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const w = windows[k % windows.length];
    lines.push(JSON.stringify({ id: `pair-${k + 1}`, en: w.en, es: w.es }));
    if (k % 250 === 125) lines.push(MALFORMED[(k / 250) % MALFORMED.length | 0]);
  }
  return lines;
}

/** CPU milliseconds of each live thread of this process (Linux /proc), or null elsewhere. */
function threadCpu(): Map<string, number> | null {
  try {
    const out = new Map<string, number>();
    const hz = 100; // USER_HZ: /proc reports clock ticks of 10 ms
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(tid, ((Number(f[11]) + Number(f[12])) * 1000) / hz);
      } catch {
        // the thread ended between listing and reading
      }
    }
    return out;
  } catch {
    return null;
  }
}

interface RunFigures { ms: number; work: number; cpu: number; results: number; errors: number; bytes: number; split: { main: number; workers: number; background: number } | null }

async function run(file: string, command: BatchCommand, workers: number, expectedLines: number, task?: BatchTask): Promise<RunFigures> {
  let bytes = 0;
  let written = 0;
  // Worker threads end when the batch closes its pool: sample their CPU while they live, and once more
  // after the last line is written (they are idle from then on).
  const before = threadCpu();
  const last = new Map<string, number>();
  const sample = (): void => {
    for (const [tid, ms] of threadCpu() ?? []) last.set(tid, ms);
  };
  const timer = before ? setInterval(sample, 100) : null;
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      written++; // runBatch writes one line per call
      if (before && written >= expectedLines) sample();
      cb();
    },
  });
  const options = task?.export === 'cpuStandIn' ? { rounds: 40 } : {};
  const cpu0 = process.cpuUsage();
  const s = await runBatch({ input: file, command, workers, output, progress: false, task, options });
  const cpu = process.cpuUsage(cpu0);
  if (timer) clearInterval(timer);
  const total = Math.round((cpu.user + cpu.system) / 1000);
  let split: RunFigures['split'] = null;
  if (before) {
    sample();
    const mainTid = String(process.pid);
    let main = 0;
    let inWorkers = 0;
    for (const [tid, ms] of last) {
      if (tid === mainTid) main = ms - (before.get(tid) ?? 0);
      else if (!before.has(tid)) inWorkers += ms;
    }
    split = { main: Math.round(main), workers: Math.round(inWorkers), background: Math.max(0, total - Math.round(main) - Math.round(inWorkers)) };
  }
  return { ms: s.ms, work: s.ms - s.startupMs, cpu: total, results: s.results, errors: s.errors, bytes, split };
}

async function available(libUrl: URL | null, name: 'align' | 'findQuoteMismatches'): Promise<boolean> {
  if (!libUrl) return false;
  try {
    const lib = (await import(libUrl.href)) as Record<string, unknown>;
    if (typeof lib[name] !== 'function') return false;
    (lib[name] as (en: string, es: string) => unknown)('He said “yes”.', 'Dijo «sí».');
    return true;
  } catch {
    return false;
  }
}

const cores = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), 'cotejo-bench-batch-'));

/**
 * Bundles the library and the stand-in to plain ESM in `dir`, as `npm run build` puts the library in
 * dist/index.js next to dist/cli.js, so the workers load JavaScript (not TypeScript through tsx).
 */
async function bundle(): Promise<{ lib: URL | null; standIn: URL }> {
  const { build } = await import('esbuild');
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  await build({ entryPoints: { standin: join(ROOT, 'src/cli/batchStandIn.ts') }, outdir: dir, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' });
  let lib: URL | null = null;
  try {
    await build({ entryPoints: { index: join(ROOT, 'src/index.ts') }, outdir: dir, bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', logLevel: 'silent' });
    lib = pathToFileURL(join(dir, 'index.js'));
  } catch {
    lib = null;
  }
  return { lib, standIn: pathToFileURL(join(dir, 'standin.js')) };
}
const file = join(dir, 'pairs.jsonl');
const lines = makePairs(N);
writeFileSync(file, `${lines.join('\n')}\n`);
// The first half of the same pairs: what each of two workers does. One worker's whole-process CPU on it (its
// JavaScript plus its own JIT and GC threads) is what each of two workers needs, on two cores shared by both.
const halfFile = join(dir, 'half.jsonl');
const halfLines = makePairs(Math.ceil(N / 2));
writeFileSync(halfFile, `${halfLines.join('\n')}\n`);
const ceilings: string[] = [];
const rows: string[] = [];
let standInSpeedup = NaN;
let standInCoresBusy = NaN;
try {
  const built = await bundle();
  const kinds: { label: string; command: BatchCommand; task?: BatchTask; ok: boolean }[] = [
    { label: 'CPU stand-in (word edit distance ×40)', command: 'quotes', task: { module: built.standIn, export: 'cpuStandIn' }, ok: true },
    { label: 'align (real)', command: 'align', task: built.lib ? { module: built.lib, export: 'align' } : undefined, ok: await available(built.lib, 'align') },
    { label: 'quotes: findQuoteMismatches (real)', command: 'quotes', task: built.lib ? { module: built.lib, export: 'findQuoteMismatches' } : undefined, ok: await available(built.lib, 'findQuoteMismatches') },
  ];
  for (const k of kinds) {
    if (values.only && !k.label.startsWith(values.only)) continue;
    if (!k.ok) { rows.push(`| ${k.label} | ${N} | – | – | – | not available yet in src/index.ts |`); continue; }
    const one = await run(file, k.command, 1, lines.length, k.task);
    const all = await run(file, k.command, cores, lines.length, k.task);
    const speedup = one.ms / all.ms;
    const workSpeedup = one.work / all.work;
    if (k.task?.export === 'cpuStandIn') { standInSpeedup = speedup; standInCoresBusy = all.cpu / all.ms; }
    const split = (r: RunFigures): string => (r.split ? `: main ${r.split.main}, workers' JS ${r.split.workers}, V8 background ${r.split.background}` : '');
    const cell = (r: RunFigures): string => `${r.ms} ms (${r.ms - r.work} startup; ${Math.round((r.results * 1000) / r.work)} pairs/s after; CPU ${r.cpu} ms = ${(r.cpu / r.ms).toFixed(2)} cores busy${split(r)}; ${((r.cpu * 1000) / Math.max(1, r.results)).toFixed(0)} µs CPU/pair)`;
    rows.push(`| ${k.label} | ${N} | ${cell(one)} | ${cell(all)} | **${speedup.toFixed(2)}×** (${workSpeedup.toFixed(2)}× after startup) | ${all.results} results, ${all.errors} malformed lines reported, same output size: ${one.bytes === all.bytes} |`);
    if (cores === 2 && k.task?.export !== 'cpuStandIn') {
      // Ceiling on 2 cores: two workers each need what one worker needs for half the pairs (its CPU, all threads).
      const half = await run(halfFile, k.command, 1, halfLines.length, k.task);
      const bound = one.ms / Math.max(half.ms, half.cpu);
      ceilings.push(`| ${k.label} | ${half.results} | ${half.ms} ms | ${half.cpu} ms${half.split ? ` (JS ${half.split.workers}, V8 background ${half.split.background}, main ${half.split.main})` : ''} | ${one.ms} ms | **${bound.toFixed(2)}×** |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`runBatch: ${N} ${UNIT === 'article' ? 'whole-article' : '1–4 sentence'} pairs (+${lines.length - N} malformed lines), 1 worker vs ${cores} workers; ${cpus()[0]?.model ?? 'cpu'}, Node ${process.versions.node}, ${new Date().toISOString()}\n`);
console.log(`| task | pairs | 1 worker | ${cores} workers | speedup | notes |`);
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
if (ceilings.length) {
  console.log('\nCeiling of the speedup on this 2-core machine: one worker on half the pairs (what each of two workers must do,');
  console.log('with its own JIT compiles and GC on the same two cores); ceiling = 1-worker time for all pairs / max(wall, CPU) of the half run.\n');
  console.log('| task | half pairs | 1 worker, wall | 1 worker, CPU (all threads) | 1 worker, all pairs | ceiling |');
  console.log('|---|---|---|---|---|---|');
  for (const r of ceilings) console.log(r);
}
if (values.gate && cores >= 2 && Number.isFinite(standInSpeedup)) {
  if (standInCoresBusy < MIN_CORES_BUSY) {
    // The machine did not give this process the cores: a speedup measured now says nothing about the code.
    console.error(`gate: not judged: the ${cores}-worker run got only ${standInCoresBusy.toFixed(2)} cores of CPU (< ${MIN_CORES_BUSY}); the machine is loaded, re-run on a quiet one.`);
  } else if (standInSpeedup < SPEEDUP_FLOOR) {
    console.error(`gate: stand-in speedup ${standInSpeedup.toFixed(2)}× is below the floor ${SPEEDUP_FLOOR}×`);
    process.exitCode = 1;
  } else {
    console.error(`gate: stand-in speedup ${standInSpeedup.toFixed(2)}× ≥ ${SPEEDUP_FLOOR}×`);
  }
}
