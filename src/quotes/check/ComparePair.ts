/**
 * What a quote is compared with, and the thresholds of the comparison.
 * @module
 */
import type { Span } from '../../types.js';

/** Least span score (see `SourceMatch.score`) for negation and omission checks. */
export const CONFIDENT_SCORE = 0.5;

/** Thresholds of the word-level comparison. */
export interface CompareOptions {
  /** A token counts as rendered when it links at or above this strength to the other side. Default 0.3. */
  linkStrength: number;
  /** Least number of consecutive unrendered content words reported as an omission or addition. Default 3. */
  minRun: number;
  /** Report `wording` findings (one content word replaced by a non-translation). Default true. */
  wording: boolean;
}

/** Defaults of {@link CompareOptions}. */
export const DEFAULT_COMPARE: Readonly<CompareOptions> = Object.freeze({ linkStrength: 0.3, minRun: 3, wording: true });

/** What is compared: the quote and the source span, each with the full text it lives in. */
export interface ComparePair {
  /** The English text and the quote's span in it. */
  en: string;
  quote: Span;
  /** The source text and the source span in it. */
  src: string;
  source: Span;
  /** True when the span was found through the context (a short partial quote): no omission/addition check. */
  partial: boolean;
  /** True when the span renders the quote closely (its score reached {@link CONFIDENT_SCORE}): only then are
   * negation and omission checked, since a loosely matched span holds words the quote does not render. */
  confident: boolean;
  /** True when the source span is a whole quoted passage of the source. */
  whole?: boolean;
  /**
   * When the span was found for a clause of the quote only (the rest has no source): that clause's offsets in
   * `en`. Values outside it are not reported as missing from the source (the rest is reported as an addition).
   */
  part?: { start: number; end: number };
  /**
   * True when the span was found through the quote's English sentence, not the quote's own words: its edges are
   * the linked words', so a value one side has and the other lacks is not evidence of a change.
   */
  loose?: boolean;
}
