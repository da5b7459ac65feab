import type { Command } from './Command.js';
import { UsageError } from './io.js';

/** `cotejo quotes` (placeholder until its stage lands). */
export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'quotes (not available yet)',
  help: 'cotejo quotes: not available yet',
  options: {},
  run() {
    throw new UsageError('cotejo quotes is not available yet');
  },
};
