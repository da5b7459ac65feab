/**
 * Weights of the parallel aligner's bead cost (advanced; the defaults were chosen on Text+Berg `dev` and on
 * documents built from Tatoeba `train`, never on test sets). A bead of `a` English and `b` Spanish sentences costs
 * `shapeCost[a-b] + lengthWeight · GaleChurch(a, b) + similarityWeight · (1 − s) · (a + b) / 2`, where `s` is the
 * scorer's similarity scaled so that its link threshold gives 0.5; a 1-0 or 0-1 bead costs
 * `skipCost`. Merging sentences from two paragraphs of one side costs `paragraphCost` more.
 */
export interface AlignTuning {
  /** Weight of the Gale–Church length cost. */
  lengthWeight: number;
  /** Weight of the content dissimilarity. */
  similarityWeight: number;
  /** Cost of leaving one sentence unaligned (a 1-0 or 0-1 bead). */
  skipCost: number;
  /** Cost of a bead of one shape before any evidence: key `'a-b'`, e.g. `'2-1'`; shapes absent use `otherShapeCost`. */
  shapeCost: Record<string, number>;
  /** Cost of shapes not listed in `shapeCost` (1-4, 2-3…). */
  otherShapeCost: number;
  /** Extra cost for merging sentences of different paragraphs in one side of a bead. */
  paragraphCost: number;
  /**
   * A bead of more than two sentences is only considered when every sentence in it has a partner on the other side
   * of the bead whose 1-1 similarity reaches this fraction of the scorer's link threshold (0: always considered).
   * Saves time and, with a scorer that gives partial translations partial credit, keeps unrelated neighbours from
   * being absorbed into a bead.
   */
  mergeEvidence: number;
}

/** Default {@link AlignTuning}. */
export const DEFAULT_ALIGN_TUNING: Readonly<AlignTuning> = Object.freeze({
  lengthWeight: 1,
  similarityWeight: 4,
  skipCost: 6,
  shapeCost: Object.freeze({ '1-1': 0, '1-2': 2.3, '2-1': 2.3, '2-2': 4, '1-3': 4, '3-1': 4 }) as Record<string, number>,
  otherShapeCost: 5.5,
  paragraphCost: 1.5,
  mergeEvidence: 0,
});
