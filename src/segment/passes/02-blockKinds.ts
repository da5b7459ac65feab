/**
 * Pass 2: whole-line units. Recognizes a line made only of handles, hashtags and links (`links`) and a
 * byline, attribution, dateline or credit line (`byline`: `— EL PAÍS América (@ElPais) January 9, 2026`,
 * `By Jane Doe`, `(Reporting by …; Editing by …)`, `Madrid, 14 de mayo de 2026`, `Foto: EFE`,
 * `Updated Jan. 9, 2026`). Such a line is one unit: its periods (`pic.twitter.com`, `Jan. 9`)
 * never split it, and it is never glued to the next paragraph.
 * @module
 */
import type { SentenceKind } from '../../types.js';
import { isDash, isLetterAt, isSpace, isUpperAt } from '../chars.js';

/** Longest line (in UTF-16 units) that can be a byline or a line of links. */
export const MAX_LINE_UNIT_LENGTH = 400;

const URL_TOKEN = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?:\/\S*)?)$/iu;
const HANDLE_TOKEN = /^[@#＠][\p{L}\p{N}_]+$/u;
const PUNCT_TOKEN = /^[^\p{L}\p{N}]+$/u;
const HANDLE = /(?:^|[\s(])@[\p{L}\p{N}_]{2,}/u;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre)\b/iu;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
const BY_LINE = /^\(?(?:by|por|written by|text by|texto de|reporting by|additional reporting by|editing by|edited by|writing by|información de|con información de|reportaje de)\s+/i;
const DATE = String.raw`(?:\d{1,2}(?:\s+de)?\s+\p{L}+(?:\s+de)?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})`;
/** `Madrid, 14 de mayo de 2026`, `Santiago de Querétaro, 2 de octubre de 2026 (fragmento)`, `LIMA, Nov. 12, 2026` */
const DATELINE = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|del|la|el|\p{Lu}[\p{L}.'’-]*)){0,4},\s*${DATE}(?:\s*\([^()]{0,40}\))?$`, 'u');
const TOKEN = /\S+/g;
/** `Photo: Reuters`, `Foto: EFE`, `Updated Jan. 9, 2026 5:00 p.m. ET`, `Actualizado el 9 de enero de 2026` */
const CREDIT_LINE = /^(?:(?:photo|photograph|image|video|foto|fotografía|imagen|vídeo)s?(?:\s*[:|]|\s+(?:by|de|por)\s)|(?:updated|published|posted|actualizado|publicado)\b)/i;
/** What a line needs to hold to be anything but running text (tested first: most lines are running text). */
const MAYBE_LINE_UNIT = /[@#/:|]|www\.|\d{4}|^\(?(?:by|por|updated|published|posted|actualizado|publicado|photo\w*|foto\w*|image\w*|video\w*|vídeo\w*|reporting|writing|editing|edited|written|additional|con|información|text|texto|reportaje)\b/i;
const SENTENCE_INSIDE = /[.!?]\s+\p{Ll}|[!?]\s/u;

/** Trims `token` of surrounding brackets and trailing punctuation, for the link test. */
function bare(token: string): string {
  return token.replace(/^[(<[]+/, '').replace(/[)>\].,;:!?]+$/, '');
}

/**
 * Classifies the block `text.slice(start, end)` as `'links'`, `'byline'`, or `undefined` (ordinary text,
 * to be split into sentences).
 */
export function classifyBlock(text: string, start: number, end: number): SentenceKind | undefined {
  if (end - start > MAX_LINE_UNIT_LENGTH) return undefined;
  const line = text.slice(start, end);
  // quick exit: most lines are running text that starts with a letter and holds no handle, link, date or label
  if (isLetterAt(line, 0) && !MAYBE_LINE_UNIT.test(line)) return undefined;
  if (isLinksLine(line)) return 'links';
  if (DATELINE.test(line) && MONTH.test(line)) return 'byline';
  if (CREDIT_LINE.test(line) && line.split(/\s+/).length <= 15 && !/[.!?]["”»)]*$/.test(line.replace(/\b(?:[ap]\.\s?m|\p{L}{3,4})\.$/u, ''))) {
    return 'byline';
  }
  if (isBylineLine(line)) return 'byline';
  return undefined;
}

/** Whether `line` is made only of handles, hashtags, links and separators (at least one handle or link). */
export function isLinksLine(line: string): boolean {
  let links = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line)) {
    const token = m[0];
    const b = bare(token);
    if (HANDLE_TOKEN.test(b) || URL_TOKEN.test(b)) links++;
    else if (!PUNCT_TOKEN.test(token)) return false;
  }
  return links > 0;
}

function isBylineLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  const first = line.charCodeAt(0);
  const dashed = isDash(first) || line.startsWith('--');
  if (dashed) {
    // `— Name (@handle) January 9, 2026`: a dash, a space, then a name with a handle or a date.
    let k = line.startsWith('--') ? 2 : 1;
    if (k >= line.length || !isSpace(line.charCodeAt(k))) return false; // `—¿Qué?` is dialogue
    while (k < line.length && isSpace(line.charCodeAt(k))) k++;
    if (words > 25 || SENTENCE_INSIDE.test(line)) return false;
    return HANDLE.test(line) || (MONTH.test(line) && YEAR.test(line)) || YEAR.test(line) || words <= 8;
  }
  const by = BY_LINE.exec(line);
  if (by && (isUpperAt(line, by[0].length) || /^(?:the|la|el|los|las)\s+\p{Lu}/u.test(line.slice(by[0].length)))) {
    // `By Jane Doe`, `(Reporting by …; Editing by …)`; not `By Monday, the troops had left.`
    const endsSentence = /[.!?]["”»)]*$/.test(line) && !/\s\p{Lu}\.$/u.test(line);
    return words <= 20 && !endsSentence && !SENTENCE_INSIDE.test(line);
  }
  return false;
}
