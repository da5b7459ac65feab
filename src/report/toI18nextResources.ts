import { assertOneOf, CotejoError } from '../CotejoError.js';
import type { AlignmentLike } from './AlignmentLike.js';
import { assertAlignment } from './assertAlignment.js';
import { beadText } from './beadText.js';
import { withDefaults } from './withDefaults.js';

/** i18next resources: `{ [language]: { [namespace]: { [key]: text } } }`. */
export type I18nextResources = Record<string, Record<string, Record<string, string>>>;

/** Options of {@link toI18nextResources}. */
export interface ToI18nextResourcesOptions {
  /**
   * How keys are made:
   * - `'index'` (default): `s` + the 1-based bead number, zero-padded to at least 4 digits
   *   (`s0001`, `s0002`…; wider when there are more than 9,999 beads). Stable as long as the
   *   alignment does not change.
   * - `'hash'`: `h` + the FNV-1a 32-bit hash of the bead's English text in 8 hex digits
   *   (`h1a2b3c4d`), or of its Spanish text when the English side is empty; a text seen before gets
   *   `_2`, `_3`… in order of appearance. Stable when sentences are added or removed elsewhere.
   */
  keys?: 'index' | 'hash';
  /** Key prefix (e.g. `'article_'`). Default `''`. */
  prefix?: string;
  /** Namespace. Default `'translation'` (i18next's default). */
  namespace?: string;
  /** Language code of the English side. Default `'en'`. */
  enLang?: string;
  /** Language code of the Spanish side. Default `'es'`. */
  esLang?: string;
  /** Leave out beads with an empty side (otherwise the empty side is an empty string). Default `true`. */
  skipUnpaired?: boolean;
  /** Joins the sentences of a many-sentence bead side. Default `' '`. */
  separator?: string;
}

/** Defaults of {@link toI18nextResources}. */
export const DEFAULT_TO_I18NEXT_RESOURCES_OPTIONS: Required<ToI18nextResourcesOptions> = {
  keys: 'index',
  prefix: '',
  namespace: 'translation',
  enLang: 'en',
  esLang: 'es',
  skipUnpaired: true,
  separator: ' ',
};

/** FNV-1a, 32 bits, over UTF-16 code units, as 8 lowercase hex digits. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Turns aligned sentence pairs into i18next resource bundles,
 * `{ en: { translation: { s0001: '…' } }, es: { translation: { s0001: '…' } } }`, so an app can show a
 * bilingual article with `i18next.t('s0001', { lng: 'es' })`. Bead keys are in bead order (see
 * {@link ToI18nextResourcesOptions.keys} for the key scheme).
 *
 * Article text is stored as is: if it may contain `{{` or `$t(`, call `t` with
 * `{ interpolation: { skipOnVariables: true }, nest: false }`-style settings suited to your i18next
 * setup, or render the strings directly.
 *
 * @example
 * ```ts
 * toI18nextResources({ en: [{ text: 'Hi.', start: 0, end: 3 }], es: [{ text: 'Hola.', start: 0, end: 5 }],
 *   beads: [{ en: [0], es: [0], score: 1 }] }); // { en: { translation: { s0001: 'Hi.' } }, es: { translation: { s0001: 'Hola.' } } }
 * ```
 */
export function toI18nextResources(alignment: AlignmentLike, options: ToI18nextResourcesOptions = {}): I18nextResources {
  assertAlignment(alignment);
  const o = withDefaults(DEFAULT_TO_I18NEXT_RESOURCES_OPTIONS, options);
  assertOneOf(o.keys, ['index', 'hash'], 'options.keys');
  for (const name of ['prefix', 'namespace', 'enLang', 'esLang'] as const) {
    if (typeof o[name] !== 'string') throw new CotejoError('INVALID_OPTION', `options.${name} must be a string.`, `options.${name}`);
  }
  if (o.enLang === o.esLang || o.enLang === '' || o.esLang === '') {
    throw new CotejoError('INVALID_OPTION', 'options.enLang and options.esLang must be two different, non-empty language codes.', 'options.esLang');
  }
  const en: Record<string, string> = {};
  const es: Record<string, string> = {};
  const width = Math.max(4, String(alignment.beads.length).length);
  const seen = new Map<string, number>();
  alignment.beads.forEach((bead, i) => {
    if (o.skipUnpaired && (bead.en.length === 0 || bead.es.length === 0)) return;
    const enText = beadText(alignment, bead, 'en', o.separator);
    const esText = beadText(alignment, bead, 'es', o.separator);
    let key: string;
    if (o.keys === 'index') {
      key = `s${String(i + 1).padStart(width, '0')}`;
    } else {
      const base = `h${fnv1a32(enText !== '' ? enText : `\u0000${esText}`)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      key = n === 1 ? base : `${base}_${n}`;
    }
    en[o.prefix + key] = enText;
    es[o.prefix + key] = esText;
  });
  return { [o.enLang]: { [o.namespace]: en }, [o.esLang]: { [o.namespace]: es } };
}
