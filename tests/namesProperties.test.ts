import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, extractNames } from '../src/index.js';
import { describeWorstCases } from './helpers/worstCases.js';

const nameish = fc
  .array(
    fc.constantFrom(
      'Gustavo', 'Petro', 'de', 'la', 'Casa', 'EE', 'UU', 'U', 'S', '.', ' ', '@', '#', '_', 'x1', 'The', 'El', 'President',
      'Colombian', '’s', "'s", '-', 'García', 'Peña', 'EXCLUSIVA', '\n', '“', '!', '\ud800', '\udfff', '😀', 'https://t.co/',
      'enero', 'January', 'ÉL', 'Ñ', 'Viajó', 'of', 'Secretary', 'State',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), nameish);

describe('extractNames properties', () => {
  it('never throws; spans are exact, ordered, non-overlapping', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en' as const, 'es' as const, 'auto' as const), (text, lang) => {
        const ms = extractNames(text, { lang });
        let last = 0;
        for (const m of ms) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
        }
        expect(JSON.parse(JSON.stringify(ms))).toEqual(ms);
      }),
      { numRuns: 400 },
    );
  });

  it('compareNames is total, symmetric and reflexive on names', () => {
    fc.assert(
      fc.property(nameish, nameish, (a, b) => {
        expect(compareNames(a, b)).toBe(compareNames(b, a));
        const r = compareNames(a, a);
        // reflexive, unless nothing name-like is left once the @/# and a possessive are removed
        expect(r === 'same' || /^[^\p{L}\p{N}]*$/u.test(a.trim().replace(/^[@#]/, '').replace(/['’]s$/u, ''))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describeWorstCases('extractNames worst cases (linear time)', (text) => extractNames(text), [
  ['capitalized words', 'Aa ', 5000],
  ['"1.1.1.…"', '1.', 1000],
  ['commas', ',', 1000],
  ['lone surrogates', '\ud800', 1000],
  ['"de la Casa "', 'de la Casa ', 5000],
  ['dotted initials "EE. "', 'EE. ', 5000],
  ['"@a "', '@a ', 5000],
  ['all caps words', 'ABC ', 5000],
]);
