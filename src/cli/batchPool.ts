import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BATCH_WORKER_SOURCE } from './batchWorkerSource.js';

/** Where a batch's task function lives: a module (file URL) and the name of its export. */
export interface BatchTask {
  /** File URL (or `file:` href) of an ES module; `.ts` modules are loaded through tsx (development only). */
  module: string | URL;
  /** Name of the exported function, called as `fn(...args)`; may return a promise. */
  export: string;
}

/** The outcome of one task call: the result as JSON text with its highest finding severity, or an error. */
export type BatchOutcome =
  | { ok: true; json: string; /** 0 none, 1 info, 2 warning, 3 error */ severity: number }
  | { ok: false; error: { code: string; message: string } };

/** Options of {@link BatchPool}. */
export interface BatchPoolOptions {
  /** The task every worker loads. */
  task: BatchTask;
  /** Number of worker threads; `0` runs tasks in the calling thread. */
  workers: number;
  /** Abort a call that takes longer (its worker is replaced); `0` for no limit. */
  timeoutMs?: number;
}

interface Job {
  seq: number;
  args: unknown[];
  resolve: (o: BatchOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Jobs sent to this worker, oldest (running) first. */
  jobs: Job[];
  /** Timeout of the running job. */
  timer: ReturnType<typeof setTimeout> | null;
}

/** Jobs sent ahead to each worker so it never idles waiting for the main thread. */
const DEPTH = 2;

const RANK: Record<string, number> = { info: 1, warning: 2, error: 3 };

/** Highest `severity` found anywhere in `value` (in-thread twin of the worker's scan). */
function maxSeverity(value: unknown): number {
  let best = 0;
  const stack: unknown[] = [value];
  let budget = 1e6;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) { stack.push(...v.filter((x) => x !== null && typeof x === 'object')); continue; }
    const s = (v as { severity?: unknown }).severity;
    if (typeof s === 'string' && (RANK[s] ?? 0) > best) best = RANK[s];
    for (const x of Object.values(v)) if (x !== null && typeof x === 'object') stack.push(x);
  }
  return best;
}

function toHref(u: string | URL): string {
  return typeof u === 'string' ? u : u.href;
}

/**
 * A pool of worker threads that each load one task function and run calls one at a time (with one
 * more sent ahead, so a worker never waits for the main thread). Calls are queued and given to the
 * least loaded worker; a worker that crashes or exceeds `timeoutMs` fails only
 * its current call and is replaced. With `workers: 0` calls run in the calling thread.
 */
export class BatchPool {
  private readonly href: string;
  private readonly exportName: string;
  private readonly timeoutMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private inline: Promise<(...args: unknown[]) => unknown> | null = null;
  private fatal: Error | null = null;
  private closed = false;
  private seq = 0;

  constructor(options: BatchPoolOptions) {
    this.href = toHref(options.task.module);
    this.exportName = options.task.export;
    this.timeoutMs = options.timeoutMs ?? 0;
    if (options.workers <= 0) {
      this.inline = this.loadInline();
    } else {
      for (let i = 0; i < options.workers; i++) this.slots.push(this.spawn());
    }
  }

  /** Resolves when every worker has loaded the task; rejects with the load error if one could not. */
  async ready(): Promise<void> {
    if (this.inline) { await this.inline; return; }
    await Promise.all(this.slots.map((s) => s.ready));
    if (this.fatal) throw this.fatal;
  }

  private async loadInline(): Promise<(...args: unknown[]) => unknown> {
    const mod = (await import(/* @vite-ignore */ this.href)) as Record<string, unknown>;
    const fn = mod[this.exportName];
    if (typeof fn !== 'function') throw new Error(`${this.href} has no function export ${this.exportName}`);
    return fn as (...args: unknown[]) => unknown;
  }

  private spawn(): Slot {
    let tsx: string | null = null;
    if (/\.(c|m)?ts$/.test(new URL(this.href).pathname)) {
      // Development only: import TypeScript through tsx's ESM API (its `import` entry point).
      const require = createRequire(import.meta.url);
      const pkgPath = require.resolve('tsx/package.json');
      const pkg = require(pkgPath) as { exports: Record<string, { import: { default: string } }> };
      tsx = pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api'].import.default)).href;
    }
    const worker = new Worker(BATCH_WORKER_SOURCE, { eval: true, workerData: { module: this.href, export: this.exportName, tsx } });
    const slot: Slot = { worker, ready: Promise.resolve(), jobs: [], timer: null };
    slot.ready = new Promise<void>((resolve) => {
      worker.on('message', (m: { type?: string; message?: string; seq?: number; json?: string; severity?: number; error?: { code: string; message: string } }) => {
        if (m.type === 'ready') { resolve(); this.pump(); return; }
        if (m.type === 'fatal') {
          this.fatal = new Error(`cannot load the batch task ${this.exportName} from ${this.href}: ${m.message}`);
          resolve();
          this.failAll(this.fatal.message);
          return;
        }
        if (slot.jobs[0]?.seq !== m.seq) return;
        this.finish(slot, m.error ? { ok: false, error: m.error } : { ok: true, json: m.json ?? 'null', severity: m.severity ?? 0 });
      });
      worker.on('error', (e) => this.replace(slot, 'WORKER_CRASHED', `the worker crashed: ${e.message}`));
      worker.on('exit', (code) => { if (!this.closed && this.slots.includes(slot)) this.replace(slot, 'WORKER_CRASHED', `the worker exited with code ${code}`); });
    });
    return slot;
  }

  private finish(slot: Slot, outcome: BatchOutcome): void {
    const job = slot.jobs.shift();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    this.arm(slot);
    if (job) job.resolve(outcome);
    this.pump();
  }

  /** Starts the timeout of the slot's running job. */
  private arm(slot: Slot): void {
    if (this.timeoutMs > 0 && slot.jobs.length > 0 && !slot.timer) {
      slot.timer = setTimeout(() => this.replace(slot, 'TIMEOUT', `the task took longer than ${this.timeoutMs} ms`), this.timeoutMs);
    }
  }

  private replace(slot: Slot, code: string, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i === -1 || this.closed) return;
    const [job, ...waiting] = slot.jobs;
    slot.jobs = [];
    if (slot.timer) clearTimeout(slot.timer);
    this.slots.splice(i, 1);
    void slot.worker.terminate();
    // The running job fails; the ones sent ahead go back to the front of the queue.
    this.queue.unshift(...waiting);
    if (job) job.resolve({ ok: false, error: { code, message } });
    if (!this.fatal) this.slots.push(this.spawn());
    this.pump();
  }

  private failAll(message: string): void {
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, error: { code: 'INTERNAL', message } });
    for (const s of this.slots) for (const job of s.jobs.splice(0)) job.resolve({ ok: false, error: { code: 'INTERNAL', message } });
  }

  private pump(): void {
    if (this.fatal) { this.failAll(this.fatal.message); return; }
    // Fill the least loaded workers first, up to DEPTH jobs each.
    for (let depth = 1; depth <= DEPTH && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= depth || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        this.arm(slot);
        slot.worker.postMessage({ seq: job.seq, args: job.args });
      }
    }
  }

  /** Runs the task with `args` (structured-cloneable) on the next free worker. Never rejects. */
  run(args: unknown[]): Promise<BatchOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'the pool is closed' } });
    if (this.inline) {
      const inline = this.inline;
      return (async (): Promise<BatchOutcome> => {
        try {
          const result = await (await inline)(...args);
          return { ok: true, json: JSON.stringify(result === undefined ? null : result), severity: maxSeverity(result) };
        } catch (e) {
          const err = e as { code?: unknown; message?: unknown };
          return { ok: false, error: { code: typeof err?.code === 'string' ? err.code : 'INTERNAL', message: String(err?.message ?? e) } };
        }
      })();
    }
    return new Promise<BatchOutcome>((resolve) => {
      this.queue.push({ seq: this.seq++, args, resolve });
      this.pump();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
