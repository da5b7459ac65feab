/**
 * Builds findings with their localized messages.
 * @module
 */
import type { Severity, Span } from '../../types.js';
import { translate, type Locale } from '../../report/i18n.js';
import { FINDING_SEVERITY, type QuoteFinding, type QuoteFindingType } from './QuoteFinding.js';

/** What a finding is built from. */
export interface FindingParts {
  /** English evidence. */
  en: Span;
  /** Spanish evidence, or null. */
  es: Span | null;
  /** The source's value (a string, a list of words, or null). */
  expected?: string | string[] | null;
  /** The English value. */
  actual?: string | string[] | null;
  /** Message variant appended to the type's key (`Missing`, `Dropped`, `Added`). */
  variant?: string;
  /** Severity, when not the type's default ({@link FINDING_SEVERITY}). */
  severity?: Severity;
}

/** `words.join(', ')` as a plain loop: lists of words come with several element kinds, which `join` specializes on. */
function joinWords(words: readonly string[]): string {
  let s = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0) s += ', ';
    if (w !== null && w !== undefined) s += w;
  }
  return s;
}

function show(v: string | string[] | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : joinWords(v);
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

/**
 * Builds a finding of `type` with the message `quotes:<type><variant>` translated into `locale`.
 * `expected`/`actual` are kept on the finding when given.
 */
export function makeFinding(type: QuoteFindingType, parts: FindingParts, locale: Locale): QuoteFinding {
  const message = translate(`quotes:${type}${parts.variant ?? ''}`, { expected: show(parts.expected), actual: show(parts.actual) }, locale);
  const f: Record<string, unknown> = {
    type,
    severity: parts.severity ?? FINDING_SEVERITY[type],
    en: parts.en,
    es: parts.es,
    message,
  };
  if (parts.expected !== undefined) f.expected = parts.expected;
  if (parts.actual !== undefined) f.actual = parts.actual;
  return f as unknown as QuoteFinding;
}
