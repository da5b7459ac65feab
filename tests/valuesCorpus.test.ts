/**
 * The meaning anchors (values, names, negation) on the corpus fixtures: for every gold quote with a Spanish source,
 * a check must raise a flag exactly when the gold lists the planted finding (number/date, entity, negation), and
 * every gold claim must compare as planted.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames, compareNegation, compareValues, extractNames, extractValues, matchNames, matchValues } from '../src/index.js';

/** Floors for precision and recall of each check on the corpus (reached: 1.0 each, 80 sourced quotes; the stricter
 * negation count flags one added negated clause, precision 0.75). The corpus was used in development: these are
 * development figures; the held-out ones are in valuesNtrex.test.ts. */
const FLOORS = { values: 0.95, names: 0.95, negation: 0.95, negationCount: 0.75 } as const;

interface GoldQuote {
  text: string;
  status: string;
  source: { text: string } | null;
  findings?: string[];
}
interface Gold {
  id: string;
  quotes: GoldQuote[];
  claims?: { type: string; en: string; es: string }[];
}

const root = new URL('../corpus/', import.meta.url);
const golds: Gold[] = readdirSync(root)
  .filter((d) => existsSync(new URL(`${d}/gold.json`, root)))
  .map((d) => JSON.parse(readFileSync(new URL(`${d}/gold.json`, root), 'utf8')) as Gold);

function valueFlag(en: string, es: string): boolean {
  return matchValues(extractValues(en, { lang: 'en' }), extractValues(es, { lang: 'es' })).mismatched.length > 0;
}
function nameFlag(en: string, es: string): boolean {
  return matchNames(extractNames(en, { lang: 'en' }), extractNames(es, { lang: 'es' })).mismatched.length > 0;
}
function negationFlag(en: string, es: string): boolean {
  return !compareNegation(en, es).same;
}
function negationStrictFlag(en: string, es: string): boolean {
  return !compareNegation(en, es).sameCount;
}

interface Tally { tp: number; fp: number; fn: number; misses: string[] }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [] });
const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

describe('meaning anchors on the corpus', () => {
  const checks = {
    values: { flag: valueFlag, wants: (f: Set<string>) => f.has('number') || f.has('date'), t: tally() },
    names: { flag: nameFlag, wants: (f: Set<string>) => f.has('entity'), t: tally() },
    negation: { flag: negationFlag, wants: (f: Set<string>) => f.has('negation'), t: tally() },
    negationCount: { flag: negationStrictFlag, wants: (f: Set<string>) => f.has('negation'), t: tally() },
  };
  let sourced = 0;
  for (const g of golds) {
    for (const q of g.quotes) {
      if (!q.source) continue;
      sourced++;
      const f = new Set(q.findings ?? []);
      for (const [name, c] of Object.entries(checks)) {
        const got = c.flag(q.text, q.source.text);
        const want = c.wants(f);
        if (got && want) c.t.tp++;
        else if (got) {
          c.t.fp++;
          c.t.misses.push(`${name} FP ${g.id}: ${q.text}`);
        } else if (want) {
          c.t.fn++;
          c.t.misses.push(`${name} FN ${g.id}: ${q.text}`);
        }
      }
    }
  }

  it('has sourced quotes to check', () => {
    expect(sourced).toBeGreaterThanOrEqual(40);
    console.log(
      [
        `corpus: ${sourced} sourced quotes`,
        '| check | planted | flagged correctly | false flags | missed | precision | recall |',
        '|---|---|---|---|---|---|---|',
        ...Object.entries(checks).map(
          ([name, c]) =>
            `| ${name} | ${c.t.tp + c.t.fn} | ${c.t.tp} | ${c.t.fp} | ${c.t.fn} | ${precision(c.t).toFixed(2)} | ${recall(c.t).toFixed(2)} |`,
        ),
      ].join('\n'),
    );
  });

  it.each(Object.keys(checks) as (keyof typeof checks)[])('%s: precision and recall at or above the floor', (name) => {
    const t = checks[name].t;
    expect(t.tp, 'planted findings of this kind').toBeGreaterThan(0);
    expect(precision(t), t.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS[name]);
    expect(recall(t), t.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS[name]);
  });

  const claims = golds.flatMap((g) => (g.claims ?? []).map((c) => ({ ...c, id: g.id })));
  it.each(claims.map((c) => [c.id, c.type, c.en, c.es] as const))('claim %s (%s): %s vs %s', (_id, type, en, es) => {
    if (type === 'number' || type === 'date') {
      const m = matchValues(extractValues(en, { lang: 'en' }), extractValues(es, { lang: 'es' }));
      expect(m.mismatched.length).toBeGreaterThan(0);
      for (const [a, b] of m.mismatched) expect(compareValues(a, b)).toBe('different');
    } else if (type === 'entity') {
      expect(compareNames(en, es)).toBe('different');
    } else if (type === 'diacritics') {
      expect(compareNames(en, es)).toBe('diacritics');
    }
  });
});
