/**
 * The packed format of the shipped lexicon table (shared by the build script and the loader).
 *
 * `LEXICON_DATA` is a string of lines: line 0 is `cotejo-lexicon/1<TAB><key length>`; line 1 the
 * English keys, line 2 the Spanish keys (space-separated, most frequent first: a key's position is
 * its id); then one line per English key id with its entries, each a base-36 delta of the Spanish
 * key id (ascending) followed by two code letters: `'A' + 8·wordnet + level(p(es|en))` (`A`–`P`)
 * and `'Q' + level(p(en|es))` (`Q`–`X`); levels are logarithmic (see {@link encodeLevel}).
 * The table is plain ASCII so bundlers never escape it.
 * @module
 */

/** Format tag on the first line of the packed table. */
export const LEXICON_FORMAT = 'cotejo-lexicon/1';

/**
 * Quantizes a probability into 8 logarithmic levels: 0 below 0.01, then 1 for [0.01, 0.02),
 * 2 for [0.02, 0.04) … 7 for ≥ 0.64.
 * @internal
 */
export function encodeLevel(p: number): number {
  if (!(p >= 0.01)) return 0;
  const l = 1 + Math.floor(Math.log2(p / 0.01));
  return l > 7 ? 7 : l;
}

/**
 * The probability a level stands for (the geometric middle of its interval; 0.8 for level 7).
 * @internal
 */
export function decodeLevel(level: number): number {
  if (level <= 0) return 0;
  if (level >= 7) return 0.8;
  return 0.01 * 2 ** (level - 1) * Math.SQRT2;
}
