import { readFileSync } from 'node:fs';

/** An error the CLI reports as bad usage or input: message on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Reads a file, or standard input for `-`, as UTF-8. Throws {@link UsageError} when it cannot. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read '${path}': no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read '${path}': it is a directory`);
    throw new UsageError(`cannot read '${path}': ${(e as Error).message}`);
  }
}

/** Writes `text` to stdout, followed by a newline unless it ends with one. */
export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}
