/**
 * Additions: a clause tacked on at the end of an otherwise rendered quote.
 * @module
 */
import type { Locale } from '../../report/i18n.js';
import type { ComparePair, CompareOptions } from './ComparePair.js';
import type { Linked } from './linkQuote.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { span } from './tokenFinding.js';

/**
 * A clause tacked on at the end of the quote (after a comma or `and`/`but`), four words or more, none of them
 * rendered, while the rest of the quote is: `…cada euro` → `…every euro, and who signed off on it`.
 */
export function tackedOnClause(p: ComparePair, L: Linked, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  const { pe } = L;
  const n = pe.tokens.length;
  if (n < 8) return;
  let k = n;
  // Walk back over unrendered words (function words count as unrendered: they link too easily).
  while (k > 0 && (pe.stop[k - 1] || L.partnerE[k - 1] < 0) && pe.tokens[k - 1].kind === 'word') k--;
  // The clause starts at the first clause boundary inside that stretch.
  const startsClause = (i: number): boolean =>
    /[,;:—–]/u.test(p.quote.text.slice(pe.tokens[i - 1].end, pe.tokens[i].start)) || /^(?:and|but|or|because|while|which|who)$/i.test(pe.tokens[i].text);
  while (k < n && k > 0 && !startsClause(k)) k++;
  if (n - k < 4 || k < 3) return;
  // Its words have no partner in the source (one function word may pair by chance).
  let partnered = 0;
  for (let i = k; i < n; i++) if (L.partnerE[i] >= 0) partnered++;
  if (partnered > 1 || partnered * 4 > n - k) return;
  let rendered = 0;
  let content = 0;
  for (let i = 0; i < k; i++) {
    if (pe.stop[i]) continue;
    content++;
    if (L.bestE[i] >= o.linkStrength) rendered++;
  }
  if (content < 3 || rendered / content < 0.7) return;
  const en = span(p.en, p.quote.start + pe.tokens[k].start, p.quote.start + pe.tokens[n - 1].end);
  out.push(makeFinding('addition', { en, es: p.source, actual: en.text }, locale));
}

