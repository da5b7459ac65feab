import type { ParseArgsConfig } from 'node:util';

/** One `cotejo <name>` sub-command. */
export interface Command {
  /** The sub-command's name (`segment`, `align`, `quotes`). */
  name: string;
  /** One line for the general help. */
  summary: string;
  /** The full `--help` text, with usage and examples. */
  help: string;
  /** Options for `node:util` `parseArgs` (`--help` is added for every command). */
  options: NonNullable<ParseArgsConfig['options']>;
  /**
   * Runs the command with its parsed options and positional arguments; resolves to the exit code
   * (0 done, 1 findings at or above `--fail-on`). Throws `UsageError` for bad usage (exit 2).
   */
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> | number;
}
