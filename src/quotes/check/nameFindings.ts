/**
 * Name findings: a name rendered as another name (entity), or the same name without its accents (diacritics).
 * @module
 */
import type { Locale } from '../../report/i18n.js';
import type { ComparePair } from './ComparePair.js';
import type { Linked } from './linkQuote.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { tokenFinding } from './tokenFinding.js';

/** A word that starts with a capital letter. */
export const CAPITAL = /^\p{Lu}/u;
/** Acronyms are expanded or translated (GOP, NATO → OTAN): not names to compare letter by letter. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Capitalized Spanish words that name institutions, not people or places. */
const INSTITUTION = new Set(
  ('partido gobierno estado congreso ministerio ayuntamiento comision consejo presidente presidenta senado camara tribunal ' +
    'corte universidad departamento asamblea parlamento oficina policia ejercito fiscalia junta agencia secretaria republica ' +
    'reino union naciones unidas organizacion fundacion banco iglesia primera segunda tercera cuarta division liga copa ' +
    'campeonato norte sur este oeste').split(' '),
);

/** A link at least this strong is a translation even to a lower-case word. */
const STRONG_LINK = 0.8;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `text` holds `word` (same capitalization, whole word) after a lower-case word and a space, i.e.
 * capitalized inside a sentence, where English and Spanish capitalize names only. Looks at 50 occurrences at most.
 */
export function namedInside(text: string, word: string): boolean {
  if (word.length < 2) return false;
  let at = text.indexOf(word);
  for (let n = 0; at >= 0 && n < 50; n++, at = text.indexOf(word, at + 1)) {
    if (WORD_CHAR.test(text[at + word.length] ?? '')) continue;
    if (text[at - 1] !== ' ') continue;
    if (/\p{Ll}/u.test(text[at - 2] ?? '')) return true;
  }
  return false;
}

/** Name findings: a capitalized word with no counterpart on each side, paired in order (entity); same name without accents (diacritics). */
export function nameFindings(p: ComparePair, L: Linked, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  const sentenceInitial = (text: string, at: number, base: number): boolean => {
    let k = at - 1;
    while (k >= base && /\s/u.test(text[k])) k--;
    return k < base || /[.!?¿¡:;"“”«»—–(-]/u.test(text[k]);
  };
  const candE: number[] = [];
  for (let i = 0; i < pe.tokens.length; i++) {
    const t = pe.tokens[i];
    if (t.kind !== 'word' || !CAPITAL.test(t.text) || pe.stop[i] || t.text === 'I' || t.text.length < 3 || ACRONYM.test(t.text)) continue;
    if (L.bestE[i] >= 0.3) continue;
    if (sentenceInitial(p.quote.text, t.start, 0)) continue;
    candE.push(i);
  }
  // A Spanish name is rendered by an English name: its links to lower-case English words are the lexicon's noise
  // (`India` ← `in`, `Shinano` ← `longest`) unless strong.
  const nameLink = (j: number): number => {
    let best = 0;
    for (let i = 0; i < pe.tokens.length; i++) {
      const s = L.strength[i * L.cols + j];
      if (s > best && (s >= STRONG_LINK || (CAPITAL.test(pe.tokens[i].text) && !pe.stop[i]))) best = s;
    }
    return best;
  };
  const candF: number[] = [];
  for (let j = 0; j < pf.tokens.length; j++) {
    const t = pf.tokens[j];
    if (t.kind !== 'word' || !CAPITAL.test(t.text) || pf.stop[j] || t.text.length < 3 || ACRONYM.test(t.text) || INSTITUTION.has(t.norm)) continue;
    if (L.bestF[j] >= 0.3 && nameLink(j) >= 0.3) continue;
    // A sentence-initial word is a name when either text writes it capitalized inside a sentence.
    if (sentenceInitial(p.source.text, t.start, 0) && !namedInside(p.en, t.text) && !namedInside(p.src, t.text)) continue;
    candF.push(j);
  }
  const n = Math.min(candE.length, candF.length);
  for (let k = 0; k < n; k++) {
    const a = pe.tokens[candE[k]];
    const b = pf.tokens[candF[k]];
    out.push(tokenFinding('entity', p, a, b, locale));
  }
  // Diacritics: identical folded names written differently (Nicolas / Nicolás).
  for (let i = 0; i < pe.tokens.length; i++) {
    const j = L.partnerE[i];
    if (j < 0) continue;
    const a = pe.tokens[i];
    const b = pf.tokens[j];
    if (a.kind === 'word' && CAPITAL.test(a.text) && a.norm === b.norm && a.text !== b.text && a.text.toLowerCase() !== b.text.toLowerCase()) {
      out.push(tokenFinding('diacritics', p, a, b, locale));
    }
  }
}
