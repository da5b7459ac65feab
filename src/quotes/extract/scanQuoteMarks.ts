/**
 * Finds quotations delimited by quote marks in raw text, in one linear pass with a bounded stack.
 *
 * Marks: “ ” „ ‟ (double curly), ‘ ’ (single curly), « » (guillemets), ‹ › (single guillemets), " and '
 * (straight). Rules, from how English and Spanish typography works:
 * - an apostrophe is never a quote mark: a mark between two letters (`Petro’s`, `don't`), a leading elision
 *   (`’90s`, `’em`, `rock ’n’ roll`), or a closing `’` when no single quote is open (`the Smiths’ house`);
 * - straight quotes open when they follow a space, the start or opening punctuation and precede a non-space, and
 *   close when they follow a non-space (so `5'10"` is not a quote);
 * - curly marks have a direction, but a “ typed where a ” belongs (`word“ `) closes, and a ” that can only open
 *   (Swedish-style ”…”) opens; a “ after a finished sentence (`us. “But`) while a “ is open ends the open one
 *   unclosed (a long quotation reopened where its paragraph break was lost), it does not nest;
 * - a closer closes the innermost open quote of its family; quotes opened inside it and still open are closed
 *   there as unclosed;
 * - at a line break, an open double quote (or guillemet) continues into the next paragraph when that paragraph
 *   starts by reopening it (English: each paragraph of a long quotation reopens with “; Spanish: with » or «),
 *   or when the next paragraph closes it before opening another (a line break inside the quotation, as in text
 *   with one sentence per line); otherwise it ends, unclosed, at the end of its paragraph. An unclosed single quote is dropped (its opener was
 *   most likely an apostrophe).
 * @module
 */
import { PREPOSITIVE_ABBREVIATIONS } from '../../segment/abbreviations.js';
import { findParagraphs, type Paragraph } from './paragraphs.js';
import { isSpace, isWordChar } from './tokenizeContext.js';

/** Families of quote marks: a closer only closes an opener of its own family. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'singleGuillemet' | 'straightDouble' | 'straightSingle';

/** A quotation found in raw text, before classification. */
export interface RawQuote {
  /** Offset of the opening mark (or dialogue dash). */
  outerStart: number;
  /** Offset after the closing mark, or after the last quoted character when unclosed. */
  outerEnd: number;
  /** The quoted words, one span per paragraph (or per speech piece of a dialogue turn), marks excluded. */
  parts: { start: number; end: number }[];
  /** The opening mark as typed. */
  open: string;
  /** The closing mark as typed, or null when the quotation is never closed. */
  close: string | null;
  /** Which marks delimit it. */
  family: MarkFamily | 'dialogue';
  /** Dialogue only: the narrator's interjections (`—dijo Petro—`) inside the turn. */
  interjections?: { start: number; end: number }[];
  /** Dialogue only: the turn is a Q&A label turn (`P.`, `R.`, `Q:`), with the label's text. */
  label?: string;
}

/** Deepest nesting the scanner follows; deeper openers are ignored (keeps the pass linear). */
export const MAX_QUOTE_DEPTH = 8;

interface Open {
  family: MarkFamily;
  openPos: number;
  openChar: string;
  parts: { start: number; end: number }[];
  partStart: number;
}

const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', '«', '‹', '“', '‘', '"', "'", '¿', '¡', '„', ':', '|', '…']);
/** Words written with a leading apostrophe. */
const ELISIONS = /^(?:em|tis|twas|til|cause|bout|n|cept|nuff|fraid)(?![\p{L}\p{N}])/iu;
const DIGIT_ELISION = /^\d\d(?:s|’s|'s)?(?![\p{L}\p{N}])/u;

/** Whether a quote mark after `prev` (a space, the start, or opening punctuation) can open a quotation. */
export function isOpeningContext(prev: string | undefined): boolean {
  return isSpace(prev) || OPENING_CONTEXT.has(prev!);
}

function isDoubleFamily(f: MarkFamily): boolean {
  return f === 'double' || f === 'guillemet' || f === 'straightDouble';
}

/** Reopening marks that continue an open quotation of `family` at the start of the next paragraph. */
function reopens(family: MarkFamily, ch: string): boolean {
  if (family === 'double') return ch === '“' || ch === '„' || ch === '”';
  if (family === 'guillemet') return ch === '«' || ch === '»' || ch === '“';
  if (family === 'straightDouble') return ch === '"';
  return false;
}

/**
 * Whether the first mark of `family` in paragraph `para` closes (`… either,” Cárdenas said.`): a quotation left
 * open at the end of the paragraph before runs on into it. Looks at most {@link CLOSE_LOOKAHEAD} characters.
 */
function closesFirst(family: MarkFamily, text: string, para: Paragraph): boolean {
  const end = Math.min(para.contentEnd, para.contentStart + CLOSE_LOOKAHEAD);
  for (let i = para.contentStart; i < end; i++) {
    const ch = text[i];
    if (family === 'double') {
      if (ch === '”') return true;
      if (ch === '“' || ch === '„') return false;
    } else if (family === 'guillemet') {
      if (ch === '»') return true;
      if (ch === '«') return false;
    } else if (ch === '"') {
      return !isSpace(text[i - 1]) && !isOpeningContext(text[i - 1]);
    }
  }
  return false;
}

/** How far into the next paragraph {@link closesFirst} looks for the closing mark of an open quotation. */
const CLOSE_LOOKAHEAD = 2000;

/**
 * Whether the mark at `i` follows a finished sentence: spaces, then `.`, `!`, `?` or `…` (not an abbreviation's
 * single letter), looking back no further than `from`.
 */
function afterSentenceEnd(text: string, i: number, from: number): boolean {
  let k = i - 1;
  if (k < from || !isSpace(text[k])) return false;
  while (k >= from && isSpace(text[k])) k--;
  if (k < from) return false;
  const c = text[k];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  // `U.S. “…”`, `Mr. “…”`: a one-letter or title abbreviation is no sentence end.
  let w = k - 1;
  while (w >= from && isWordChar(text[w])) w--;
  const word = text.slice(w + 1, k);
  return c !== '.' || !(word.length === 1 || PREPOSITIVE_ABBREVIATIONS.has(word.toLowerCase()));
}

/** A ’ or ' that belongs to an elision such as `rock ’n’ roll`: the closing half of `’n’`. */
function isClosingElision(text: string, i: number): boolean {
  return i >= 2 && (text[i - 1] === 'n' || text[i - 1] === 'N') && "’‘'".includes(text[i - 2]) && isSpace(text[i - 3]);
}

/** Scans `text` for quote-mark quotations (paragraphs may be passed when already computed). */
export function scanQuoteMarks(text: string, paragraphs: readonly Paragraph[] = findParagraphs(text)): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Open[] = [];

  const emit = (o: Open, end: number, closePos: number | null, closeChar: string | null) => {
    // Unclosed: end at the last non-space before `end`.
    let e = end;
    if (closePos === null) while (e > o.partStart && isSpace(text[e - 1])) e--;
    const parts = [...o.parts, { start: o.partStart, end: Math.max(o.partStart, e) }];
    out.push({
      outerStart: o.openPos,
      outerEnd: closePos === null ? Math.max(o.partStart, e) : closePos + 1,
      parts,
      open: o.openChar,
      close: closeChar,
      family: o.family,
    });
  };

  /** Closes stack entries above index k as unclosed at `pos`. */
  const unwindAbove = (k: number, pos: number) => {
    while (stack.length > k + 1) {
      const o = stack.pop()!;
      if (isDoubleFamily(o.family) || o.family === 'singleGuillemet') emit(o, pos, null, null);
    }
  };

  const findOpen = (pred: (f: MarkFamily) => boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (pred(stack[k].family)) return k;
    return -1;
  };

  const close = (k: number, pos: number, ch: string) => {
    unwindAbove(k, pos);
    const o = stack.pop()!;
    emit(o, pos, pos, ch);
  };

  const open = (family: MarkFamily, pos: number, ch: string) => {
    if (stack.length >= MAX_QUOTE_DEPTH) return;
    stack.push({ family, openPos: pos, openChar: ch, parts: [], partStart: pos + 1 });
  };

  let skipReopenAt = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i];
      if (i === skipReopenAt) continue;
      const prev = i > 0 ? text[i - 1] : undefined;
      const next = i + 1 < text.length ? text[i + 1] : undefined;
      switch (ch) {
        case '“':
        case '„':
        case '‟': {
          const k = findOpen((f) => f === 'double');
          if (ch === '“' && k >= 0 && !isSpace(prev) && !isOpeningContext(prev) && !isWordChar(next)) close(k, i, ch);
          else {
            // An opener after a finished sentence while a double quote is open: the open one was never closed
            // (a long quotation whose paragraph break was lost reopens here), not a quote nested in it.
            if (k >= 0 && afterSentenceEnd(text, i, para.start)) {
              unwindAbove(k, i);
              emit(stack.pop()!, i, null, null);
            }
            open('double', i, ch);
          }
          break;
        }
        case '”': {
          const k = findOpen((f) => f === 'double');
          if (k >= 0) close(k, i, ch);
          else if (isOpeningContext(prev) && !isSpace(next)) open('double', i, ch);
          break;
        }
        case '«':
          open('guillemet', i, ch);
          break;
        case '»': {
          const k = findOpen((f) => f === 'guillemet');
          if (k >= 0) close(k, i, ch);
          break;
        }
        case '‹':
          open('singleGuillemet', i, ch);
          break;
        case '›': {
          const k = findOpen((f) => f === 'singleGuillemet');
          if (k >= 0) close(k, i, ch);
          break;
        }
        case '‘': {
          if (isWordChar(prev)) break; // typo'd apostrophe inside a word
          const rest = text.slice(i + 1, i + 8);
          if (DIGIT_ELISION.test(rest) || ELISIONS.test(rest)) break;
          const k = findOpen((f) => f === 'single');
          if (k >= 0 && !isSpace(prev) && !isOpeningContext(prev) && !isWordChar(next)) close(k, i, ch);
          else if (!isSpace(next)) open('single', i, ch);
          break;
        }
        case '’': {
          if (isWordChar(prev) && isWordChar(next)) break; // Petro’s, don’t
          if (isOpeningContext(prev)) break; // ’90s, ’em, ’n’
          if (isClosingElision(text, i)) break; // rock ’n’ roll
          const k = findOpen((f) => f === 'single');
          if (k >= 0) close(k, i, ch);
          break;
        }
        case '"': {
          const k = findOpen((f) => f === 'straightDouble');
          if (k >= 0 && !isSpace(prev)) close(k, i, ch);
          else if (isOpeningContext(prev) && !isSpace(next)) {
            if (k >= 0) {
              // A second opener while one is open: the first was never closed.
              unwindAbove(k, i);
              emit(stack.pop()!, i, null, null);
            }
            open('straightDouble', i, ch);
          }
          break;
        }
        case "'": {
          if (isWordChar(prev) && isWordChar(next)) break; // don't
          const k = findOpen((f) => f === 'straightSingle');
          if (k >= 0 && !isSpace(prev) && !isWordChar(next)) {
            if (!isClosingElision(text, i)) close(k, i, ch);
          } else if (isOpeningContext(prev) && isWordChar(next)) {
            const rest = text.slice(i + 1, i + 8);
            if (DIGIT_ELISION.test(rest) || ELISIONS.test(rest)) break;
            open('straightSingle', i, ch);
          }
          break;
        }
        default:
          break;
      }
    }

    if (stack.length === 0) continue;
    // End of paragraph: continue the outermost double quote into a paragraph that reopens it.
    let q = p + 1;
    while (q < paragraphs.length && paragraphs[q].contentStart === paragraphs[q].contentEnd) q++;
    const bottom = stack[0];
    const nextPara = q < paragraphs.length ? paragraphs[q] : undefined;
    if (nextPara && isDoubleFamily(bottom.family) && reopens(bottom.family, text[nextPara.contentStart])) {
      unwindAbove(0, para.contentEnd);
      bottom.parts.push({ start: bottom.partStart, end: Math.max(bottom.partStart, para.contentEnd) });
      bottom.partStart = nextPara.contentStart + 1;
      skipReopenAt = nextPara.contentStart;
      p = q - 1; // blank paragraphs in between hold nothing
    } else if (nextPara && isDoubleFamily(bottom.family) && closesFirst(bottom.family, text, nextPara)) {
      // A line break inside the quotation (text with one sentence per line): the next paragraph closes it before
      // it opens anything of that family. The quotation goes on there, as one more part.
      unwindAbove(0, para.contentEnd);
      bottom.parts.push({ start: bottom.partStart, end: Math.max(bottom.partStart, para.contentEnd) });
      bottom.partStart = nextPara.contentStart;
      p = q - 1;
    } else {
      unwindAbove(-1, para.contentEnd);
    }
  }
  out.sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  return out;
}
