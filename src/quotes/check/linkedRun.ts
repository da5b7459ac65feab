/**
 * How the content words of a quote that a span renders lie: in one run of the quote, or scattered.
 * @module
 */
import type { LinkMatrix } from '../../lexicon/linkStrengths.js';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';

/** Where a quote's rendered content words lie (see {@link linkedRun}). */
export interface LinkedRun {
  /** Content words of the quote (not function words, not numbers). */
  content: number;
  /** Content words linked to a word of the span. */
  linked: number;
  /** Longest run of consecutive content words of the quote all linked to the span. */
  run: number;
  /** Content words left unlinked outside one contiguous stretch of the quote (0: the unlinked words form one block). */
  strayUnlinked: number;
}

/**
 * Which content words of `quote` link (at `minStrength` or more, `m` its links against the source) to a word of
 * source tokens [`lo`, `hi`), and whether they form a run: a faithful rendering with a clause of the reporter's
 * renders a contiguous part of the quote, an invented statement shares a few scattered chance words.
 */
export function linkedRun(quote: BridgeSentence, m: LinkMatrix, lo: number, hi: number, minStrength: number): LinkedRun {
  const flags: boolean[] = [];
  for (let i = 0; i < m.rows; i++) {
    if (quote.stop[i] || quote.tokens[i].kind !== 'word') continue;
    let ok = false;
    for (let j = lo; j < hi && !ok; j++) if (m.strength[i * m.cols + j] >= minStrength) ok = true;
    flags.push(ok);
  }
  let run = 0;
  let cur = 0;
  let linked = 0;
  for (const f of flags) {
    cur = f ? cur + 1 : 0;
    if (f) linked++;
    if (cur > run) run = cur;
  }
  // The longest stretch of unlinked words (allowing one linked word inside): the rest of the unlinked are stray.
  let bestBlock = 0;
  for (let a = 0; a < flags.length; a++) {
    let unl = 0;
    let inside = 0;
    for (let b = a; b < flags.length; b++) {
      if (flags[b]) inside++;
      else unl++;
      if (inside > 1) break;
      if (unl > bestBlock) bestBlock = unl;
    }
  }
  const unlinked = flags.length - linked;
  return { content: flags.length, linked, run, strayUnlinked: unlinked - bestBlock };
}
