/**
 * `segment(text)`: English, Spanish and mixed text into sentences with exact offsets, language and kind.
 * @module
 */
import type { Lang, Sentence } from '../types.js';
import { CotejoError, assertOneOf, assertText } from '../CotejoError.js';
import { isDash } from './chars.js';
import { guessLanguage } from './detectLanguage.js';
import { splitBlocks, type LineBreakMode } from './passes/01-lineBreaks.js';
import { MAX_LINE_UNIT_LENGTH, classifyBlock, isLinksLine } from './passes/02-blockKinds.js';
import { markQuotations } from './passes/03-quotations.js';
import { findListMarks } from './passes/04-lists.js';
import { findSentences } from './passes/05-sentenceBoundaries.js';
import { isHeading } from './passes/06-headings.js';
import { fillUndetermined } from './passes/07-language.js';

/** Options of {@link segment}. */
export interface SegmentOptions {
  /**
   * `'auto'` (default) detects the language of each sentence (bylines and lines of links are `'und'`, and so
   * is a sentence without enough evidence); `'en'` or `'es'` forces it on every unit.
   * Segmentation itself always knows both languages' abbreviations and punctuation.
   */
  lang?: 'auto' | 'en' | 'es';
  /**
   * How a single line break is read:
   * - `'auto'` (default): it ends a unit (headlines, bylines, one paragraph a line), unless the line ends
   *   inside a hyphenated word (`inter-`) or the next line starts with `.`, `,`, `;`, `)` or `]`;
   * - `'paragraph'`: every line break ends a unit;
   * - `'wrap'`: only blank lines do (hard-wrapped text: PDF extractions, e-mail, plain-text books).
   */
  lineBreaks?: LineBreakMode;
  /**
   * Sentences inside quotations:
   * - `'keep'` (default): a final mark inside a quotation ends the sentence only where the quotation ends it
   *   (`«No es una huelga política. Es una huelga por hambre», dijo Benítez.` is one unit);
   * - `'split'`: each sentence of a quotation is a unit of its own, the attribution staying with the last one
   *   (`«No es una huelga política.` | `Es una huelga por hambre», dijo Benítez.`), for sentence-by-sentence
   *   alignment of long quotations. Brackets are never split.
   */
  quotations?: 'keep' | 'split';
}

/** Defaults of {@link SegmentOptions}. */
export const DEFAULT_SEGMENT_OPTIONS: Readonly<Required<SegmentOptions>> = Object.freeze({
  lang: 'auto',
  lineBreaks: 'auto',
  quotations: 'keep',
});

const LANG_VALUES = ['auto', 'en', 'es'] as const;
const LINE_BREAK_VALUES = ['auto', 'paragraph', 'wrap'] as const;
const QUOTATION_VALUES = ['keep', 'split'] as const;

function resolveOptions(options: SegmentOptions | undefined): Required<SegmentOptions> {
  if (options === undefined) return DEFAULT_SEGMENT_OPTIONS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CotejoError('INVALID_OPTION', "options must be an object, e.g. { lang: 'auto' }.", 'options');
  }
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_SEGMENT_OPTIONS)) {
      throw new CotejoError(
        'INVALID_OPTION',
        `unknown option '${key}'; segment accepts: ${Object.keys(DEFAULT_SEGMENT_OPTIONS).join(', ')}.`,
        `options.${key}`,
      );
    }
  }
  return {
    lang: options.lang === undefined ? DEFAULT_SEGMENT_OPTIONS.lang : assertOneOf(options.lang, LANG_VALUES, 'options.lang'),
    lineBreaks:
      options.lineBreaks === undefined
        ? DEFAULT_SEGMENT_OPTIONS.lineBreaks
        : assertOneOf(options.lineBreaks, LINE_BREAK_VALUES, 'options.lineBreaks'),
    quotations:
      options.quotations === undefined
        ? DEFAULT_SEGMENT_OPTIONS.quotations
        : assertOneOf(options.quotations, QUOTATION_VALUES, 'options.quotations'),
  };
}

/**
 * Splits `text` into sentences, headings, bylines and lines of links, each with its exact UTF-16 offsets
 * (`text === input.slice(start, end)`, no surrounding whitespace), detected language and paragraph index.
 * Units are in order, never overlap, and every non-whitespace character of the input lies in exactly one.
 *
 * The passes, in order: line breaks → whole-line units (bylines, links) → quotation pairing → inline
 * lists → sentence boundaries (abbreviations of both languages, numbers, URLs, ellipses) → headings →
 * language (per unit; a unit too short to tell takes the language its neighbours agree on). Time is linear in
 * the length of the text.
 *
 * @param text - any text: English, Spanish, mixed; empty gives `[]`.
 * @param options - {@link SegmentOptions}; defaults in {@link DEFAULT_SEGMENT_OPTIONS}.
 * @returns the units, in order.
 * @throws CotejoError `INVALID_INPUT` if `text` is not a string; `INVALID_OPTION` for an unknown option or
 * a bad value.
 *
 * @example
 * ```ts
 * segment('“It was in Colombia.” Petro said so.').map((s) => s.text);
 * // ['“It was in Colombia.”', 'Petro said so.']
 * ```
 */
export function segment(text: string, options?: SegmentOptions): Sentence[] {
  assertText(text);
  const opts = resolveOptions(options);
  const out: Sentence[] = [];
  const blocks = splitBlocks(text, opts.lineBreaks);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const lineKind = classifyBlock(text, block.start, block.end);
    if (lineKind !== undefined) {
      // A line of links has no language, nor has an embedded post's attribution (`— Name (@handle) date`); a
      // byline or dateline takes the language of its words (`By`, `Por`, `de mayo`) or of its neighbours.
      const none = lineKind === 'links' || isDash(text.charCodeAt(block.start));
      out.push(unit(text, block.start, block.end, none ? 'und' : undefined, lineKind, block.paragraph, opts));
      continue;
    }
    const next = blocks[b + 1];
    const marks = markQuotations(text, block.start, block.end, next !== undefined && text.charCodeAt(next.start) === text.charCodeAt(block.start));
    const lists = findListMarks(text, block.start, block.end);
    const units = findSentences(text, block.start, block.end, marks, lists, opts.quotations === 'split');
    const heading =
      units.length === 1 && block.followedByBreak && isHeading(text, units[0].start, units[0].end, units[0].quotedMarks);
    for (const u of units) {
      // a run of links after the last sentence of a post (`… reglas claras. https://t.co/x`) is a unit of links
      const links = units.length > 1 && mayHoldLinks(text, u.start, u.end);
      const kind = links ? 'links' : heading ? 'heading' : 'sentence';
      out.push(unit(text, u.start, u.end, links ? 'und' : undefined, kind, block.paragraph, opts));
    }
  }
  if (opts.lang === 'auto') fillUndetermined(out);
  return out;
}

/** Whether the unit is made only of handles, hashtags and links (cheap checks first: length, `@ # /`). */
function mayHoldLinks(text: string, start: number, end: number): boolean {
  if (end - start > MAX_LINE_UNIT_LENGTH) return false;
  const s = text.slice(start, end);
  return LINK_CHAR.test(s) && isLinksLine(s);
}

const LINK_CHAR = /[@#/＠]/;

function unit(
  text: string,
  start: number,
  end: number,
  lang: Lang | undefined,
  kind: Sentence['kind'],
  paragraph: number,
  opts: Required<SegmentOptions>,
): Sentence {
  const s = text.slice(start, end);
  const l: Lang = opts.lang !== 'auto' ? opts.lang : (lang ?? guessLanguage(s).lang);
  return { text: s, start, end, lang: l, kind, paragraph };
}
