import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNegation, findNegations } from '../src/index.js';
import { describeWorstCases } from './helpers/worstCases.js';

const negish = fc
  .array(
    fc.constantFrom('no', 'No', 'not', "n't", 'don’t', 'nunca', 'sin', 'embargo', 'siempre', 'always', 'ni', 'nor', ' ', ',',
      '.', '¿', '?', '\n', 'nadie', 'nada', 'todo', 'el', 'mundo', 'one', '\ud800', '😀', 'solo', 'only'),
    { maxLength: 40 },
  )
  .map((p) => p.join(''));

describe('findNegations properties', () => {
  it('never throws; spans are exact, ordered, non-overlapping', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), negish), fc.constantFrom('en' as const, 'es' as const, 'auto' as const), (text, lang) => {
        const cs = findNegations(text, { lang });
        let last = 0;
        for (const c of cs) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeGreaterThanOrEqual(last);
          last = c.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('compareNegation verdicts are consistent with the counts', () => {
    fc.assert(
      fc.property(negish, negish, (a, b) => {
        const r = compareNegation(a, b);
        expect(r.enCount.negative).toBeGreaterThanOrEqual(0);
        const presence = (r.enCount.negative > 0) === (r.esCount.negative > 0);
        if (r.same) expect(r.enCount.partial).toBe(r.esCount.partial);
        if (presence && r.enCount.partial === r.esCount.partial) expect(r.same).toBe(true);
        if (r.sameCount) expect(r.same).toBe(true);
      }),
    );
  });
});

describeWorstCases('findNegations worst cases (linear time)', (text) => findNegations(text), [
  ['"no "', 'no ', 5000],
  ['"1.1.1.…"', '1.', 1000],
  ['commas', ',', 1000],
  ['lone surrogates', '\ud800', 1000],
  ['"no siempre "', 'no siempre ', 5000],
]);

describe('compareNegation worst case', () => {
  it('compareNegation on 1 MB texts stays linear', () => {
    const big = 'no vino nadie, '.repeat((1 << 20) / 15);
    const t0 = performance.now();
    compareNegation(big, big);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
