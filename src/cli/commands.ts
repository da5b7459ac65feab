import type { Command } from './Command.js';
import { segmentCommand } from './segmentCommand.js';
import { alignCommand } from './alignCommand.js';
import { quotesCommand } from './quotesCommand.js';

/** Every sub-command, in the order `cotejo --help` lists them. */
export const commands: Command[] = [segmentCommand, alignCommand, quotesCommand];
