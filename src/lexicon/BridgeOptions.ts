/**
 * Options shared by the English–Spanish bridge functions ({@link translationScore},
 * {@link scorePrepared}, {@link linkTokens}).
 * @module
 */
import { assertOneOf, CotejoError } from '../CotejoError.js';

/** Options of the English–Spanish bridge. */
export interface BridgeOptions {
  /**
   * Use the shipped English–Spanish lexicon (default `true`). With `false` the bridge is
   * language-independent: identical tokens (names, numbers, codes), cognates and length only.
   */
  useLexicon?: boolean;
  /** Use orthographic cognates for words the lexicon does not link (default `true`). */
  useCognates?: boolean;
}

/** Options of {@link translationScore} and {@link scorePrepared}. */
export interface TranslationScoreOptions extends BridgeOptions {
  /**
   * What the score measures (default `'both'`):
   * - `'both'`: are the two a translation of each other (calibrated: compare with {@link LINK_THRESHOLD});
   * - `'en'`: containment, the weighted share of the English words that the Spanish renders (Spanish
   *   words with no English counterpart do not lower it), e.g. to find the Spanish sentence that
   *   holds a partial English quote;
   * - `'es'`: the share of the Spanish words that the English renders.
   * The containment scores are coverage fractions in [0, 1], not calibrated against `LINK_THRESHOLD`.
   */
  direction?: 'both' | 'en' | 'es';
}

/** Defaults of {@link BridgeOptions}. */
export const DEFAULT_BRIDGE_OPTIONS: Readonly<Required<BridgeOptions>> = Object.freeze({
  useLexicon: true,
  useCognates: true,
});

/** Defaults of {@link TranslationScoreOptions}. */
export const DEFAULT_TRANSLATION_SCORE_OPTIONS: Readonly<Required<TranslationScoreOptions>> = Object.freeze({
  useLexicon: true,
  useCognates: true,
  direction: 'both',
});

/**
 * Validates {@link TranslationScoreOptions} and fills in defaults.
 * @internal
 */
export function resolveScoreOptions(options: TranslationScoreOptions | undefined): Required<TranslationScoreOptions> {
  if (options === undefined) return DEFAULT_TRANSLATION_SCORE_OPTIONS;
  const bridge = resolveBridgeOptions(options);
  const direction = options.direction === undefined ? 'both' : assertOneOf(options.direction, ['both', 'en', 'es'] as const, 'options.direction');
  return { ...bridge, direction };
}

/**
 * Validates bridge options and fills in defaults. Throws `CotejoError` (`INVALID_OPTION`) for an
 * option of the wrong type. Unknown option names are ignored so wider option objects can be passed.
 * @internal
 */
export function resolveBridgeOptions(options: BridgeOptions | undefined): Required<BridgeOptions> {
  if (options === undefined) return DEFAULT_BRIDGE_OPTIONS;
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'options must be an object such as { useLexicon: false }.', 'options');
  }
  for (const name of ['useLexicon', 'useCognates'] as const) {
    const v = options[name];
    if (v !== undefined && typeof v !== 'boolean') {
      throw new CotejoError('INVALID_OPTION', `options.${name} must be true or false, got ${JSON.stringify(v)}.`, `options.${name}`);
    }
  }
  return {
    useLexicon: options.useLexicon ?? DEFAULT_BRIDGE_OPTIONS.useLexicon,
    useCognates: options.useCognates ?? DEFAULT_BRIDGE_OPTIONS.useCognates,
  };
}
