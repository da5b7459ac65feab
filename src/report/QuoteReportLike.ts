import type { Severity, Span } from '../types.js';

/**
 * A finding as the report functions read it: a discriminated `type`, a `severity`, the English
 * evidence, the Spanish evidence (or null) and a localized `message`. Structurally compatible with
 * the findings of `findQuoteMismatches()`.
 */
export interface FindingLike {
  /** What kind of finding (`number`, `date`, `negation`, `unsourced`…). */
  type: string;
  /** How serious it is. */
  severity: Severity;
  /** English evidence (offsets into the English text). */
  en: Span;
  /** Spanish evidence (offsets into the source text), or null. */
  es: Span | null;
  /** Human-readable, localized message. */
  message: string;
}

/** The source a quotation was matched to. */
export interface QuoteSourceLike extends Span {
  /** Who says it in the source, when known. */
  speaker?: string | null;
}

/** One checked quotation. */
export interface QuoteLike extends Span {
  /** Who the English article says is speaking, or null. */
  speaker: string | null;
  /** The Spanish passage it renders, or null when none was found. */
  source: QuoteSourceLike | null;
  /** `match`, `mismatch` or `unsourced`. */
  status: 'match' | 'mismatch' | 'unsourced' | (string & {});
  /** What differs between the quotation and its source. */
  findings: readonly FindingLike[];
}

/**
 * What the report functions need from a quote report: the quotations and the claims (findings
 * outside quotations). `findQuoteMismatches()`'s result satisfies it.
 */
export interface QuoteReportLike {
  /** Every checked quotation, in text order. */
  quotes: readonly QuoteLike[];
  /** Findings about reported (non-quoted) claims. */
  claims: readonly FindingLike[];
}
