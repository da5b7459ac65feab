import { CotejoError } from '../CotejoError.js';
import type { AlignmentLike } from './AlignmentLike.js';

/** Throws `INVALID_INPUT` unless `alignment` has `en`, `es` and `beads` arrays. */
export function assertAlignment(alignment: unknown, name = 'alignment'): asserts alignment is AlignmentLike {
  const a = alignment as Partial<AlignmentLike> | null;
  if (!a || typeof a !== 'object' || !Array.isArray(a.en) || !Array.isArray(a.es) || !Array.isArray(a.beads)) {
    throw new CotejoError('INVALID_INPUT', `${name} must be an alignment { en, es, beads } as align() returns it.`, name);
  }
}
