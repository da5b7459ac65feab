import type { Command } from './Command.js';
import { UsageError } from './io.js';

/** `cotejo align` (placeholder until its stage lands). */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align (not available yet)',
  help: 'cotejo align: not available yet',
  options: {},
  run() {
    throw new UsageError('cotejo align is not available yet');
  },
};
