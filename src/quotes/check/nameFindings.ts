/**
 * Name findings: a name rendered as another name (entity), or the same name without its accents (diacritics).
 * @module
 */
import { exonymMatch } from '../../lexicon/names/compareNames.js';
import { nameVariants } from '../../lexicon/names/nameVariants.js';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
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

/** Lower-case words allowed inside a multi-word name (`Ciudad de México`, `Bank of England`). */
const NAME_PARTICLES = new Set(['de', 'del', 'of', 'the']);

/**
 * The runs of capitalized words of a prepared text (`Reino Unido`, `Ciudad de México`), as token index ranges
 * [first, last], with particles allowed between two capitalized words. At most 60 runs.
 */
function capitalRuns(ps: BridgeSentence): [number, number][] {
  const out: [number, number][] = [];
  const toks = ps.tokens;
  let i = 0;
  while (i < toks.length && out.length < 60) {
    if (toks[i].kind !== 'word' || !CAPITAL.test(toks[i].text)) {
      i++;
      continue;
    }
    let last = i;
    let k = i + 1;
    while (k < toks.length && toks[k].kind === 'word') {
      if (CAPITAL.test(toks[k].text)) last = k;
      else if (!NAME_PARTICLES.has(toks[k].text)) break;
      k++;
    }
    out.push([i, last]);
    i = last + 1;
  }
  return out;
}

/**
 * Token indices of each side that take part in a known exonym pair (`Britain` / `Reino Unido`, `Morocco` /
 * `Marruecos`): such names are translations, not substitutions, whatever their spelling.
 */
function exonymTokens(p: ComparePair, pe: BridgeSentence, pf: BridgeSentence): { en: Set<number>; es: Set<number> } {
  const en = new Set<number>();
  const es = new Set<number>();
  const re = capitalRuns(pe);
  const rf = capitalRuns(pf);
  const textOf = (ps: BridgeSentence, text: string, [a, b]: [number, number]) => text.slice(ps.tokens[a].start, ps.tokens[b].end);
  for (const a of re) {
    const ta = textOf(pe, p.quote.text, a);
    for (const b of rf) {
      if (!exonymMatch(ta, textOf(pf, p.source.text, b))) continue;
      for (let i = a[0]; i <= a[1]; i++) en.add(i);
      for (let j = b[0]; j <= b[1]; j++) es.add(j);
    }
  }
  return { en, es };
}

/** Name findings: a capitalized word with no counterpart on each side, paired in order (entity); same name without accents (diacritics). */
export function nameFindings(p: ComparePair, L: Linked, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  const sentenceInitial = (text: string, at: number, base: number): boolean => {
    let k = at - 1;
    while (k >= base && /\s/u.test(text[k])) k--;
    return k < base || /[.!?¿¡:;"“”«»—–(-]/u.test(text[k]);
  };
  const exo = exonymTokens(p, pe, pf);
  const candE: number[] = [];
  for (let i = 0; i < pe.tokens.length; i++) {
    const t = pe.tokens[i];
    if (t.kind !== 'word' || !CAPITAL.test(t.text) || pe.stop[i] || t.text === 'I' || t.text.length < 3 || ACRONYM.test(t.text)) continue;
    if (L.bestE[i] >= 0.3 || exo.en.has(i)) continue;
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
    if ((L.bestF[j] >= 0.3 && nameLink(j) >= 0.3) || exo.es.has(j)) continue;
    // A sentence-initial word is a name when either text writes it capitalized inside a sentence.
    if (sentenceInitial(p.source.text, t.start, 0) && !namedInside(p.en, t.text) && !namedInside(p.src, t.text)) continue;
    candF.push(j);
  }
  // A name one language writes otherwise (Harry / Enrique, Tchaikovsky / Chaikovski) is the same name on both sides.
  for (let a = candE.length - 1; a >= 0; a--) {
    const b = candF.findIndex((j) => nameVariants(pe.tokens[candE[a]].text, pf.tokens[j].text));
    if (b >= 0) {
      candE.splice(a, 1);
      candF.splice(b, 1);
    }
  }
  const n = Math.min(candE.length, candF.length);
  for (let k = 0; k < n; k++) {
    const a = pe.tokens[candE[k]];
    const b = pf.tokens[candF[k]];
    out.push(tokenFinding('entity', p, a, b, locale));
  }
  // Diacritics: identical folded names written differently (Nicolas / Nicolás); a lower-case Spanish word is a
  // common noun English capitalizes inside a name (Saint Peter's Basilica / la basílica de San Pedro).
  for (let i = 0; i < pe.tokens.length; i++) {
    const j = L.partnerE[i];
    if (j < 0) continue;
    const a = pe.tokens[i];
    const b = pf.tokens[j];
    if (a.kind === 'word' && CAPITAL.test(a.text) && CAPITAL.test(b.text) && a.norm === b.norm && a.text !== b.text && a.text.toLowerCase() !== b.text.toLowerCase()) {
      // English spells some names without the accent (`Mexico`, `Peru`), and `Union` / `Unión` is a translated word.
      if (exonymMatch(a.text, b.text) || INSTITUTION.has(b.norm)) continue;
      out.push(tokenFinding('diacritics', p, a, b, locale));
    }
  }
}
