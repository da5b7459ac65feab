import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { availableParallelism } from 'node:os';
import { BatchPool, type BatchOutcome, type BatchTask } from './batchPool.js';
import { BatchProgress } from './batchProgress.js';
import { UsageError } from './io.js';

/** The commands a batch can run: `align` (`align(en, es, options)`) or `quotes` (`findQuoteMismatches(en, es, options)`). */
export type BatchCommand = 'align' | 'quotes';

/** The `--fail-on` levels: exit 1 when any result has a finding at or above it. */
export type FailOn = 'error' | 'warning' | 'never';

/** Options of {@link runBatch}. */
export interface RunBatchOptions {
  /** A path to a JSON Lines file, `'-'` for standard input, or a readable stream. */
  input: string | NodeJS.ReadableStream;
  /** What to run on each pair. */
  command: BatchCommand;
  /** Options passed to `align` or `findQuoteMismatches` for every pair (must be structured-cloneable). */
  options?: Record<string, unknown>;
  /** Worker threads. Default: every core (`os.availableParallelism()`); `0` runs in this thread. */
  workers?: number;
  /** Where result lines go. Default `process.stdout`. */
  output?: NodeJS.WritableStream;
  /** Progress bar on `progressStream`: `'auto'` (default) draws it only when that stream is a terminal. */
  progress?: boolean | 'auto';
  /** Where the progress bar goes. Default `process.stderr`. */
  progressStream?: NodeJS.WriteStream;
  /** Exit 1 when a result has a finding at or above this severity. Default `'never'`. */
  failOn?: FailOn;
  /** Fail a pair (error code `TIMEOUT`) that takes longer than this many milliseconds; `0` (default) for no limit. */
  timeoutMs?: number;
  /** Pairs dispatched ahead of the oldest unfinished one (bounds memory on huge inputs). Default `workers × 8`, at least 16. */
  window?: number;
  /** Run this task instead of the command's library function (benchmarks, tests, other tools). It is called as `fn(en, es, options)`. */
  task?: BatchTask;
}

/** What a finished batch did. */
export interface BatchSummary {
  /** Non-blank input lines read. */
  lines: number;
  /** Lines that produced a result. */
  results: number;
  /** Lines that produced an error record (malformed JSON, missing fields, a failing pair). */
  errors: number;
  /** Results with a finding at or above `failOn`. */
  failed: number;
  /** 2 when any line failed (bad input), else 1 when `failed > 0`, else 0. */
  exitCode: number;
  /** Wall time in milliseconds. */
  ms: number;
  /** Of which: starting the workers and loading the library in each. */
  startupMs: number;
}

/** The library export each batch command calls. */
const EXPORTS: Record<BatchCommand, string> = { align: 'align', quotes: 'findQuoteMismatches' };

/**
 * The module the workers load the library from: `dist/index.js` next to the bundled `dist/cli.js`,
 * or `src/index.ts` when running from the TypeScript sources (tsx, vitest).
 */
export function libraryModuleURL(): URL {
  const here = import.meta.url;
  return /\.(c|m)?ts$/.test(new URL(here).pathname) ? new URL('../index.ts', here) : new URL('./index.js', here);
}

type Parsed = { ok: true; id: unknown; en: string; es: string | undefined } | { ok: false; id?: unknown; code: string; message: string };

/** Parses and checks one input line: `{ "id", "en", "es" }` (`es` may be absent for `quotes`). */
function parseLine(line: string, lineNo: number, command: BatchCommand): Parsed {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, code: 'INVALID_FORMAT', message: `line ${lineNo} is not valid JSON (${(e as Error).message}); each line must be one object {"id", "en", "es"}.` };
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { ok: false, code: 'INVALID_FORMAT', message: `line ${lineNo} is not a JSON object; each line must be {"id", "en", "es"}.` };
  }
  const o = v as { id?: unknown; en?: unknown; es?: unknown };
  const id = o.id === undefined ? lineNo : o.id;
  if (typeof o.en !== 'string') return { ok: false, id, code: 'INVALID_INPUT', message: `line ${lineNo}: "en" must be a string (the English text).` };
  if (command === 'align' && typeof o.es !== 'string') return { ok: false, id, code: 'INVALID_INPUT', message: `line ${lineNo}: "es" must be a string (the Spanish text).` };
  if (o.es !== undefined && o.es !== null && typeof o.es !== 'string') return { ok: false, id, code: 'INVALID_INPUT', message: `line ${lineNo}: "es" must be a string or absent.` };
  return { ok: true, id, en: o.en, es: typeof o.es === 'string' ? o.es : undefined };
}

const SEVERITY_RANK: Record<FailOn, number> = { never: 99, warning: 2, error: 3 };

/**
 * Runs `align` or `quotes` over a JSON Lines file of `{ "id", "en", "es" }` pairs on every core and
 * streams one JSON line per input line to `output`, **in input order**:
 * `{"id":…,"result":…}` for a pair, or `{"id":…,"line":N,"error":{"code":…,"message":…}}` for a line
 * that is not valid JSON, lacks a field, or fails (then the batch goes on). Blank lines are skipped.
 * A missing `id` defaults to the line number. A progress bar goes to stderr when it is a terminal.
 *
 * Resolves to a {@link BatchSummary} whose `exitCode` follows the CLI's convention (0 done, 1 a finding
 * at or above `failOn`, 2 some line was bad). Throws `UsageError` when the input cannot be read, and
 * an `Error` when the workers cannot load the library.
 */
export async function runBatch(options: RunBatchOptions): Promise<BatchSummary> {
  const t0 = Date.now();
  const command = options.command;
  if (command !== 'align' && command !== 'quotes') throw new UsageError(`--batch works with align and quotes, not '${String(command)}'.`);
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new UsageError(`--workers must be an integer from 0 to 256, got ${workers}.`);
  const failOn = options.failOn ?? 'never';
  if (!(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on must be error, warning or never, got '${String(failOn)}'.`);
  const output = options.output ?? process.stdout;
  const window = Math.max(1, options.window ?? Math.max(16, workers * 8));

  let stream: NodeJS.ReadableStream;
  let totalBytes = 0;
  if (typeof options.input === 'string') {
    if (options.input === '-') stream = process.stdin;
    else {
      try {
        const st = statSync(options.input);
        if (st.isDirectory()) throw new UsageError(`cannot read '${options.input}': it is a directory`);
        totalBytes = st.size;
      } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError(`cannot read '${options.input}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      stream = createReadStream(options.input, { encoding: 'utf8' });
    }
  } else {
    stream = options.input;
  }

  const progressStream = options.progressStream ?? process.stderr;
  const showProgress = options.progress === true || ((options.progress ?? 'auto') === 'auto' && progressStream.isTTY === true);
  const progress = showProgress ? new BatchProgress({ stream: progressStream, totalBytes }) : null;

  const pool = new BatchPool({ task: options.task ?? { module: libraryModuleURL(), export: EXPORTS[command] }, workers, timeoutMs: options.timeoutMs ?? 0 });
  const summary: BatchSummary = { lines: 0, results: 0, errors: 0, failed: 0, exitCode: 0, ms: 0, startupMs: 0 };
  const pending = new Map<number, string>();
  let nextOut = 0;
  let seq = 0;
  let bytes = 0;
  let wake: (() => void) | null = null;
  let writeError: Error | null = null;

  const write = async (text: string): Promise<void> => {
    if (!output.write(text)) await new Promise<void>((r) => output.once('drain', r));
  };
  let flushing = Promise.resolve();
  const flush = (): void => {
    flushing = flushing.then(async () => {
      while (pending.has(nextOut)) {
        const text = pending.get(nextOut)!;
        pending.delete(nextOut);
        nextOut++;
        await write(text);
        if (wake) { const w = wake; wake = null; w(); }
      }
    }).catch((e: Error) => { writeError = e; });
  };
  const settle = (n: number, text: string): void => {
    pending.set(n, text);
    flush();
    progress?.update(summary.results + summary.errors, summary.errors, bytes);
  };
  const errorRecord = (id: unknown, line: number, code: string, message: string): string =>
    `${JSON.stringify(id === undefined ? { line, error: { code, message } } : { id, line, error: { code, message } })}\n`;

  try {
    await pool.ready();
    summary.startupMs = Date.now() - t0;
    const rl = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const raw of rl) {
      lineNo++;
      bytes += Buffer.byteLength(raw, 'utf8') + 1;
      if (writeError) throw writeError;
      if (raw.trim() === '') continue;
      summary.lines++;
      const n = seq++;
      const line = lineNo;
      const parsed = parseLine(lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, line, command);
      if (!parsed.ok) {
        summary.errors++;
        settle(n, errorRecord(parsed.id, line, parsed.code, parsed.message));
      } else {
        const args = parsed.es === undefined && command === 'quotes' ? [parsed.en, undefined, options.options ?? {}] : [parsed.en, parsed.es, options.options ?? {}];
        void pool.run(args).then((out: BatchOutcome) => {
          if (out.ok) {
            summary.results++;
            if (out.severity >= SEVERITY_RANK[failOn]) summary.failed++;
            settle(n, `{"id":${JSON.stringify(parsed.id) ?? 'null'},"result":${out.json}}\n`);
          } else {
            summary.errors++;
            settle(n, errorRecord(parsed.id, line, out.error.code, `line ${line}: ${out.error.message}`));
          }
        });
      }
      // Back-pressure: keep at most `window` pairs between the oldest unwritten one and the newest.
      while (seq - nextOut >= window) await new Promise<void>((r) => { wake = r; });
    }
    while (nextOut < seq) await new Promise<void>((r) => { wake = r; });
    await flushing;
    if (writeError) throw writeError;
  } finally {
    progress?.update(summary.results + summary.errors, summary.errors, bytes, true);
    progress?.clear();
    await pool.close();
  }
  summary.exitCode = summary.errors > 0 ? 2 : summary.failed > 0 ? 1 : 0;
  summary.ms = Date.now() - t0;
  return summary;
}
