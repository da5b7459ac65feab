/**
 * The quotations of a text as the checker needs them: offsets, language and speaker, read from
 * {@link extractQuotes} (the quote extractor owns marks, kinds, language and speaker attribution).
 * @module
 */
import type { Lang, Span } from '../../types.js';
import { extractQuotes } from '../extractQuotes.js';

/** A quotation to check. */
export interface QuoteToCheck extends Span {
  /** Language of the quoted words. */
  lang: Lang;
  /** The speaker's name as the text gives it, or null. */
  speaker: string | null;
}

/**
 * Every quotation of `text` with its language and speaker. A quotation in several pieces (one per paragraph of a
 * multi-paragraph quotation, or the spoken pieces of a dialogue turn around the narrator's interjection) gives
 * one quotation per piece: each piece has its own source span. Never throws on odd text.
 */
export function quotationsOf(text: string): QuoteToCheck[] {
  const out: QuoteToCheck[] = [];
  for (const q of extractQuotes(text)) {
    const pieces = q.parts.length > 1 ? q.parts : [{ text: q.text, start: q.start, end: q.end }];
    for (const p of pieces) {
      if (p.end <= p.start) continue;
      out.push({ text: text.slice(p.start, p.end), start: p.start, end: p.end, lang: q.lang, speaker: q.speaker });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
