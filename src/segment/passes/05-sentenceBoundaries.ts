/**
 * Pass 5: sentence boundaries inside a block. A linear scan over final marks (`. ? ! …`, CJK marks) that
 * decides each one from its context:
 * - a mark inside a quotation or brackets (pass 3) ends nothing unless the quotation closes right after it
 *   (`“…in Colombia.” Petro said so.` splits; `«No es… Es una huelga por hambre», dijo Benítez.` does not);
 *   with `quotations: 'split'`, marks inside quotations (not brackets) are decided like any other;
 * - after a quoted question or exclamation, a short attribution stays (`“Will you?” Zubeldia asked.`);
 * - a following lower-case word, a parenthetical, or a dialogue dash followed by a lower-case word
 *   (`—¿Vienes? —preguntó.`) continues; so does a following final or closing mark (`Fig. ??`);
 * - a period needs a following space, so decimals, thousands (3,1 · 1.500 · 1,500.5), ordinals (2.º), URLs,
 *   e-mail addresses and `pic.twitter.com` never split; `?` inside a URL is not followed by a space either;
 *   a period glued to a capitalized word splits only between plain words (`world.Today`);
 * - footnote marks after a period stay with the sentence (`martyr.[1] The`);
 * - after a title (`Mr.`, `Sra.`, `Gov.`) nothing splits; after a number prefix (`No.`, `p.`, `núm.`) a
 *   digit continues; after a month or weekday, a capitalized word splits; after `a.m.`/`p.m.`, a capitalized
 *   word splits unless it belongs to the time (`ET`, `Tuesday`); after other abbreviations, acronyms (`U.S.`,
 *   `EE. UU.`, `a. m.`) and initials, only a word that typically starts a sentence splits (`…the U.S. How about
 *   you?` vs `U.S. Secretary of State`);
 * - ellipses: `that.... She` and `period . . . . Next` split; `is . . . I didn’t` does not; in
 *   `compounds. . . . The` the sentence ends at the first period and the ellipsis opens the next one.
 * @module
 */
import {
  GENERAL_ABBREVIATIONS,
  NUMBER_PREFIX_ABBREVIATIONS,
  PREPOSITIVE_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TIME_ABBREVIATIONS,
  TIME_FOLLOWERS,
  EXCLAMATION_WORDS,
  LOWERCASE_TITLES,
  MONTH_ABBREVIATIONS,
} from '../abbreviations.js';
import {
  isCjkTerminal,
  isCloser,
  isDash,
  isDigit,
  isLetterAt,
  isLowerAt,
  isOpener,
  isSpace,
  isTerminal,
  isUpperAt,
} from '../chars.js';
import type { ListMarks } from './04-lists.js';
import type { QuotationMarks } from './03-quotations.js';

/** A unit found in a block: trimmed `[start, end)`, and how many final marks inside quotations it holds. */
export interface RawUnit {
  start: number;
  end: number;
  /** Final marks followed by a capital that did not split because they were inside a quotation. */
  quotedMarks: number;
}

const NONE = 0;
const CUT = 1;
const CUT_AFTER_FIRST = 2;

const MARKER = /^(?:\d{1,3}|\p{L}|[IVXLC]{1,5})$/u;
const DATELINE_CAPS = /^\p{Lu}{3,}(?:[ -](?:\p{Lu}{2,}|de|del))*$/u;
const ACRONYM = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
const SHORT_ABBR_TOKEN = /^(\p{L}{1,2})\.(?=\s|$|[.,;:)\]])/u;
/** Longest token examined before a period (longer ones are links or noise, never abbreviations). */
const MAX_TOKEN = 64;

/** The word (letters only, so `I'm` gives `i`) starting at `q`, lower-cased; at most 24 characters. */
function wordAt(text: string, q: number, end: number): string {
  let r = q;
  while (r < end && r - q < 24 && isLetterAt(text, r)) r++;
  return text.slice(q, r).toLowerCase();
}

/** Start of the unit being scanned: after the last cut, past whitespace and list bullets. */
function unitStart(text: string, cuts: number[], start: number): number {
  let s = cuts.length > 0 ? Math.max(start, cuts[cuts.length - 1]) : start;
  while (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 0x2022) s++;
  while (isOpener(text.charCodeAt(s))) s++;
  return s;
}

/** Whether `s` is all upper case or all lower case letters (`EE`, `a`), not title case (`Go`). */
function uniformCase(s: string): boolean {
  return s === s.toUpperCase() || s === s.toLowerCase();
}

/** The period after an abbreviation splits only before a word that commonly starts a sentence. */
function starterRule(text: string, q: number, end: number): number {
  if (isOpener(text.charCodeAt(q))) return CUT; // a quotation or question opens: `etc. «Hola»`, `EE. UU. ¿Por qué?`
  if (!isLetterAt(text, q)) return NONE; // `D.C. - Colombia`
  return SENTENCE_STARTERS.has(wordAt(text, q, end)) ? CUT : NONE;
}

/** After `a.m.`/`p.m.` a capitalized word starts a new sentence unless it belongs to the time (`ET`, `Tuesday`). */
function timeRule(text: string, q: number, end: number): number {
  if (!isUpperAt(text, q)) return starterRule(text, q, end);
  return TIME_FOLLOWERS.has(wordAt(text, q, end)) ? NONE : CUT;
}

/** Whether the `!` at `i` is part of a name such as `Yahoo!` (sentence-splitter's list). */
function isExclamationWord(text: string, start: number, i: number): boolean {
  if (text.charCodeAt(i) !== 33) return false;
  let ws = i;
  while (ws > start && i - ws < 16 && !isSpace(text.charCodeAt(ws - 1))) ws--;
  return EXCLAMATION_WORDS.has(text.slice(ws, i + 1).toLowerCase());
}

/** Whether a link starts at `q` (`https://…`, `www.…`): after a final mark it starts a new unit. */
function startsUrl(text: string, q: number): boolean {
  return text.startsWith('http://', q) || text.startsWith('https://', q) || text.startsWith('www.', q);
}

/** Speech verbs of an attribution after a quoted question or exclamation (`“Will you?” Zubeldia asked.`). */
const SPEECH_VERBS = new Set([
  'asked', 'asks', 'said', 'says', 'shouted', 'shouts', 'cried', 'yelled', 'exclaimed', 'replied', 'replies', 'added',
  'wrote', 'writes', 'insisted', 'demanded', 'wondered', 'protested', 'tweeted', 'told', 'answered', 'responded',
  'preguntó', 'pregunta', 'dijo', 'dice', 'gritó', 'exclamó', 'respondió', 'contestó', 'añadió', 'escribió', 'insistió',
]);

/**
 * After a quotation closed by `?` or `!`, a short clause with a speech verb and a final period is its
 * attribution, inside the same sentence: `“Will you resign if we go down?” Zubeldia asked.`
 */
function isAttribution(text: string, q: number, end: number): boolean {
  let r = q;
  for (let words = 0; words < 5 && r < end; words++) {
    let w = r;
    while (w < end && isLetterAt(text, w)) w++;
    if (w === r) return false;
    if (SPEECH_VERBS.has(text.slice(r, w).toLowerCase())) {
      // the clause ends soon after the verb
      let e = w;
      while (e < end && e - w < 40 && text.charCodeAt(e) !== 46 && text.charCodeAt(e) !== 44) e++;
      return e < end ? text.charCodeAt(e) === 46 || text.charCodeAt(e) === 44 : e - w < 40;
    }
    r = w;
    while (r < end && (isSpace(text.charCodeAt(r)) || text.charCodeAt(r) === 46)) r++;
  }
  return false;
}

/** Whether `(a) `, `(1) `, `(iv) ` starts at `q`: an enumeration, not a parenthetical. */
function isParenMarker(text: string, q: number, end: number): boolean {
  let r = q + 1;
  while (r < end && r - q <= 4 && (isLetterAt(text, r) || isDigit(text.charCodeAt(r)))) r++;
  return r > q + 1 && r - q <= 4 && text.charCodeAt(r) === 41 && r + 1 < end && isSpace(text.charCodeAt(r + 1));
}

/**
 * Footnote references glued after a period belong to the sentence: `martyr.[1] The`, `illegal.[17][18] The`,
 * `consultation.11 12 Take` (after a word, not a number: `in 2019.10 people` is a decimal).
 */
function skipFootnotes(text: string, runStart: number, k: number, end: number): number {
  let p = k;
  if (text.charCodeAt(p) === 91) {
    for (;;) {
      let r = p + 1;
      while (r < end && r - p <= 4 && isDigit(text.charCodeAt(r))) r++;
      if (r === p + 1 || text.charCodeAt(r) !== 93) break;
      p = r + 1;
      if (text.charCodeAt(p) !== 91) break;
    }
    return p;
  }
  const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 32;
  if (!isDigit(text.charCodeAt(p)) || !(before === 41 || isLetterAt(text, runStart - 1))) return k;
  for (;;) {
    let r = p;
    while (r < end && r - p < 3 && isDigit(text.charCodeAt(r))) r++;
    if (r === p || (r < end && !isSpace(text.charCodeAt(r)))) return k;
    p = r;
    if (p + 1 < end && text.charCodeAt(p) === 32 && isDigit(text.charCodeAt(p + 1))) {
      p++;
      continue;
    }
    return p + 1 < end && isUpperAt(text, p + 1) ? p : k;
  }
}

/**
 * A period glued to the next sentence, `world.Today is`, `1,000.That is`: the previous token is a plain word or
 * number (not a URL, e-mail, file name or domain) and a capitalized word follows.
 */
function gluedBoundary(text: string, start: number, i: number, end: number): boolean {
  if (i + 2 >= end || !isUpperAt(text, i + 1) || !isLowerAt(text, i + 2)) return false;
  const prev = text.charCodeAt(i - 1);
  if (!(isDigit(prev) || isLowerAt(text, i - 1))) return false;
  let ws = i;
  while (ws > start && i - ws < MAX_TOKEN && !isSpace(text.charCodeAt(ws - 1))) ws--;
  if (i - ws >= MAX_TOKEN || i - ws < 2) return false;
  let we = i + 1;
  while (we < end && we - i < MAX_TOKEN && !isSpace(text.charCodeAt(we))) we++;
  const around = text.slice(ws, i) + text.slice(i + 1, we).replace(/[.!?,;:)"”’»]+$/, '');
  return !/[./@:_=\\]/.test(around);
}

/** Decides the single period at `i` (a run ending at `k`, next word at `q`). */
function decidePeriod(
  text: string, start: number, end: number, i: number, q: number, lists: ListMarks, from: number,
): number {
  if (lists.markerPeriods.has(i + 1)) return NONE;
  let ws = i;
  const floor = Math.max(start, from);
  while (ws > floor && i - ws < MAX_TOKEN && !isSpace(text.charCodeAt(ws - 1))) ws--;
  if (i - ws >= MAX_TOKEN) return CUT;
  while (ws < i && isOpener(text.charCodeAt(ws))) ws++;
  if (ws === i) return CUT;
  const word = text.slice(ws, i);
  // the first token of a unit is a list or question marker, not a sentence: `1. This…`, `Q. What…?`, `IV. The…`
  if (ws === from && MARKER.test(word)) return NONE;
  // a dateline in capitals opens the first sentence: `ALMENARA. La junta…`, `SANTIAGO DE CHILE. El…`
  if (from === start && i - start <= 40 && i - start >= 3 && DATELINE_CAPS.test(text.slice(start, i))) return NONE;
  const key = word.toLowerCase();
  const nc = text.charCodeAt(q);
  const letterWord = isLetterAt(text, ws);
  // titles are capitalized (`Gov.`, `St.`); `against the cap.`, `5th st. The` are not titles. Spanish writes
  // some in lower case (`la sra. Pérez`, `el dr. Ruiz`).
  if (letterWord && PREPOSITIVE_ABBREVIATIONS.has(key) && (isUpperAt(text, ws) || LOWERCASE_TITLES.has(key))) return NONE;
  if (isDigit(nc)) {
    return letterWord && (NUMBER_PREFIX_ABBREVIATIONS.has(key) || GENERAL_ABBREVIATIONS.has(key)) ? NONE : CUT;
  }
  if (!letterWord) return CUT;
  // one or two letters with a period: an initial, or part of `EE. UU.`, `a. m.`, `p. ej.`, `J. R. R.`
  const short = word.length <= 2 && /^\p{L}+$/u.test(word);
  if (short) {
    const next = SHORT_ABBR_TOKEN.exec(text.slice(q, Math.min(end, q + 4)));
    const upper = (w: string) => w === w.toUpperCase();
    if (next && uniformCase(word) && uniformCase(next[1]) && upper(word) === upper(next[1])) return NONE;
    // the second half of a spaced abbreviation (`UU.` after `EE.`, `m.` after `a.`)
    let p = ws - 1;
    while (p > start && isSpace(text.charCodeAt(p))) p--;
    if (p > start && text.charCodeAt(p) === 46) {
      let ps = p;
      while (ps > start && p - ps < 3 && !isSpace(text.charCodeAt(ps - 1))) ps--;
      const prev = text.slice(ps, p);
      if (prev.length <= 2 && /^\p{L}+$/u.test(prev) && uniformCase(prev) && uniformCase(word)) {
        return TIME_ABBREVIATIONS.has((prev + word).toLowerCase()) ? timeRule(text, q, end) : starterRule(text, q, end);
      }
    }
    if (word.length === 1) return starterRule(text, q, end);
  }
  if (TIME_ABBREVIATIONS.has(key)) return timeRule(text, q, end);
  if (MONTH_ABBREVIATIONS.has(key) && isUpperAt(text, q)) return CUT;
  if (key.includes('.') ? ACRONYM.test(word) || GENERAL_ABBREVIATIONS.has(key) : GENERAL_ABBREVIATIONS.has(key)) {
    return starterRule(text, q, end);
  }
  return CUT;
}

function isBracket(c: number): boolean {
  return c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125;
}

/**
 * Splits the block `text.slice(start, end)` into sentences.
 * @param marks - matched quotation marks of the block (pass 3).
 * @param lists - inline list items of the block (pass 4).
 * @param splitQuotations - also end sentences inside quotations (never inside brackets); see
 * `SegmentOptions.quotations`.
 */
export function findSentences(
  text: string, start: number, end: number, marks: QuotationMarks, lists: ListMarks, splitQuotations = false,
): RawUnit[] {
  const cuts: number[] = [];
  const quoted: number[] = [];
  const breaks = lists.breaks;
  let bi = 0;
  let depth = 0;
  let brackets = 0; // the part of depth that is brackets, not quotations
  for (let i = start; i < end; i++) {
    while (bi < breaks.length && breaks[bi] <= i) {
      if (breaks[bi] === i) cuts.push(i);
      bi++;
    }
    const m = marks[i - start];
    const c = text.charCodeAt(i);
    if (m === 1) {
      depth++;
      if (isBracket(c)) brackets++;
    } else if (m === -1 && depth > 0) {
      depth--;
      if (isBracket(c) && brackets > 0) brackets--;
    }
    if (!isTerminal(c)) {
      // interrupted speech closes the sentence: `afore she comes, to--" At this moment`
      if (m === -1 && depth === 0 && (c === 34 || c === 0x201d || c === 0xbb) && i - 2 >= start &&
        (isDash(text.charCodeAt(i - 1)) || (text.charCodeAt(i - 1) === 45 && text.charCodeAt(i - 2) === 45)) &&
        i + 2 < end && isSpace(text.charCodeAt(i + 1)) && isUpperAt(text, i + 2)) {
        cuts.push(i + 1);
      }
      continue;
    }
    // the run of final marks, spaced dots (`. . .`) and closing quotes/brackets
    let j = i;
    let dots = 0;
    let other = false;
    let lastTerminal = c;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === 46) {
        dots++;
        lastTerminal = d;
        j++;
      } else if (d === 0x2026) {
        dots += 3;
        lastTerminal = d;
        j++;
      } else if (isTerminal(d)) {
        other = true;
        lastTerminal = d;
        j++;
      } else if (d === 32 && j + 1 < end && text.charCodeAt(j + 1) === 46 && text.charCodeAt(j - 1) === 46) {
        j++;
      } else if (isCloser(d)) {
        const mk = marks[j - start];
        if (mk === -1 && depth > 0) {
          depth--;
          if (isBracket(d) && brackets > 0) brackets--;
        } else if (mk === 1) {
          depth++;
          if (isBracket(d)) brackets++;
        }
        j++;
      } else break;
    }
    const runStart = i;
    const k = lastTerminal === 46 && depth === 0 ? skipFootnotes(text, runStart, j, end) : j;
    i = k - 1;
    if (k >= end) break;
    if (!isSpace(text.charCodeAt(k))) {
      if (depth === 0 && (isCjkTerminal(lastTerminal) || (dots === 1 && !other && k === runStart + 1 && gluedBoundary(text, start, runStart, end)))) {
        cuts.push(k);
      }
      continue;
    }
    let q = k;
    while (q < end && isSpace(text.charCodeAt(q))) q++;
    if (q >= end) break;
    if (isLowerAt(text, q) && !startsUrl(text, q)) continue;
    if (depth > 0 && (brackets > 0 || !splitQuotations)) {
      if (isUpperAt(text, q) || isOpener(text.charCodeAt(q))) quoted.push(k);
      continue;
    }
    const nc = text.charCodeAt(q);
    // a sentence does not start with a final or closing mark: `Fig. ??`, `! ! !`
    if (isTerminal(nc) || nc === 44 || nc === 59 || nc === 58 || nc === 41 || nc === 93 || nc === 125) continue;
    // a parenthetical after the mark belongs to the sentence (`…[...]" (Smith 55).`), an enumeration does not
    if (nc === 40 && !isParenMarker(text, q, end)) continue;
    if (isDash(nc) || nc === 45) {
      // dialogue and asides: `—¿Vienes? —preguntó.`, `and -- voila! -- you have cake.`
      let r = q;
      while (r < end && r - q < 8 && (isDash(text.charCodeAt(r)) || text.charCodeAt(r) === 45 || isSpace(text.charCodeAt(r)))) r++;
      if (r < end && isLowerAt(text, r)) continue;
    }
    let decision: number;
    if (dots === 0) {
      decision = isExclamationWord(text, start, runStart) || (isCloser(text.charCodeAt(k - 1)) && isAttribution(text, q, end)) ? NONE : CUT;
    }
    else if (dots >= 3) {
      const spacedBefore = runStart > start && isSpace(text.charCodeAt(runStart - 1));
      if (!spacedBefore && text.charCodeAt(runStart) === 46 && text.charCodeAt(runStart + 1) === 32) decision = CUT_AFTER_FIRST;
      else if (spacedBefore && dots === 3 && !other) decision = NONE;
      else decision = CUT;
      if (decision === CUT_AFTER_FIRST) cuts.push(runStart + 1);
      else if (decision === CUT) cuts.push(k);
      continue;
    } else if (other) decision = CUT;
    else decision = decidePeriod(text, start, end, runStart, q, lists, unitStart(text, cuts, start));
    if (decision === CUT) cuts.push(k);
  }
  return toUnits(text, start, end, cuts, quoted);
}

function toUnits(text: string, start: number, end: number, cuts: number[], quoted: number[]): RawUnit[] {
  const units: RawUnit[] = [];
  let from = start;
  let qi = 0;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) return;
    let n = 0;
    while (qi < quoted.length && quoted[qi] < e) {
      if (quoted[qi] >= s) n++;
      qi++;
    }
    units.push({ start: s, end: e, quotedMarks: n });
  };
  if (cuts.length > 1) cuts.sort((a, b) => a - b);
  for (const cut of cuts) {
    if (cut <= from) continue;
    push(from, cut);
    from = cut;
  }
  push(from, end);
  return units;
}
