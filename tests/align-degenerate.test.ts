import { describe, expect, it } from 'vitest';
import { align, type Alignment } from '../src/align/index.js';

const EN = 'The minister said on Tuesday that 3,400 homes had been damaged by the floods in the north of the country.';
const ES = 'El ministro dijo el martes que 3.400 viviendas resultaron dañadas por las inundaciones en el norte del país.';

function covers(r: Alignment, n: number, m: number): void {
  const en = r.beads.flatMap((b) => b.en);
  const es = r.beads.flatMap((b) => b.es);
  expect(en).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(es).toEqual(Array.from({ length: m }, (_, k) => k));
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

describe('degenerate inputs: sensible beads, no crash, no quadratic blow-up', () => {
  it('empty sides', () => {
    expect(align([], []).beads).toEqual([]);
    expect(align('', '').beads).toEqual([]);
    const r = align([EN, EN], []);
    expect(r.beads).toEqual([
      { en: [0], es: [], score: 0 },
      { en: [1], es: [], score: 0 },
    ]);
    expect(align([], [ES]).beads).toEqual([{ en: [], es: [0], score: 0 }]);
    expect(align([EN], [], { mode: 'comparable' }).beads).toEqual([{ en: [0], es: [], score: 0 }]);
  });

  it('1 against 1,000 sentences: the one English sentence finds its translation, the rest are 0-1', () => {
    const es = Array.from({ length: 1000 }, (_, k) => `Frase de relleno número ${k} sobre otro asunto distinto.`);
    es[617] = ES;
    for (const fullSearchCells of [1_000_000, 0]) {
      const [r, ms] = timed(() => align([EN], es, { fullSearchCells }));
      covers(r, 1, 1000);
      const linked = r.beads.filter((b) => b.en.length && b.es.length);
      expect(linked.map((b) => b.es)).toEqual([[617]]);
      expect(ms).toBeLessThan(5000);
    }
    const c = align([EN], es, { mode: 'comparable' });
    expect(c.beads).toMatchObject([{ en: [0], es: [617] }]);
  });

  it('identical texts align 1-1', () => {
    const text = Array.from({ length: 50 }, (_, k) => `Sentence ${k} says something ${'about this '.repeat(k % 7)}here.`);
    for (const lexicon of [true, false]) {
      const r = align(text, text, { lexicon });
      expect(r.beads.map((b) => [b.en, b.es])).toEqual(text.map((_, k) => [[k], [k]]));
    }
  });

  it('both sides English: still a sensible monotone alignment', () => {
    const text = ['The cat sat on the mat.', 'It was a sunny day in 1999.', 'Everyone went to the beach.'];
    const r = align(text, text);
    expect(r.beads.map((b) => [b.en, b.es])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });

  it('one 100,000-word sentence against a few short ones, both modes', () => {
    const huge = 'word '.repeat(100_000).trim();
    for (const mode of ['parallel', 'comparable'] as const) {
      const [r, ms] = timed(() => align([huge], ['Una frase.', 'Otra frase.', ES], { mode }));
      expect(r.beads.length).toBeGreaterThan(0);
      if (mode === 'parallel') covers(r, 1, 3);
      expect(ms).toBeLessThan(8000);
    }
  });

  it('1 MB of one character as raw text, and runs of marks', () => {
    const [r, ms] = timed(() => align('a'.repeat(1_000_000), '!'.repeat(200_000) + '«'.repeat(1000)));
    covers(r, r.en.length, r.es.length);
    expect(ms).toBeLessThan(10_000);
  });

  it('number-like runs do not make the tokenizer backtrack (lexicon off)', () => {
    const [r, ms] = timed(() => align(['1.'.repeat(300_000) + 'x', '9'.repeat(500_000)], [',1'.repeat(300_000), '1.1,1.'.repeat(100_000)], { lexicon: false }));
    covers(r, 2, 2);
    expect(ms).toBeLessThan(10_000);
  });

  it('long input (3,000 × 3,000) is near-linear: banded search, seconds not minutes', () => {
    const en: string[] = [];
    const es: string[] = [];
    for (let k = 0; k < 3000; k++) {
      en.push(`Report ${k}: the council approved ${k * 7} new permits in district ${k % 13}.`);
      es.push(`Informe ${k}: el consejo aprobó ${k * 7} permisos nuevos en el distrito ${k % 13}.`);
    }
    for (const lexicon of [false, true]) {
      const [r, ms] = timed(() => align(en, es, { lexicon }));
      covers(r, 3000, 3000);
      const right = r.beads.filter((b) => b.en.length === 1 && b.es.length === 1 && b.en[0] === b.es[0]).length;
      expect(right).toBeGreaterThan(2950);
      expect(ms).toBeLessThan(20_000);
    }
  });
});
