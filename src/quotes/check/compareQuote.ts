/**
 * Compares an English quote with the Spanish span it renders: values (numbers, dates), names, negation,
 * and the word-level diff of linked tokens (omissions, additions, wording). Each check lives in its own file.
 * @module
 */
import { prepareBridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import type { Locale } from '../../report/i18n.js';
import { DEFAULT_COMPARE, type CompareOptions, type ComparePair } from './ComparePair.js';
import { diffFindings } from './diffFindings.js';
import { linkQuote } from './linkQuote.js';
import { nameFindings } from './nameFindings.js';
import { negationFindings } from './negationFindings.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { valueFindings } from './valueFindings.js';

export { CONFIDENT_SCORE, DEFAULT_COMPARE, type CompareOptions, type ComparePair } from './ComparePair.js';

/** Compares a quote with its source span; returns the findings (without speaker and unsourced ones). */
export function compareQuote(p: ComparePair, locale: Locale, options: CompareOptions = DEFAULT_COMPARE): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  const pe = prepareBridgeSentence(p.quote.text, 'en');
  const pf = prepareBridgeSentence(p.source.text, 'es');
  const L = linkQuote(pe, pf, 0.2);
  valueFindings(p, locale, out);
  nameFindings(p, L, locale, out);
  if (p.confident || p.partial) negationFindings(p, locale, out, L, options.linkStrength);
  if (!p.partial) diffFindings(p, L, options, locale, out);
  return out;
}
