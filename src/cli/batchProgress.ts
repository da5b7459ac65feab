/** Options of {@link BatchProgress}. */
export interface BatchProgressOptions {
  /** Where the bar is drawn (a terminal). */
  stream: NodeJS.WriteStream;
  /** Total input size in bytes, when known (a file), for a percentage; 0 when unknown (stdin). */
  totalBytes: number;
}

/**
 * A one-line progress bar for a batch, redrawn at most ten times a second with `\r` on a terminal:
 * `[########------------]  40%  1,200 lines  310/s  2 errors`. Without a known size it shows counts only.
 */
export class BatchProgress {
  private readonly stream: NodeJS.WriteStream;
  private readonly totalBytes: number;
  private readonly started = Date.now();
  private last = 0;
  private width = 0;

  constructor(options: BatchProgressOptions) {
    this.stream = options.stream;
    this.totalBytes = options.totalBytes;
  }

  /** Redraws the bar if 100 ms have passed (or `force`). */
  update(done: number, errors: number, bytes: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = Math.round(done / secs);
    let bar = '';
    if (this.totalBytes > 0) {
      const f = Math.min(1, bytes / this.totalBytes);
      const cells = 20;
      const full = Math.round(f * cells);
      bar = `[${'#'.repeat(full)}${'-'.repeat(cells - full)}] ${String(Math.round(f * 100)).padStart(3)}%  `;
    }
    const text = `${bar}${done.toLocaleString('en-US')} lines  ${rate.toLocaleString('en-US')}/s${errors ? `  ${errors} error${errors === 1 ? '' : 's'}` : ''}`;
    const pad = Math.max(0, this.width - text.length);
    this.width = text.length;
    this.stream.write(`\r${text}${' '.repeat(pad)}`);
  }

  /** Erases the bar. */
  clear(): void {
    if (this.width > 0) this.stream.write(`\r${' '.repeat(this.width)}\r`);
    this.width = 0;
  }
}
