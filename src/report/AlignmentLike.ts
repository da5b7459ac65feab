import type { Span } from '../types.js';

/**
 * One bead of an alignment: the indices of the English and Spanish sentences it links
 * (either side may be empty for an unmatched sentence), its score and whether the link is weak.
 * Structurally compatible with the `Alignment` beads that `align()` returns.
 */
export interface BeadLike {
  /** Indices into {@link AlignmentLike.en}, ascending. */
  en: readonly number[];
  /** Indices into {@link AlignmentLike.es}, ascending. */
  es: readonly number[];
  /** The aligner's confidence for this bead (higher is better). */
  score: number;
  /** True when the aligner flags the link as uncertain. */
  weak?: boolean;
}

/**
 * What the report functions need from an alignment: the sentences of both sides and the beads
 * linking them. `align()`'s result satisfies it; so does any object of the same shape.
 */
export interface AlignmentLike {
  /** English sentences, in text order. */
  en: readonly Span[];
  /** Spanish sentences, in text order. */
  es: readonly Span[];
  /** The beads, in text order. */
  beads: readonly BeadLike[];
}
