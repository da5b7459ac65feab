/**
 * Spans of findings, and findings on one token against one token.
 * @module
 */
import type { Span } from '../../types.js';
import type { Locale } from '../../report/i18n.js';
import type { ComparePair } from './ComparePair.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';

/** The span `[start, end)` of `text`, with its text. */
export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** A finding on one English token of the quote against one Spanish token of its source (`expected` is the source's). */
export function tokenFinding(
  type: 'entity' | 'diacritics' | 'wording',
  p: ComparePair,
  a: { start: number; end: number; text: string },
  b: { start: number; end: number; text: string },
  locale: Locale,
): QuoteFinding {
  return makeFinding(
    type,
    {
      en: span(p.en, p.quote.start + a.start, p.quote.start + a.end),
      es: span(p.src, p.source.start + b.start, p.source.start + b.end),
      expected: b.text,
      actual: a.text,
    },
    locale,
  );
}
