import type { AlignmentLike, BeadLike } from './AlignmentLike.js';

/**
 * The text of one side of a bead: its sentences' texts joined with `separator` (default one space),
 * or `''` when that side is empty. Indices out of range are skipped, never thrown on.
 */
export function beadText(alignment: AlignmentLike, bead: BeadLike, side: 'en' | 'es', separator = ' '): string {
  const sentences = alignment[side];
  const parts: string[] = [];
  for (const i of bead[side]) {
    const s = sentences[i];
    if (s) parts.push(s.text);
  }
  return parts.join(separator);
}
