import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extractQuotes.js';

/**
 * extractQuotes against every corpus case's hand-written gold (corpus/<case>/gold.json): each gold quote is
 * extracted with its exact offsets (as a quote or as one paragraph part of a multi-paragraph quote), each Spanish
 * source passage (notQuotes) comes out as lang 'es', and over the whole corpus kinds and speakers stay at the
 * floors of scripts/eval-quotes-extract.ts.
 */

const CORPUS = 'corpus';
const cases = existsSync(CORPUS) ? readdirSync(CORPUS).filter((c) => existsSync(join(CORPUS, c, 'gold.json'))).sort() : [];

function nth(hay: string, needle: string, occ: number): number {
  let i = hay.indexOf(needle);
  for (let k = 0; k < occ && i !== -1; k++) i = hay.indexOf(needle, i + 1);
  return i;
}

let found = 0;
let kindOk = 0;
let speakerOk = 0;

describe('extractQuotes on the corpus gold', () => {
  for (const name of cases) {
    it(`${name}: extracts every gold quote and recognizes the Spanish passages`, () => {
      const en = readFileSync(join(CORPUS, name, 'en.txt'), 'utf8');
      const gold = JSON.parse(readFileSync(join(CORPUS, name, 'gold.json'), 'utf8'));
      const qs = extractQuotes(en);
      for (const g of gold.quotes) {
        const at = nth(en, g.text, g.occurrence ?? 0);
        const q = qs.find((x) => (x.start === at && x.text === g.text) || x.parts.some((p) => p.start === at && p.text === g.text));
        expect(q, `${name}: “${g.text}”`).toBeDefined();
        found++;
        if (q!.kind === g.kind) kindOk++;
        const s = (q!.speaker ?? '').toLowerCase();
        if (g.speaker === null ? q!.speaker === null : s.endsWith(g.speaker.toLowerCase()) || s.includes(g.speaker.toLowerCase())) speakerOk++;
      }
      for (const nq of gold.notQuotes ?? []) {
        const q = qs.find((x) => x.text === nq);
        expect(q?.lang, `${name}: Spanish passage “${nq.slice(0, 40)}”`).toBe('es');
      }
    });
  }

  it.skipIf(cases.length === 0)('keeps kind and speaker accuracy at their floors', () => {
    expect(found).toBeGreaterThan(0);
    expect(kindOk / found).toBeGreaterThanOrEqual(0.97);
    expect(speakerOk / found).toBeGreaterThanOrEqual(0.96);
  });
});
