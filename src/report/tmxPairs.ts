import { CotejoError } from '../CotejoError.js';
import type { TMXDocument } from './parseTMX.js';

/** One English–Spanish pair taken from a translation memory. */
export interface TMXPair {
  /** Index of the unit in `doc.units`. */
  unit: number;
  /** The unit's `tuid`, or null. */
  tuid: string | null;
  /** The English segment text. */
  en: string;
  /** The Spanish segment text. */
  es: string;
}

/** Options of {@link tmxPairs}. */
export interface TMXPairsOptions {
  /** Language of the English side; matches `en`, `EN-US`, `en_GB`… (primary subtag, any case). Default `'en'`. */
  en?: string;
  /** Language of the Spanish side; matches `es`, `ES-ES`, `es-419`… Default `'es'`. */
  es?: string;
}

/** Defaults of {@link tmxPairs}. */
export const DEFAULT_TMX_PAIRS_OPTIONS: Required<TMXPairsOptions> = { en: 'en', es: 'es' };

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The English–Spanish pairs of a parsed translation memory, so each can be checked
 * (`findQuoteMismatches(pair.en, pair.es)`, `align`…). A unit contributes one pair when it has a
 * variant of each language (matched on the primary language subtag; the first of each is used);
 * other units are skipped.
 *
 * @example
 * ```ts
 * tmxPairs(parseTMX(tmxText)).map((p) => findQuoteMismatches(p.en, p.es));
 * ```
 */
export function tmxPairs(doc: TMXDocument, options: TMXPairsOptions = {}): TMXPair[] {
  if (!doc || !Array.isArray((doc as Partial<TMXDocument>).units)) {
    throw new CotejoError('INVALID_INPUT', 'tmxPairs needs a parsed TMX document: pass the result of parseTMX().', 'doc');
  }
  const enTag = primary(options.en ?? DEFAULT_TMX_PAIRS_OPTIONS.en);
  const esTag = primary(options.es ?? DEFAULT_TMX_PAIRS_OPTIONS.es);
  if (enTag === '' || esTag === '' || enTag === esTag) {
    throw new CotejoError('INVALID_OPTION', 'options.en and options.es must be two different language tags, e.g. "en" and "es".', 'options.es');
  }
  const pairs: TMXPair[] = [];
  doc.units.forEach((u, i) => {
    const en = u.variants.find((v) => primary(v.lang) === enTag);
    const es = u.variants.find((v) => primary(v.lang) === esTag);
    if (en && es) pairs.push({ unit: i, tuid: u.tuid, en: en.text, es: es.text });
  });
  return pairs;
}
