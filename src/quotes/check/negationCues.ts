/**
 * Negation cues in English and Spanish, counted so that one negated statement counts once
 * (Spanish negative concord: `no hay nada`, `no … ni …` are one negation).
 * @module
 */
import type { Span } from '../../types.js';
import { foldWord } from '../../lexicon/normalize.js';

/** Negation cues of a text. */
export interface NegationCount {
  /** Number of negated statements. */
  count: number;
  /** The cue tokens, in order. */
  cues: Span[];
  /** Cues meaning “never” (never, nunca, jamás). */
  never: number;
  /** “not always” / “no siempre” / “no es siempre”. */
  notAlways: number;
  /** `sin` / `without`. */
  without: number;
  /** Words negated by a prefix or suffix (unfounded, powerless; descontento, imposible). */
  morph: number;
}

const EN_CUES = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'nowhere', "n't"]);
const ES_CUES = new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ninguno', 'ninguna', 'ningun', 'ningunos', 'ningunas']);
/** “sin” / “without” negate a phrase, not the statement, and are often rendered by a prefix (sin fundamento =
 * unfounded): they are counted apart ({@link NegationCount.without}). */
const WITHOUT = new Set(['sin', 'without']);
/** Words negated by a prefix or suffix (unfounded, powerless, useless; descontento, imposible). */
const EN_MORPH = /^(?:un\p{L}{5,}|\p{L}{3,}less|impossible|inability|illegal|irresponsible|dis(?:agree|like|honest|trust)\p{L}*)$/u;
const EN_MORPH_NOT = new Set(['under', 'until', 'unless', 'united', 'union', 'unique', 'universe', 'university', 'universal', 'unit', 'units', 'nevertheless', 'regardless', 'unemployment', 'understand', 'understood', 'understanding', 'undertake', 'undergo', 'underway']);
const ES_MORPH = /^(?:des(?:contento|conoc|acuerdo|confia|igual|empleo|leal|hones|orden|prote|cuid|aparec|obedec)\p{L}*|imposib\p{L}*|inutil\p{L}*|incapa\p{L}*|ilegal\p{L}*|injust\p{L}*|insegur\p{L}*|incumpl\p{L}*|inaceptable\p{L}*|irresponsab\p{L}*|indefens\p{L}*)$/u;
/** Cues that only reinforce an earlier negation in the same clause. */
const ES_CONCORD = new Set(['nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ninguno', 'ninguna', 'ningun', 'ningunos', 'ningunas']);
const EN_CONCORD = new Set(['nor', 'no', 'neither']);
/** Fixed phrases where the cue is not a negation of the statement (`sin embargo`: however). */
const NOT_NEG = new Set(['sin embargo', 'no doubt', 'no matter']);

const WORD = /[\p{L}’']+|[,;:.!?]/gu;

/** Counts the negations of `text` in `lang`. Linear time, never throws. */
export function countNegations(text: string, lang: 'en' | 'es'): NegationCount {
  const cues: Span[] = [];
  let count = 0;
  let never = 0;
  let notAlways = 0;
  let without = 0;
  let morph = 0;
  let clauseNeg = false;
  let clauseMas = false;
  let prev = '';
  WORD.lastIndex = 0;
  const cueSet = lang === 'en' ? EN_CUES : ES_CUES;
  const concord = lang === 'en' ? EN_CONCORD : ES_CONCORD;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    if (/^[,;:.!?]$/.test(raw)) {
      if (raw !== ',') {
        clauseNeg = false;
        clauseMas = false;
      }
      prev = '';
      continue;
    }
    let w = foldWord(raw).replace(/’/g, "'");
    let at = m.index;
    if (lang === 'en' && w.endsWith("n't")) {
      at = m.index + raw.length - 3;
      w = "n't";
    }
    if (w === 'siempre' || w === 'always') {
      if (prev === 'no' || prev === 'not' || prev === "n't" || prev === 'es') {
        if (prev !== 'es' || clauseNeg) notAlways++;
      }
    }
    if (w === 'mas' || w === 'mejor' || w === 'peor') clauseMas = true;
    if (lang === 'es' && w === 'de' && /^(?:dejar|deja|dejan|dejo|dejaron|dejara|dejado)$/.test(prev)) morph++;
    if (WITHOUT.has(w)) {
      const next = (text.slice(m.index + raw.length).match(/^\s+([\p{L}]+)/u)?.[1] ?? '').toLowerCase();
      if (!NOT_NEG.has(`${w} ${next}`)) without++;
    } else if (lang === 'en' ? EN_MORPH.test(w) && !EN_MORPH_NOT.has(w) : ES_MORPH.test(w)) {
      morph++;
    }
    if (cueSet.has(w)) {
      const isConcord = concord.has(w) && clauseNeg;
      const phrase = `${w} ${(text.slice(m.index + raw.length).match(/^\s+([\p{L}]+)/u)?.[1] ?? '').toLowerCase()}`;
      // `más … que nunca`, `el mejor visto jamás`: “ever”, not a negation.
      const ever = (w === 'nunca' || w === 'jamas') && (prev === 'que' || clauseMas);
      if (!isConcord && !NOT_NEG.has(phrase) && !ever) {
        count++;
        cues.push({ text: text.slice(at, at + (w === "n't" ? 3 : raw.length)), start: at, end: at + (w === "n't" ? 3 : raw.length) });
        if (w === 'never' || w === 'nunca' || w === 'jamas') never++;
      }
      clauseNeg = true;
    }
    prev = w;
  }
  return { count, cues, never, notAlways, without, morph };
}
