/**
 * Shared result types of cotejo. Every result is plain, JSON-serializable data.
 * Offsets are UTF-16 code-unit offsets `[start, end)` into the caller's string, and
 * `text === input.slice(start, end)` always holds.
 * @module
 */

/** A language tag as cotejo detects it: English, Spanish, or undetermined. */
export type Lang = 'en' | 'es' | 'und';

/** A piece of an input string with its exact offsets. */
export interface Span {
  /** The text, exactly `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first code unit (inclusive). */
  start: number;
  /** UTF-16 offset after the last code unit (exclusive). */
  end: number;
}

/**
 * What a segmented unit is:
 * - `sentence`: ordinary running text;
 * - `heading`: a line with no final punctuation followed by a line break (a headline or subhead);
 * - `byline`: a byline or attribution line (`— EL PAÍS América (@ElPais) January 9, 2026`);
 * - `links`: a line made only of handles, hashtags and links.
 */
export type SentenceKind = 'sentence' | 'heading' | 'byline' | 'links';

/** A sentence (or heading, byline, line of links) with its offsets, language and kind. */
export interface Sentence extends Span {
  /** Detected language (or the one forced with `options.lang`). */
  lang: Lang;
  /** What kind of unit this is. */
  kind: SentenceKind;
  /** 0-based index of the paragraph (blank-line or line-break separated block) the sentence belongs to. */
  paragraph: number;
}

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';
