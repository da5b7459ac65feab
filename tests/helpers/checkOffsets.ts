import { expect } from 'vitest';
import type { QuoteReport } from '../../src/quotes/check/QuoteFinding.js';

/**
 * A quote report is well formed: every span is an exact slice of its input, every finding has a message,
 * `match` and `unsourced` quotes carry no error or warning, and the report survives a JSON round trip.
 */
export function checkOffsets(r: QuoteReport, en: string, src: string): void {
  for (const q of r.quotes) {
    expect(en.slice(q.start, q.end)).toBe(q.text);
    if (q.source) expect(src.slice(q.source.start, q.source.end)).toBe(q.source.text);
    for (const f of q.findings) {
      expect(en.slice(f.en.start, f.en.end)).toBe(f.en.text);
      if (f.es) expect(src.slice(f.es.start, f.es.end)).toBe(f.es.text);
      expect(typeof f.message).toBe('string');
      expect(f.message.length).toBeGreaterThan(0);
    }
    if (q.status === 'unsourced') expect(q.findings.every((f) => f.severity === 'info')).toBe(true);
    if (q.status === 'match') expect(q.findings.every((f) => f.severity === 'info')).toBe(true);
  }
  for (const c of r.claims) {
    expect(en.slice(c.en.start, c.en.end)).toBe(c.en.text);
    if (c.es) expect(src.slice(c.es.start, c.es.end)).toBe(c.es.text);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}
