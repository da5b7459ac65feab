/**
 * Finds dialogue turns: Spanish dash dialogue and Q&A interviews.
 *
 * - A paragraph that starts with a dialogue dash (— U+2014, ― U+2015 or – U+2013) glued to the next word
 *   (`—Hola`, `—¿Vienes?`) is a turn. A dash followed by a space (`— EL PAÍS América`) is a byline, not dialogue.
 * - Inside a turn, a dash after a space and glued to the next word opens the narrator's interjection
 *   (`—No lo sé —dijo Petro—. Quizá mañana.`); the next dash glued to the previous word closes it, and the speech
 *   goes on after it. An interjection with no closing dash runs to the end of the paragraph, except that a
 *   capitalized one after a finished sentence (`—¿Vendrá? —Sí.`) is a new turn: Q&A written on one line.
 * - A paragraph that starts with a Q&A label (`Pregunta.`, `Respuesta.`, `Question:`, `Answer:`, and the
 *   one-letter `P.`/`R.`/`Q.`/`A.` when the question ends in `?` and the answer follows a question) is a turn.
 * @module
 */
import type { Paragraph } from './paragraphs.js';
import type { RawQuote } from './scanQuoteMarks.js';
import { isSpace, isUpper, isWordChar } from './tokenizeContext.js';

const DASHES = new Set(['—', '―', '–']);
const LABEL = /^(Pregunta|Respuesta|Question|Answer|P|R|Q|A)\s?[.:]\s+/u;
const QUESTION_LABELS = new Set(['Pregunta', 'Question', 'P', 'Q']);
const FINISHED = /[?!.…]$/u;

function isDash(ch: string | undefined): boolean {
  return ch !== undefined && DASHES.has(ch);
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpace(text[e - 1])) e--;
  return e;
}

function hasWord(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isWordChar(text[i])) return true;
  return false;
}

/** Parses one dash turn starting at the dash `dash`; returns it and where the next turn on the line starts. */
function parseTurn(
  text: string,
  dash: number,
  end: number,
  state: { noCloseFrom: number },
): { turn: RawQuote | null; next: number } {
  const parts: { start: number; end: number }[] = [];
  const interjections: { start: number; end: number }[] = [];
  let partStart = dash + 1;
  let i = partStart;
  let next = -1;
  while (i < end) {
    // The next interjection-opening dash: after a space, glued to the next character.
    let k = i;
    while (k < end && !(isDash(text[k]) && isSpace(text[k - 1]) && !isSpace(text[k + 1]) && k + 1 < end)) k++;
    if (k >= end) {
      const e = trimEnd(text, partStart, end);
      if (e > partStart) parts.push({ start: partStart, end: e });
      break;
    }
    const speechEnd = trimEnd(text, partStart, k);
    if (speechEnd > partStart) parts.push({ start: partStart, end: speechEnd });
    let m = k + 1;
    // No closing dash after `noCloseFrom` (known from an earlier scan): keeps one-line Q&A linear.
    if (m >= state.noCloseFrom) m = end;
    while (m < end && !(isDash(text[m]) && !isSpace(text[m - 1]))) m++;
    if (m >= end) state.noCloseFrom = Math.min(state.noCloseFrom, k + 1);
    if (m >= end) {
      const first = text[k + 1];
      const prevSpeech = text.slice(Math.max(partStart, speechEnd - 1), speechEnd);
      if ((isUpper(first) || first === '¿' || first === '¡') && FINISHED.test(prevSpeech)) {
        next = k; // a new turn on the same line
      } else {
        interjections.push({ start: k, end: trimEnd(text, k, end) });
      }
      break;
    }
    interjections.push({ start: k, end: m + 1 });
    i = m + 1;
    while (i < end && (isSpace(text[i]) || '.,;:'.includes(text[i]))) i++;
    partStart = i;
  }
  const speech = parts.filter((p) => hasWord(text, p.start, p.end));
  if (speech.length === 0) return { turn: null, next };
  return {
    turn: {
      outerStart: dash,
      outerEnd: speech[speech.length - 1].end,
      parts: speech,
      open: text[dash],
      close: null,
      family: 'dialogue',
      interjections,
    },
    next,
  };
}

/** Scans `paragraphs` of `text` for dialogue turns (linear time). */
export function scanDialogue(text: string, paragraphs: readonly Paragraph[]): RawQuote[] {
  const out: RawQuote[] = [];
  let prevWasQuestion = false;
  for (const para of paragraphs) {
    const s = para.contentStart;
    const e = para.contentEnd;
    if (s >= e) continue;
    let isQuestion = false;
    if (isDash(text[s]) && s + 1 < e && !isSpace(text[s + 1]) && !isDash(text[s + 1])) {
      let dash = s;
      const state = { noCloseFrom: e };
      // Bounded: each iteration starts after the previous turn's dash.
      while (dash >= 0) {
        const { turn, next } = parseTurn(text, dash, e, state);
        if (turn) out.push(turn);
        dash = next > dash ? next : -1;
      }
    } else {
      const m = LABEL.exec(text.slice(s, Math.min(e, s + 16)));
      if (m) {
        const label = m[1];
        const body = s + m[0].length;
        const question = QUESTION_LABELS.has(label);
        const oneLetter = label.length === 1;
        const ok = question
          ? !oneLetter || text.slice(body, e).includes('?')
          : !oneLetter || prevWasQuestion;
        if (ok && hasWord(text, body, e)) {
          out.push({
            outerStart: s,
            outerEnd: e,
            parts: [{ start: body, end: e }],
            open: text.slice(s, s + m[0].trimEnd().length),
            close: null,
            family: 'dialogue',
            interjections: [],
            label,
          });
          isQuestion = question;
        }
      }
    }
    prevWasQuestion = isQuestion;
  }
  return out;
}
