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
  return withoutNested(out);
}

/**
 * The findings without an addition or omission whose evidence lies inside another of the same type (the clause
 * check and the word diff may both report one added clause: `and the government has shot itself in the foot` and
 * `government has shot itself in the foot`): the longer one stays.
 */
function withoutNested(out: QuoteFinding[]): QuoteFinding[] {
  const side = (f: QuoteFinding) => (f.type === 'addition' ? f.en : f.type === 'omission' ? f.es : null);
  return out.filter((f, i) => {
    const a = side(f);
    if (!a) return true;
    return !out.some((g, j) => {
      if (j === i || g.type !== f.type) return false;
      const b = side(g);
      if (!b || b.start > a.start || b.end < a.end) return false;
      // Identical spans: the first one stays.
      return b.end - b.start > a.end - a.start || j < i;
    });
  });
}
