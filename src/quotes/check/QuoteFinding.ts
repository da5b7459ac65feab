/**
 * Result types of the quote checker ({@link findQuoteMismatches}). Plain JSON-serializable data.
 * @module
 */
import type { Severity, Span } from '../../types.js';

/**
 * What a finding reports:
 * - `number`: a number in the English differs in value from the Spanish source (error);
 * - `date`: a date (day, month, year, weekday) differs (error);
 * - `entity`: a name in the English is a different name in the source (error);
 * - `diacritics`: the same name written without its accents (`Nicolas Maduro` for `Nicolás Maduro`) (info);
 * - `negation`: one side negates (no, nunca, ni, tampoco, sin / not, never…) and the other does not (error);
 * - `omission`: Spanish content the English leaves out (warning);
 * - `addition`: English content with no Spanish counterpart (warning);
 * - `wording`: a content word rendered by a word that is not a translation of it (país → world) (warning);
 * - `speaker`: the quote is attributed to someone other than the speaker in the source (error);
 * - `unsourced`: no Spanish span renders the quote (info: absence of a source is not proof of an error).
 */
export type QuoteFindingType =
  | 'number'
  | 'date'
  | 'entity'
  | 'diacritics'
  | 'negation'
  | 'omission'
  | 'addition'
  | 'wording'
  | 'speaker'
  | 'unsourced';

/** Every finding type, in the order reports list them. */
export const QUOTE_FINDING_TYPES: readonly QuoteFindingType[] = [
  'speaker',
  'negation',
  'number',
  'date',
  'entity',
  'omission',
  'addition',
  'wording',
  'diacritics',
  'unsourced',
];

/** The default severity of each finding type. */
export const FINDING_SEVERITY: Readonly<Record<QuoteFindingType, Severity>> = {
  number: 'error',
  date: 'error',
  entity: 'error',
  negation: 'error',
  speaker: 'error',
  omission: 'warning',
  addition: 'warning',
  wording: 'warning',
  diacritics: 'info',
  unsourced: 'info',
};

/** Fields every finding has. */
export interface QuoteFindingBase<T extends QuoteFindingType> {
  /** What the finding reports (the union's discriminant). */
  type: T;
  /** How serious it is. */
  severity: Severity;
  /** The English evidence: offsets into the English text. */
  en: Span;
  /** The Spanish evidence: offsets into the source text (the Spanish file, or the English one when it embeds the source); `null` when there is none. */
  es: Span | null;
  /** A human-readable explanation in the requested locale. */
  message: string;
}

/** A number whose value differs: `expected` is the source's value, `actual` the English one (both normalized, e.g. `"12000"`). */
export interface NumberFinding extends QuoteFindingBase<'number'> {
  /** The value in the Spanish source, normalized (`"12000"`), or `null` when the source has no such number. */
  expected: string | null;
  /** The value in the English, normalized. */
  actual: string | null;
}

/** A date that differs: values are normalized (`"2026-01-09"`, `"--01-09"`, `"weekday:3"`). */
export interface DateFinding extends QuoteFindingBase<'date'> {
  /** The date in the source. */
  expected: string | null;
  /** The date in the English. */
  actual: string | null;
}

/** A name that differs from the source's name. */
export interface EntityFinding extends QuoteFindingBase<'entity'> {
  /** The name in the source. */
  expected: string | null;
  /** The name in the English. */
  actual: string;
}

/** The same name without its accents (info). */
export interface DiacriticsFinding extends QuoteFindingBase<'diacritics'> {
  /** The name as the source spells it. */
  expected: string;
  /** The name as the English spells it. */
  actual: string;
}

/** A negation present on one side only. */
export interface NegationFinding extends QuoteFindingBase<'negation'> {
  /** The negation words in the source (`["no"]`), or `[]`. */
  expected: string[];
  /** The negation words in the English, or `[]`. */
  actual: string[];
}

/** Spanish content missing from the English (`es` is the omitted words). */
export interface OmissionFinding extends QuoteFindingBase<'omission'> {
  /** The omitted Spanish words. */
  expected: string;
}

/** English content with no counterpart in the source (`en` is the added words). */
export interface AdditionFinding extends QuoteFindingBase<'addition'> {
  /** The added English words. */
  actual: string;
}

/** A content word rendered by a word that does not translate it. */
export interface WordingFinding extends QuoteFindingBase<'wording'> {
  /** The Spanish word. */
  expected: string;
  /** The English word that stands in its place. */
  actual: string;
}

/** The quote is attributed to someone other than the source's speaker. */
export interface SpeakerFinding extends QuoteFindingBase<'speaker'> {
  /** The speaker in the source. */
  expected: string;
  /** The speaker in the English. */
  actual: string;
}

/** No source span was found (info). */
export interface UnsourcedFinding extends QuoteFindingBase<'unsourced'> {
  es: null;
}

/** One finding of the quote checker: a discriminated union on `type`. */
export type QuoteFinding =
  | NumberFinding
  | DateFinding
  | EntityFinding
  | DiacriticsFinding
  | NegationFinding
  | OmissionFinding
  | AdditionFinding
  | WordingFinding
  | SpeakerFinding
  | UnsourcedFinding;

/**
 * A finding on a claim: an English sentence outside quotes checked against the Spanish sentence it renders
 * (numbers, dates, names only).
 */
export type ClaimFinding = NumberFinding | DateFinding | EntityFinding | DiacriticsFinding;

/** How a quote compares with its source. */
export type QuoteStatus = 'match' | 'mismatch' | 'unsourced';

/** The Spanish span a quote renders. */
export interface QuoteSource extends Span {
  /** Who says it in the source (from Spanish attribution: `dijo X`, `según X`, `X: “…”`), or `null`. */
  speaker: string | null;
}

/** One English quotation and what the checker found. */
export interface QuoteCheck extends Span {
  /** The speaker the English attributes the quote to, or `null`. */
  speaker: string | null;
  /** The Spanish span it renders, or `null` (then `status` is `unsourced`). */
  source: QuoteSource | null;
  /** `match` (no error or warning), `mismatch` (at least one), or `unsourced`. */
  status: QuoteStatus;
  /** What was found, most serious first. */
  findings: QuoteFinding[];
}

/** The result of {@link findQuoteMismatches}: every English quote checked, plus claims outside quotes. */
export interface QuoteReport {
  /** Every English quotation, in order of appearance. */
  quotes: QuoteCheck[];
  /** Number, date and name findings on aligned sentences outside quotes. */
  claims: ClaimFinding[];
}
