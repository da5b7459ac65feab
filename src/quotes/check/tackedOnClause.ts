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

/** Words that open a clause of their own. */
const CLAUSE_OPENER = /^(?:and|but|or|because|while|which|who)$/i;

/**
 * A clause tacked on at the end of the quote (after a comma or a conjunction), four words or more, hardly any
 * of them rendered, while the rest of the quote is: `…cada euro` → `…every euro, and who signed off on it`.
 * A content word counts as rendered only when it pairs with a Spanish content word: a pairing with a Spanish
 * function word (`beds` with `la`) is chance. The longest such clause is reported, unless the source goes on past
 * the words the head renders (then the clause is a loose rendering of those words).
 */
export function tackedOnClause(p: ComparePair, L: Linked, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  const n = pe.tokens.length;
  if (n < 8) return;
  // The clause is all words (a trailing digit or mark is no clause of words).
  if (pe.tokens[n - 1].kind !== 'word') return;
  const text = p.quote.text;
  const rendered = (i: number): boolean => {
    const j = L.partnerE[i];
    return j >= 0 && !pf.stop[j] && L.strength[i * L.cols + j] >= o.linkStrength;
  };
  const startsClause = (i: number): boolean => /[,;:—–]/u.test(text.slice(pe.tokens[i - 1].end, pe.tokens[i].start)) || CLAUSE_OPENER.test(pe.tokens[i].text);
  for (let k = 3; k <= n - 4; k++) {
    if (!startsClause(k)) continue;
    // A clause does not cross a sentence end or a quotation mark (that is other text, not one added clause).
    if (/[.!?…"“”«»]/u.test(text.slice(pe.tokens[k].start, pe.tokens[n - 1].end))) continue;
    let content = 0;
    let known = 0;
    let hit = 0;
    let digits = false;
    let paired = 0;
    let contentPaired = 0;
    for (let i = k; i < n; i++) {
      if (pe.tokens[i].kind !== 'word') digits = true;
      if (L.partnerE[i] >= 0) paired++;
      if (L.partnerE[i] >= 0 && !pe.stop[i]) contentPaired++;
      if (pe.stop[i]) continue;
      content++;
      if (pe.ids[i] >= 0) known++;
      if (rendered(i)) hit++;
    }
    if (digits) continue;
    // Either none of its content words pairs and one function word at most (`, and we will not`), or hardly any
    // of its known content words pairs with a Spanish content word.
    const unpaired = contentPaired === 0 && paired <= 1 && paired * 4 <= n - k;
    const unrendered = known >= 3 && hit <= 1 && hit * 4 <= content;
    if (!unpaired && !unrendered) continue;
    let headContent = 0;
    let headRendered = 0;
    for (let i = 0; i < k; i++) {
      if (pe.stop[i]) continue;
      headContent++;
      if (L.bestE[i] >= o.linkStrength) headRendered++;
    }
    if (headContent < 3 || headRendered / headContent < 0.7) continue;
    // The source must end with the head: content words past the head's last rendered word (up to a sentence end
    // or a quotation mark, past which the span holds other text) are the clause, loosely rendered.
    if (sourceTail(p, L, k, o.linkStrength) * 2 > content) continue;
    const en = span(p.en, p.quote.start + pe.tokens[k].start, p.quote.start + pe.tokens[n - 1].end);
    out.push(makeFinding('addition', { en, es: p.source, actual: en.text }, locale));
    return;
  }
}

/** Spanish content words after the last word that quote tokens before `k` render, up to a sentence end or a quotation mark. */
function sourceTail(p: ComparePair, L: Linked, k: number, min: number): number {
  const { pe, pf } = L;
  let last = -1;
  for (let i = 0; i < k; i++) {
    const j = L.partnerE[i];
    if (j > last && !pe.stop[i] && L.strength[i * L.cols + j] >= min) last = j;
  }
  let n = 0;
  for (let j = last + 1; j < pf.tokens.length; j++) {
    if (j > 0 && /[.!?…"“”«»]/u.test(p.source.text.slice(pf.tokens[j - 1].end, pf.tokens[j].start))) break;
    // A word the head renders (`repita` for `again`) is no source word left over.
    if (!pf.stop[j] && pf.tokens[j].kind === 'word' && !(L.partnerF[j] >= 0 && L.partnerF[j] < k)) n++;
  }
  return n;
}
