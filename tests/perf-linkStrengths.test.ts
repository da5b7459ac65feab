import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkStrengths, COGNATE_STRENGTH, LEX_SCALE, WORDNET_STRENGTH, type LinkMatrix } from '../src/lexicon/linkStrengths.js';
import { prepareBridgeSentence, type BridgeSentence } from '../src/lexicon/prepareBridgeSentence.js';
import { DEFAULT_BRIDGE_OPTIONS } from '../src/lexicon/BridgeOptions.js';
import { formSimilarity, COGNATE_THRESHOLD } from '../src/lexicon/cognateScore.js';
import { getLexicon } from '../src/lexicon/Lexicon.js';
import { linkQuote } from '../src/quotes/check/linkQuote.js';

/**
 * linkStrengths visits only the cells that can link (postings of the Spanish side) on wide windows; these tests
 * pin it to the plain cell-by-cell definition it replaced, on short and whole-article inputs, banded or not.
 */

/** The cell-by-cell definition (the implementation before postings), kept as the reference. */
function reference(en: BridgeSentence, es: BridgeSentence, useLexicon: boolean, useCognates: boolean, maxCells = Number.POSITIVE_INFINITY) {
  const rows = en.tokens.length;
  const cols = es.tokens.length;
  const width = rows * cols <= maxCells ? cols : Math.max(1, Math.min(cols, Math.floor(maxCells / Math.max(1, rows))));
  const n = rows * width;
  const strength = new Float32Array(n);
  const via = new Uint8Array(n);
  const fwd = new Float32Array(n);
  const bwd = new Float32Array(n);
  const lo = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    if (width === cols) lo[i] = 0;
    else {
      const c = Math.round(((i + 0.5) * cols) / rows - width / 2);
      lo[i] = c < 0 ? 0 : c > cols - width ? cols - width : c;
    }
  }
  const lex = useLexicon ? getLexicon() : undefined;
  for (let i = 0; i < rows; i++) {
    for (let j = lo[i]; j < lo[i] + width; j++) {
      const k = i * width + j - lo[i];
      if (lex && en.ids[i] >= 0 && !(en.tokens[i].kind !== 'word' && es.tokens[j].kind !== 'word')) {
        for (let e = lex.rowStart[en.ids[i]]; e < lex.rowStart[en.ids[i] + 1]; e++) {
          if (lex.col[e] !== es.ids[j]) continue;
          fwd[k] = lex.fwd[e];
          bwd[k] = lex.bwd[e];
          let s = Math.max(lex.fwd[e], lex.bwd[e]) * LEX_SCALE;
          if (s > 1) s = 1;
          if (lex.wordnet[e] && s < WORDNET_STRENGTH) s = WORDNET_STRENGTH;
          if (s > 0) {
            strength[k] = s;
            via[k] = 2;
          }
        }
      }
      if (en.tokens[i].norm === es.tokens[j].norm && !(en.stop[i] && es.stop[j])) {
        strength[k] = 1;
        via[k] = 1;
        fwd[k] = 1;
        bwd[k] = 1;
        continue;
      }
      const ef = useCognates ? en.forms[i] : '';
      if (ef && es.forms[j] && ef[0] === es.forms[j][0] && strength[k] < COGNATE_STRENGTH) {
        const sim = formSimilarity(ef, es.forms[j]);
        if (sim >= COGNATE_THRESHOLD && sim * COGNATE_STRENGTH > strength[k]) {
          strength[k] = sim * COGNATE_STRENGTH;
          via[k] = 3;
        }
      }
    }
  }
  return { strength, via, fwd, bwd, lo, rows, cols, width };
}

function same(m: LinkMatrix, r: ReturnType<typeof reference>): void {
  expect([m.rows, m.cols, m.width]).toEqual([r.rows, r.cols, r.width]);
  const n = r.rows * r.width;
  expect(Array.from(m.lo.subarray(0, r.rows))).toEqual(Array.from(r.lo));
  expect(Array.from(m.strength.subarray(0, n))).toEqual(Array.from(r.strength));
  expect(Array.from(m.via.subarray(0, n))).toEqual(Array.from(r.via));
  expect(Array.from(m.fwd.subarray(0, n))).toEqual(Array.from(r.fwd));
  expect(Array.from(m.bwd.subarray(0, n))).toEqual(Array.from(r.bwd));
}

const corpus = new URL('../corpus/', import.meta.url);
const articles = readdirSync(corpus)
  .filter((c) => existsSync(new URL(`${c}/es.txt`, corpus)))
  .sort()
  .slice(0, 4)
  .map((c) => ({ en: readFileSync(new URL(`${c}/en.txt`, corpus), 'utf8'), es: readFileSync(new URL(`${c}/es.txt`, corpus), 'utf8') }));

describe('linkStrengths (postings on wide windows) equals the cell-by-cell definition', () => {
  it('short sentences, numbers, identical names and cognates (cell-by-cell path)', () => {
    const en = prepareBridgeSentence('President Petro said 12,000 families lost their homes in the catastrophe.', 'en');
    const es = prepareBridgeSentence('El presidente Petro dijo que 12.000 familias perdieron sus casas en la catástrofe.', 'es');
    same(linkStrengths(en, es, DEFAULT_BRIDGE_OPTIONS, false), reference(en, es, true, true));
    same(linkStrengths(en, es, DEFAULT_BRIDGE_OPTIONS, true), reference(en, es, true, true));
  });

  it('whole articles against whole sources, with and without a band, lexicon or cognates', () => {
    for (const a of articles) {
      const es = prepareBridgeSentence(a.es, 'es');
      const sentences = a.en.split(/(?<=[.!?”"])\s+/u).filter((s) => s.length > 0);
      for (const text of [a.en, ...sentences.slice(0, 6)]) {
        const en = prepareBridgeSentence(text, 'en');
        same(linkStrengths(en, es, DEFAULT_BRIDGE_OPTIONS, false), reference(en, es, true, true));
        same(linkStrengths(en, es, { useLexicon: false, useCognates: true }, false), reference(en, es, false, true));
        same(linkStrengths(en, es, { useLexicon: true, useCognates: false }, true), reference(en, es, true, false));
        const band = Math.max(1, Math.floor((en.tokens.length * es.tokens.length) / 3));
        same(linkStrengths(en, es, DEFAULT_BRIDGE_OPTIONS, true, band), reference(en, es, true, true, band));
      }
    }
  });

  it('a copy of a prepared side with other token objects (as a source subset makes) links the same', () => {
    const a = articles[0];
    const es = prepareBridgeSentence(a.es, 'es');
    const copy = { ...es, tokens: es.tokens.map((t) => ({ ...t })) } as BridgeSentence;
    const en = prepareBridgeSentence(a.en, 'en');
    same(linkStrengths(en, copy, DEFAULT_BRIDGE_OPTIONS, false), reference(en, es, true, true));
  });
});

describe('linkQuote (candidate cells as indices) keeps competitive linking order', () => {
  it('links strongest first, nearest the diagonal on ties, then in reading order', () => {
    const pe = prepareBridgeSentence('the vote the vote was delayed', 'en');
    const pf = prepareBridgeSentence('la votación la votación fue aplazada', 'es');
    const l = linkQuote(pe, pf, 0.3);
    const m = linkStrengths(pe, pf, DEFAULT_BRIDGE_OPTIONS, false);
    // Reference: objects sorted stably by strength, then distance from the diagonal.
    const cand: { i: number; j: number; s: number; d: number }[] = [];
    for (let i = 0; i < m.rows; i++) {
      for (let j = 0; j < m.cols; j++) {
        const s = m.strength[i * m.cols + j];
        if (s >= 0.3) cand.push({ i, j, s, d: Math.abs((i + 0.5) / m.rows - (j + 0.5) / m.cols) });
      }
    }
    cand.sort((a, b) => b.s - a.s || a.d - b.d);
    const pE = new Int32Array(m.rows).fill(-1);
    const pF = new Int32Array(m.cols).fill(-1);
    for (const c of cand) {
      if (pE[c.i] >= 0 || pF[c.j] >= 0) continue;
      pE[c.i] = c.j;
      pF[c.j] = c.i;
    }
    expect(Array.from(l.partnerE)).toEqual(Array.from(pE));
    expect(Array.from(l.partnerF)).toEqual(Array.from(pF));
  });
});

describe('the bridge scorer joins merged units without tokenizing again', () => {
  it('concatenates every field of a prepared sentence (a new per-token field must be joinable)', async () => {
    const { createBridgeScorer } = await import('../src/align/bridgeScorer.js');
    const scorer = createBridgeScorer();
    const [a, b] = scorer.prepare(['The minister said 5,000 people came.', 'They were angry.'], 'en');
    const merged = scorer.merge([a, b]);
    // Concatenation keeps the parts' token objects; preparing the joined text again would make new ones.
    expect(merged.prepared.tokens[0]).toBe(a.prepared.tokens[0]);
    expect(merged.prepared.norms).toEqual([...a.prepared.norms, ...b.prepared.norms]);
  });
});
