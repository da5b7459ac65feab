import type { Lang } from '../types.js';
import type { AlignTuning } from './AlignTuning.js';

/**
 * What the aligner needs from a sentence similarity: the one seam between {@link align} and the evidence it uses
 * (the English–Spanish bridge, language-independent anchors, or your own, e.g. sentence embeddings).
 *
 * A scorer is made fresh for each alignment by a {@link SentenceScorerFactory}, so it may keep per-call state
 * (a shared vocabulary, document frequencies).
 *
 * @typeParam P - the scorer's prepared form of a sentence (or of several consecutive sentences, merged).
 */
export interface SentenceScorer<P = unknown> {
  /** A short name for reports (`'anchors'`, `'bridge'`). */
  readonly name: string;
  /**
   * The similarity from which two units are taken to render each other: used as the link/no-link threshold of
   * comparable mode and mapped to a bead score of 0.5.
   */
  readonly linkThreshold: number;
  /** Optional: the usual length ratio (Spanish characters per English character) of the languages it knows. */
  readonly lengthRatio?: number;
  /** Optional cost weights that suit this scorer's scale (over {@link DEFAULT_ALIGN_TUNING}; `options.tuning` wins). */
  readonly tuning?: Partial<AlignTuning>;
  /** Prepares every sentence of one side at once (so document-level statistics are possible). */
  prepare(texts: readonly string[], lang: Lang): P[];
  /** The prepared form of consecutive sentences read as one unit (`parts` in order, at least two). */
  merge(parts: readonly P[]): P;
  /** Similarity in [0, 1] of an English unit and a Spanish unit; symmetric in meaning, 0 for unrelated text. */
  score(en: P, es: P): number;
  /**
   * Optional: rare features of a prepared unit (small integers shared by both sides) that the aligner may use to
   * find candidate pairs in long inputs without scoring every pair. Absent: candidates come from position only.
   */
  keys?(unit: P): ArrayLike<number>;
}

/** Makes a fresh {@link SentenceScorer} for one alignment. */
export type SentenceScorerFactory = () => SentenceScorer<any>;
