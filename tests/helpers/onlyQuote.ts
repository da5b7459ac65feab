import { expect } from 'vitest';
import { findQuoteMismatches } from '../../src/quotes/findQuoteMismatches.js';
import type { QuoteCheck } from '../../src/quotes/check/QuoteFinding.js';
import { checkOffsets } from './checkOffsets.js';

/** The single quote of `en` checked against `es` (offsets verified; fails the test unless exactly one quote). */
export function onlyQuote(en: string, es: string): QuoteCheck {
  const r = findQuoteMismatches(en, es);
  checkOffsets(r, en, es);
  expect(r.quotes).toHaveLength(1);
  return r.quotes[0];
}

/** The Spanish evidence of a quote's omission findings (errors and warnings). */
export const omissions = (q: QuoteCheck): string[] => q.findings.filter((f) => f.type === 'omission' && f.severity !== 'info').map((f) => f.es?.text ?? '');
