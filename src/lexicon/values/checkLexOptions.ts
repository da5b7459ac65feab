import { CotejoError, assertOneOf, assertText } from '../../CotejoError.js';
import { type LexLang } from './guessLang.js';

/** Options shared by {@link extractValues}, `extractNames` and `findNegations`. */
export interface LexOptions {
  /** Language of the text: `en`, `es`, or `auto` (guessed around each match; default). */
  lang?: LexLang;
}

const LANGS: readonly LexLang[] = ['en', 'es', 'auto'];

/**
 * Validates the text and the options of a lexicon finder; returns the resolved language.
 * Throws `CotejoError` (`INVALID_INPUT` / `INVALID_OPTION`) with a message saying what to pass.
 */
export function checkLexOptions(text: unknown, options: unknown, fn: string): LexLang {
  assertText(text, 'text');
  if (options === undefined || options === null) return 'auto';
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new CotejoError('INVALID_OPTION', `${fn}: options must be an object like { lang: 'es' }, got ${typeof options}.`, 'options');
  }
  for (const key of Object.keys(options)) {
    if (key !== 'lang') {
      throw new CotejoError('INVALID_OPTION', `${fn}: unknown option '${key}'; the only option is 'lang' ('en', 'es' or 'auto').`, `options.${key}`);
    }
  }
  const lang = (options as LexOptions).lang;
  if (lang === undefined) return 'auto';
  return assertOneOf(lang, LANGS, 'options.lang');
}
