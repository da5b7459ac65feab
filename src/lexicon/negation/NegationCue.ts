import { type Span } from '../../types.js';

/**
 * What a cue does to the meaning:
 * - `negative`: it negates (`no`, `not`, `n't`, `nunca`, `never`, `sin`, `without`, `nadie`, `nothing`…);
 * - `partial`: a negated universal, "not in every case" (`no siempre`, `not always`, `no todos`, `not all`);
 * - `universal`: an unnegated universal (`siempre`, `always`, `todo el mundo`, `everyone`), reported because
 *   `no siempre` rendered as `always` flips the meaning;
 * - `affixal`: a word negated by a prefix or suffix (`unprecedented`, `non-essential`, `insufficient`, `homeless`,
 *   `free of`, `imposible`, `desconocido`): not counted as a negation, but it explains one on the other side
 *   (`unprecedented` / `no tiene precedentes`).
 */
export type NegationPolarity = 'negative' | 'partial' | 'universal' | 'affixal';

/** A negation (or universal) cue with its exact offsets. */
export interface NegationCue extends Span {
  /** Canonical cue, the same for both languages: `not` (no, not, n't), `never` (nunca, jamás, never), `nor`
   * (ni, nor), `neither` (tampoco, neither), `without` (sin, without), `nobody` (nadie, nobody, no one),
   * `nothing` (nada, nothing), `none` (ninguno, none), `nowhere`, `not-even` (ni siquiera, not even),
   * `not-always`, `not-all`, `not-necessarily`, `always`, `everyone`, `everything`, `everywhere`, and `affix` for
   * affixal negations. */
  cue: string;
  /** What the cue does. */
  polarity: NegationPolarity;
  /** Language of the cue word (`no` is both: the language read at that point). */
  lang: 'en' | 'es';
}
