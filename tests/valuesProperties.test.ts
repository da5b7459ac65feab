import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues, extractValues, matchValues } from '../src/index.js';
import { describeWorstCases } from './helpers/worstCases.js';

/** Strings built from the pieces values are made of, so the scanner's corners get exercised. */
const valueish = fc
  .array(
    fc.constantFrom(
      '1', '12', '000', '.', ',', ' ', '\u00a0', '$', 'US', '€', '%', 'por', 'ciento', 'percent', 'millones', 'mil',
      'billion', 'billón', 'de', 'enero', 'January', 'May', '9', '2026', '/', '-', ':', 'a.', 'm.', 'p.m.', 'st', 'º',
      'dos', 'twenty-', 'y', 'cinco', 'medio', 'half', 'a', 'miércoles', 'S/', 'dólares', '\n', '\ud800', '\udc00', '😀',
      'https://t.co/', '1.2.3', 'more than', 'más de', 'Sept.', 'EUR', 'h',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), valueish);
const lang = fc.constantFrom('en' as const, 'es' as const, 'auto' as const);

describe('extractValues properties', () => {
  it('never throws; spans are exact, ordered and non-overlapping; results are JSON data', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        const vs = extractValues(text, { lang: l });
        let last = 0;
        for (const v of vs) {
          expect(text.slice(v.start, v.end)).toBe(v.text);
          expect(v.start).toBeGreaterThanOrEqual(last);
          expect(v.end).toBeGreaterThan(v.start);
          last = v.end;
          if (v.type === 'unparsed') expect(v.uncertain).toBe(true);
          else if (typeof v.value === 'number') expect(Number.isFinite(v.value)).toBe(true);
          if (v.uncertain) expect(v.reason).toBeDefined();
        }
        expect(JSON.parse(JSON.stringify(vs))).toEqual(vs);
      }),
      { numRuns: 400 },
    );
  });

  it('compareValues is total and symmetric in its verdict; matchValues partitions its inputs', () => {
    fc.assert(
      fc.property(valueish, valueish, (a, b) => {
        const en = extractValues(a, { lang: 'en' });
        const es = extractValues(b, { lang: 'es' });
        for (const x of en) for (const y of es) expect(compareValues(x, y)).toBe(compareValues(y, x));
        const m = matchValues(en, es);
        const enCount = m.pairs.length + m.mismatched.length + m.uncertain.length + m.onlyEn.length;
        const esCount = m.pairs.length + m.mismatched.length + m.uncertain.length + m.onlyEs.length;
        expect(enCount).toBe(en.length);
        expect(esCount).toBe(es.length);
        for (const [x, y] of m.pairs) expect(compareValues(x, y)).toBe('same');
        for (const [x, y] of m.mismatched) expect(compareValues(x, y)).toBe('different');
      }),
      { numRuns: 200 },
    );
  });

  it('reads a number written in either locale the same way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.integer({ min: 1, max: 99 }), (int, frac) => {
        const en = `${int.toLocaleString('en-US')}.${String(frac).padStart(2, '0')}`;
        const es = `${int.toLocaleString('en-US').replace(/,/g, '.')},${String(frac).padStart(2, '0')}`;
        const [a] = extractValues(en, { lang: 'en' });
        const [b] = extractValues(es, { lang: 'es' });
        expect(a.value).toBeCloseTo(int + frac / 100, 6);
        expect(compareValues(a, b)).toBe('same');
      }),
    );
  });
});

// [name, repeated piece, budget in ms for 1 MB]. The cases must take under a second even on a loaded
// 2-core machine; the dense cases (a value every few characters) get a looser absolute budget, and every case
// must scale linearly (1 MB within 8x the time of 256 KB).
describeWorstCases('extractValues worst cases (linear time)', (text) => extractValues(text), [
  ['"1.1.1.…"', '1.', 1000],
  ['digits', '7', 1000],
  ['"1,"', '1,', 1000],
  ['commas', ',', 1000],
  ['lone surrogates', '\ud800', 1000],
  ['"https://"', 'https://', 1000],
  ['"$1 "', '$1 ', 5000],
  ['"9 de enero de "', '9 de enero de ', 5000],
  ['"dos mil "', 'dos mil ', 5000],
  ['"1/1/"', '1/1/', 5000],
  ['"1 a. m. "', '1 a. m. ', 5000],
  ['"1 y " (a day list that never reaches its month)', '1 y ', 5000],
  ['"90 053 " (space-grouped digits)', '90 053 ', 5000],
]);
