/**
 * The quotations of a text as the checker needs them: offsets, language and speaker, read from
 * {@link extractQuotes} (the quote extractor owns marks, kinds, language and speaker attribution).
 * @module
 */
import type { Lang, Span } from '../../types.js';
import * as extraction from '../extractQuotes.js';
import { scanQuoteMarks } from '../extract/scanQuoteMarks.js';
import { detectQuoteLanguage } from '../extract/detectQuoteLanguage.js';

/** A quotation to check. */
export interface QuoteToCheck extends Span {
  /** Language of the quoted words. */
  lang: Lang;
  /** The speaker's name as the text gives it, or null. */
  speaker: string | null;
}

type ExtractFn = (text: string, options?: Record<string, unknown>) => Record<string, unknown>[];

function speakerName(s: unknown): string | null {
  if (typeof s === 'string') return s || null;
  if (s && typeof s === 'object') {
    const o = s as Record<string, unknown>;
    for (const k of ['name', 'text']) if (typeof o[k] === 'string' && o[k]) return o[k] as string;
  }
  return null;
}

/** Every quotation of `text` with its language and speaker. Never throws on odd text. */
export function quotationsOf(text: string): QuoteToCheck[] {
  const fn = (extraction as unknown as { extractQuotes?: ExtractFn }).extractQuotes;
  if (typeof fn === 'function') {
    return fn(text).map((q) => {
      const start = q.start as number;
      const end = q.end as number;
      return { text: text.slice(start, end), start, end, lang: (q.lang as Lang) ?? 'und', speaker: speakerName(q.speaker) };
    });
  }
  // Until the extractor is available: paired marks only, language by votes, no speaker.
  const out: QuoteToCheck[] = [];
  for (const r of scanQuoteMarks(text)) {
    if (r.family === 'dialogue') continue;
    for (const p of r.parts) {
      if (p.end <= p.start) continue;
      const t = text.slice(p.start, p.end);
      out.push({ text: t, start: p.start, end: p.end, lang: detectQuoteLanguage(t, 'und'), speaker: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
