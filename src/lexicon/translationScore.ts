/**
 * The translation score of an English and a Spanish sentence given as text.
 * @module
 */
import { assertText } from '../CotejoError.js';
import { resolveScoreOptions, type TranslationScoreOptions } from './BridgeOptions.js';
import { prepareBridgeSentence } from './prepareBridgeSentence.js';
import { scorePrepared } from './scorePrepared.js';

/**
 * How strongly the English text `en` and the Spanish text `es` (sentences or spans) look like
 * translations of each other, in [0, 1] (see {@link scorePrepared} for what the number means;
 * {@link LINK_THRESHOLD} is the calibrated decision point). To score many pairs, prepare each
 * sentence once with {@link prepareBridgeSentence} and call {@link scorePrepared}.
 * Never throws on odd text (empty → 0); throws `CotejoError` for non-string input or bad options.
 *
 * @example
 * ```ts
 * translationScore('The president said it was a lie.', 'El presidente dijo que era mentira.'); // ≈ 0.83
 * ```
 */
export function translationScore(en: string, es: string, options?: TranslationScoreOptions): number {
  assertText(en, 'en');
  assertText(es, 'es');
  const opts = resolveScoreOptions(options);
  return scorePrepared(prepareBridgeSentence(en, 'en'), prepareBridgeSentence(es, 'es'), opts);
}
