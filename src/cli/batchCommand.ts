import { runBatch, type BatchCommand, type FailOn } from './batch.js';
import { UsageError } from './io.js';

/** What {@link runBatchCommand} needs from a command's parsed arguments. */
export interface RunBatchCommandOptions {
  /** `align` or `quotes`. */
  command: BatchCommand;
  /** The command's parsed `--batch`, `--workers`, `--timeout`, `--no-progress`, `--fail-on` and `--format`. */
  values: Record<string, string | boolean | undefined>;
  /** Positional arguments (must be none with `--batch`). */
  positionals: string[];
  /** Options for `align` / `findQuoteMismatches`, built by the command from its other flags (`--mode`, `--locale`…). */
  options?: Record<string, unknown>;
}

/** Parses a non-negative integer flag or throws `UsageError`. */
function integer(value: string | boolean | undefined, flag: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > max) throw new UsageError(`${flag} must be an integer from 0 to ${max}, got '${String(value)}'.`);
  return n;
}

/**
 * The `--batch` branch of `cotejo align` and `cotejo quotes`: checks the flags and runs
 * {@link runBatch}, writing JSON Lines to stdout. Resolves to the exit code (0, 1 with `--fail-on`, 2
 * when a line was bad). Throws `UsageError` for bad usage (file arguments with `--batch`, a `--format`
 * other than json, bad numbers).
 */
export async function runBatchCommand({ command, values, positionals, options }: RunBatchCommandOptions): Promise<number> {
  const input = values.batch;
  if (typeof input !== 'string' || input === '') throw new UsageError('--batch needs a file (JSON Lines of {"id","en","es"}), or - for stdin.');
  if (positionals.length > 0) throw new UsageError(`--batch reads the pairs from ${input}; do not pass file arguments too (got ${positionals.join(' ')}).`);
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('--batch always prints JSON Lines; leave out --format or use --format json.');
  const failOn = (values['fail-on'] ?? 'never') as string;
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new UsageError(`--fail-on must be error or warning, got '${failOn}'.`);
  const summary = await runBatch({
    input,
    command,
    options,
    workers: integer(values.workers, '--workers', 256),
    timeoutMs: integer(values.timeout, '--timeout', 86_400_000) ?? 0,
    progress: values['no-progress'] ? false : 'auto',
    failOn: failOn as FailOn,
  });
  if (summary.errors > 0) process.stderr.write(`cotejo: ${summary.errors} of ${summary.lines} lines failed (see their "error" records).\n`);
  return summary.exitCode;
}
