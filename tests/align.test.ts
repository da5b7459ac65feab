import { readFileSync, readdirSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CotejoError } from '../src/CotejoError.js';
import { PairCache } from '../src/align/PairCache.js';
import { align, beadTypes, createAnchorScorer, galeChurchAgreement, galeChurchCost, type Alignment, type SentenceScorer } from '../src/align/index.js';

const EN = [
  'The government announced a new plan on Monday.',
  'It will cost 5,000 million euros over four years.',
  'Critics said the plan was too little, too late.',
  'The president defended it in a speech in Madrid.',
  '"We are not going to leave anyone behind," she said.',
  'Unions called a strike for 12 March.',
];
const ES = [
  'El Gobierno anunció un nuevo plan el lunes.',
  'Costará 5.000 millones de euros en cuatro años.',
  'Los críticos dijeron que el plan era poco y tarde.',
  'La presidenta lo defendió en un discurso en Madrid.',
  '«No vamos a dejar a nadie atrás», dijo.',
  'Los sindicatos convocaron una huelga para el 12 de marzo.',
];

/** Parallel-mode invariants: every sentence of both sides in exactly one bead, in order, scores in [0, 1]. */
function checkParallel(r: Alignment, n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of r.beads) {
    for (const e of b.en) expect(e).toBe(i++);
    for (const f of b.es) expect(f).toBe(j++);
    expect(b.en.length + b.es.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
    if (b.weak) expect(b.en.length > 0 && b.es.length > 0).toBe(true);
    if (b.en.length === 0 || b.es.length === 0) expect(b.score).toBe(0);
  }
  expect(i).toBe(n);
  expect(j).toBe(m);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('align, parallel mode', () => {
  it('pairs a translation sentence by sentence', () => {
    const r = align(EN, ES);
    expect(r.beads.map((b) => [b.en, b.es])).toEqual(EN.map((_, k) => [[k], [k]]));
    expect(r.beads.every((b) => b.score > 0.5 && !b.weak)).toBe(true);
    checkParallel(r, EN.length, ES.length);
  });
  it('finds a 1-2 bead when a Spanish sentence is split, and a 0-1 bead for an added one', () => {
    const es = [ES[0], 'Costará 5.000 millones de euros.', 'El gasto se repartirá en cuatro años.', ES[2], 'El tiempo en Madrid fue soleado y caluroso todo el fin de semana.', ES[3], ES[4], ES[5]];
    const r = align(EN, es);
    const shapes = r.beads.map((b) => `${b.en.join(',')}|${b.es.join(',')}`);
    expect(shapes).toContain('1|1,2');
    expect(shapes).toContain('|4');
    checkParallel(r, EN.length, es.length);
  });
  it('works with the lexicon off (language-independent evidence) on a German–French pair', () => {
    const de = ['Die Expedition erreichte 1953 den Gipfel des Everest.', 'Hillary und Tenzing standen um 11.30 Uhr oben.', 'Danach stiegen sie ab.'];
    const fr = ["L'expédition atteignit le sommet de l'Everest en 1953.", 'Hillary et Tenzing y étaient à 11.30 heures.', 'Ensuite ils redescendirent.'];
    const r = align(de, fr, { lexicon: false });
    expect(r.beads.map((b) => [b.en, b.es])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
  it('accepts Sentence arrays and raw text (segmented first), offsets exact', () => {
    const enText = EN.join(' ');
    const esText = ES.join(' ');
    const r = align(enText, esText);
    for (const s of r.en) expect(enText.slice(s.start, s.end)).toBe(s.text);
    for (const s of r.es) expect(esText.slice(s.start, s.end)).toBe(s.text);
    checkParallel(r, r.en.length, r.es.length);
    const again = align(r.en, r.es);
    expect(again.beads).toEqual(r.beads);
  });
  it('takes a custom scorer', () => {
    const calls: string[] = [];
    const scorer = (): SentenceScorer<string> => ({
      name: 'test',
      linkThreshold: 0.5,
      prepare: (t) => t.slice(),
      merge: (p) => p.join(' '),
      score: (a, b) => {
        calls.push(a);
        return a.length === b.length ? 1 : 0;
      },
    });
    const r = align(['aaa', 'bb'], ['xxx', 'yy'], { scorer });
    expect(calls.length).toBeGreaterThan(0);
    expect(r.beads.map((b) => [b.en, b.es])).toEqual([[[0], [0]], [[1], [1]]]);
  });
  it('keeps the invariants on random inputs (property)', () => {
    const sentence = fc.oneof(fc.constantFrom(...EN, ...ES), fc.string({ maxLength: 80 }), fc.constant(''));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 14 }), fc.array(sentence, { maxLength: 14 }), fc.boolean(), fc.integer({ min: 1, max: 4 }), (en, es, lexicon, maxBeadSize) => {
        const r = align(en, es, { lexicon, maxBeadSize });
        checkParallel(r, en.length, es.length);
        for (const b of r.beads) expect(Math.max(b.en.length, b.es.length)).toBeLessThanOrEqual(maxBeadSize);
      }),
      { numRuns: 120 },
    );
  });
  it('keeps the invariants in the banded long-input search (property)', () => {
    const sentence = fc.constantFrom(...EN, ...ES, 'Sí.', '1999', '');
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 40 }), fc.array(sentence, { maxLength: 40 }), fc.boolean(), (en, es, lexicon) => {
        const r = align(en, es, { lexicon, fullSearchCells: 0, bandWidth: 2 });
        checkParallel(r, en.length, es.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('align, comparable mode', () => {
  it('links reordered sentences and leaves unrelated ones unlinked', () => {
    const en = [EN[3], 'The weather in London was cold and rainy all week long.', EN[1], EN[5]];
    const es = [ES[5], ES[1], ES[0], ES[3]];
    const r = align(en, es, { mode: 'comparable' });
    expect(r.beads.map((b) => [b.en, b.es])).toEqual([[[0], [3]], [[1], []], [[2], [1]], [[3], [0]]]);
  });
  it('gives every English sentence exactly one bead, with valid Spanish indices (property)', () => {
    const sentence = fc.oneof(fc.constantFrom(...EN, ...ES), fc.string({ maxLength: 60 }));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.array(sentence, { maxLength: 12 }), fc.boolean(), (en, es, lexicon) => {
        const r = align(en, es, { mode: 'comparable', lexicon });
        expect(r.beads.map((b) => b.en)).toEqual(en.map((_, i) => [i]));
        for (const b of r.beads) {
          for (let k = 1; k < b.es.length; k++) expect(b.es[k]).toBe(b.es[k - 1] + 1);
          for (const f of b.es) expect(f >= 0 && f < es.length).toBe(true);
          expect(b.score >= 0 && b.score <= 1).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('corpus fixtures (gold alignments, comparable mode)', () => {
  const root = new URL('../corpus/', import.meta.url);
  const cases = existsSync(root) ? readdirSync(root).filter((c) => existsSync(new URL(`${c}/gold.json`, root)) && existsSync(new URL(`${c}/segments.json`, root))) : [];
  let tp = 0;
  let found = 0;
  let gold = 0;
  for (const c of cases) {
    const g = JSON.parse(readFileSync(new URL(`${c}/gold.json`, root), 'utf8'));
    const seg = JSON.parse(readFileSync(new URL(`${c}/segments.json`, root), 'utf8'));
    if (!g.alignment || !seg.es?.length) continue;
    const r = align(seg.en.map((s: { text: string }) => s.text), seg.es.map((s: { text: string }) => s.text), { mode: 'comparable' });
    const gl = new Set<string>(g.alignment.flatMap((b: { en: number[]; es: number[] }) => b.en.flatMap((e) => b.es.map((f) => `${e}:${f}`))));
    for (const b of r.beads) for (const e of b.en) for (const f of b.es) {
      found++;
      if (gl.has(`${e}:${f}`)) tp++;
    }
    gold += gl.size;
  }
  it.runIf(gold > 0)('links found are right (precision ≥ 0.9) and cover a share of the gold links', () => {
    expect(tp / found).toBeGreaterThanOrEqual(0.9);
    expect(tp / gold).toBeGreaterThanOrEqual(0.7);
  });
});

describe('options and arguments', () => {
  it('throws CotejoError for bad options and inputs, with what to do', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CotejoError);
        return (e as CotejoError).code;
      }
      return 'none';
    };
    expect(code(() => align([], [], { mode: 'fast' as never }))).toBe('INVALID_OPTION');
    expect(code(() => align([], [], { maxBeadSize: 0 }))).toBe('INVALID_OPTION');
    expect(code(() => align([], [], { maxBeadSize: 2.5 }))).toBe('INVALID_OPTION');
    expect(code(() => align([], [], { lexicon: 'no' as never }))).toBe('INVALID_OPTION');
    expect(code(() => align([], [], { bogus: 1 } as never))).toBe('INVALID_OPTION');
    expect(code(() => align(42 as never, []))).toBe('INVALID_INPUT');
    expect(code(() => align([1] as never, []))).toBe('INVALID_INPUT');
    expect(code(() => align([], [], { scorer: (() => ({})) as never }))).toBe('INVALID_OPTION');
  });
});

describe('building blocks', () => {
  it('PairCache stores and finds pairs, growing as needed, like a Map (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1 << 30), fc.nat(1 << 30), fc.double({ noNaN: true })), { maxLength: 300 }), (entries) => {
        const cache = new PairCache(2);
        const ref = new Map<string, number>();
        for (const [i, j, v] of entries) {
          cache.set(i, j, v);
          ref.set(`${i},${j}`, v);
        }
        for (const [k, v] of ref) {
          const [i, j] = k.split(',').map(Number);
          expect(cache.get(i, j)).toBe(v);
        }
        expect(cache.get(1 << 30, 7)).toBe(ref.get(`${1 << 30},7`));
      }),
      { numRuns: 50 },
    );
  });
  it('bead shapes follow maxBeadSize', () => {
    expect(beadTypes(3).map((t) => t.join('-')).sort()).toEqual(['0-1', '1-0', '1-1', '1-2', '1-3', '2-1', '2-2', '3-1'].sort());
    expect(beadTypes(1).map((t) => t.join('-')).sort()).toEqual(['0-1', '1-0', '1-1']);
  });
  it('Gale–Church agreement is 1 at the expected ratio and falls with the difference', () => {
    expect(galeChurchAgreement(100, 110, 1.1)).toBeCloseTo(1, 5);
    expect(galeChurchAgreement(100, 200, 1.1)).toBeLessThan(0.01);
    expect(galeChurchCost(100, 110, 1.1)).toBeCloseTo(0, 5);
    expect(Number.isFinite(galeChurchCost(1e6, 1, 1))).toBe(true);
  });
  it('the anchor scorer matches numbers across separators, names and cognates', () => {
    const s = createAnchorScorer();
    const [a, b] = s.prepare(['The President said 5,000 people.', 'x'], 'en');
    const [c, d] = s.prepare(['El presidente dijo 5.000 personas.', 'nada que ver aquí'], 'es');
    expect(s.score(a, c)).toBeGreaterThan(s.score(a, d));
    expect(s.score(b, d)).toBe(0);
  });
});
