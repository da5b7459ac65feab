/**
 * The Gale–Church (1993) length model: the length of a translation is roughly proportional to the length of its
 * source, with a variance that grows with the length. Language-independent; the ratio is estimated per document.
 * @module
 */

/** Gale & Church's variance of the length difference per character. */
export const GALE_CHURCH_VARIANCE = 6.8;

/** Standard normal upper tail `P(Z > z)` for z ≥ 0 (Abramowitz–Stegun 7.1.26 through erfc; error < 1.5e-7). */
function upperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 0.5 * y * Math.exp(-x * x);
}

/**
 * The standardized length difference of a bead: `(lengthEs - lengthEn * ratio) / sqrt(mean * variance)`, where
 * `mean = (lengthEn + lengthEs / ratio) / 2`.
 */
export function galeChurchDelta(lengthEn: number, lengthEs: number, ratio: number, variance = GALE_CHURCH_VARIANCE): number {
  const mean = Math.max(1, (lengthEn + lengthEs / ratio) / 2);
  return (lengthEs - lengthEn * ratio) / Math.sqrt(mean * variance);
}

/**
 * Length agreement of a bead in [0, 1]: the two-tailed probability `2·P(Z > |δ|)` of a length difference at least
 * this large between a sentence and its translation (1 for lengths in exactly the expected ratio).
 */
export function galeChurchAgreement(lengthEn: number, lengthEs: number, ratio: number, variance = GALE_CHURCH_VARIANCE): number {
  return Math.min(1, 2 * upperTail(Math.abs(galeChurchDelta(lengthEn, lengthEs, ratio, variance))));
}

/**
 * Gale–Church length cost `-log(2·P(Z > |δ|))` (0 for a perfect ratio), computed without underflow for large δ.
 */
export function galeChurchCost(lengthEn: number, lengthEs: number, ratio: number, variance = GALE_CHURCH_VARIANCE): number {
  const d = Math.abs(galeChurchDelta(lengthEn, lengthEs, ratio, variance));
  if (d < 6) return -Math.log(Math.max(1e-300, 2 * upperTail(d)));
  // asymptotic: log(2 φ(d)/d)
  return (d * d) / 2 + Math.log(d) + 0.5 * Math.log(2 * Math.PI) - Math.log(2);
}

/**
 * The expected length ratio (Spanish or target characters per English or source character) of two texts with
 * `n` and `m` units and `totalEn` / `totalEs` characters. The observed ratio is the ratio of the totals when the
 * texts have about as many units (a translation), else the ratio of the mean unit lengths (one side is much
 * longer: its total says nothing about one sentence's translation). It is shrunk towards `prior` (the language
 * pair's usual ratio) as if `priorChars` characters of text had shown it, so that short texts are not misled by
 * one odd sentence. Clamped to [0.5, 2]; `prior` when a side is empty.
 */
export function lengthRatio(totalEn: number, totalEs: number, n: number, m: number, prior = 1, priorChars = 400): number {
  if (totalEn <= 0 || totalEs <= 0 || n === 0 || m === 0) return prior;
  const balanced = Math.max(n, m) / Math.min(n, m) <= 1.5;
  const en = balanced ? totalEn : totalEn / n;
  const es = balanced ? totalEs : totalEs / m;
  const r = (es + prior * priorChars) / (en + priorChars);
  return Math.min(2, Math.max(0.5, r));
}
