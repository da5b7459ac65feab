import { parseArgs } from 'node:util';
import { CotejoError } from '../CotejoError.js';
import type { Command } from './Command.js';
import { UsageError } from './io.js';
import { commands } from './commands.js';
import { VERSION } from '../version.js';

const GENERAL_HELP = `cotejo: check English news coverage against its Spanish sources

Usage: cotejo <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join('\n')}

Run 'cotejo <command> --help' for a command's options and examples.
Exit codes: 0 done, 1 a finding at or above --fail-on, 2 bad usage or input.`;

async function runCommand(command: Command, argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\. To specify a positional.*$/s, '')}\nRun 'cotejo ${command.name} --help' for usage.`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
}

/** Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${GENERAL_HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'. Commands: ${commands.map((c) => c.name).join(', ')}.`);
    return await runCommand(command, rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof CotejoError) {
      process.stderr.write(`cotejo: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`cotejo: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
