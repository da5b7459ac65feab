import type { Sentence } from '../types.js';

/**
 * How {@link align} pairs the two sides:
 * - `parallel`: the English is a translation of the Spanish (or the reverse). Monotone: every sentence of both
 *   sides is in exactly one bead, beads in reading order, 1-0 / 0-1 beads for sentences without a counterpart.
 * - `comparable`: the English reports on the Spanish (a news story quoting a source). Not monotone and sparse:
 *   each English sentence is in exactly one bead, linked to the Spanish sentence(s) it renders, or to none
 *   (`es: []`); Spanish sentences that no English sentence renders appear in no bead, and a Spanish sentence may
 *   be rendered by several English sentences.
 */
export type AlignMode = 'parallel' | 'comparable';

/** One alignment bead: English sentence indices paired with the Spanish sentence indices they translate. */
export interface Bead {
  /** Indices into {@link Alignment.en}, ascending and consecutive (may be empty for a 0-1 bead). */
  en: number[];
  /** Indices into {@link Alignment.es}, ascending and consecutive (may be empty for a 1-0 bead). */
  es: number[];
  /**
   * Confidence in [0, 1] that the two sides of the bead say the same thing: the scorer's similarity of the two
   * sides (the bridge or the language-independent anchors) mapped so that its calibrated link threshold gives 0.5,
   * times the Gale–Church length agreement (1 when the lengths are in the expected ratio, falling towards 0 as they
   * diverge). A bead with an empty side scores 0. Rounded to 4 decimals.
   */
  score: number;
  /**
   * Present and `true` when the bead is weak: `score` is below {@link AlignOptions.weakThreshold} on a bead with
   * both sides, i.e. the pairing rests on position and length rather than on shared content. Absent otherwise.
   */
  weak?: true;
}

/** The result of {@link align}: the sentences of both sides and the beads that pair them. */
export interface Alignment {
  /** The English sentences, as given or as segmented. */
  en: Sentence[];
  /** The Spanish sentences, as given or as segmented. */
  es: Sentence[];
  /** The beads, in English reading order. */
  beads: Bead[];
}
