import type { Command } from './Command.js';
import { UsageError } from './io.js';

/** `cotejo segment` (placeholder until its stage lands). */
export const segmentCommand: Command = {
  name: 'segment',
  summary: 'segment (not available yet)',
  help: 'cotejo segment: not available yet',
  options: {},
  run() {
    throw new UsageError('cotejo segment is not available yet');
  },
};
