/**
 * Builds the shipped English–Spanish lexicon (`src/lexicon/data/lexicon.generated.ts`) from
 * `../shared/data/`: IBM Model 1 word-translation probabilities learned in both directions by EM on
 * Tatoeba `train.tsv` (minus a fixed dev split) and TICO-19, plus WordNet 3.0 / MCR 3.0 lemma pairs.
 * Never reads NTREX, FLORES, Text+Berg or `tatoeba/test.tsv`. Deterministic: same data → same file.
 *
 * Usage: `npm run build:lexicon` (or `npx tsx scripts/build-lexicon.ts [--iterations 5] [--no-wordnet] [--no-rare]`;
 * the flags are for settings studies on the dev split, the shipped table uses none).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokenize } from '../src/lexicon/tokenize.js';
import { lexiconKey, LEXICON_KEY_LENGTH } from '../src/lexicon/stem.js';
import { encodeLevel, LEXICON_FORMAT } from '../src/lexicon/lexiconFormat.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Root of the shared data, resolved from this script's location. */
export const DATA_DIR = path.resolve(here, '../../shared/data');
const OUT = path.resolve(here, '../src/lexicon/data/lexicon.generated.ts');

/**
 * The dev split of Tatoeba train: about 2 % of the pairs, chosen by a hash of the case-folded English
 * sentence (so one English sentence is never on both sides). Excluded from training; used to choose
 * settings and to calibrate `LINK_THRESHOLD`.
 */
export function isDevPair(en: string): boolean {
  let h = 0x811c9dc5;
  const s = en.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 50 === 0;
}

/** Reads Tatoeba `train.tsv` as [en, es] pairs, or null when absent. */
export function readTatoebaTrain(): [string, string][] | null {
  const file = path.join(DATA_DIR, 'tatoeba/train.tsv');
  if (!existsSync(file)) return null;
  return tsvPairs(readFileSync(file, 'utf8'));
}

/** Reads a two-column TSV into pairs. */
export function tsvPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const en = line.slice(0, tab).trim();
    const es = line.slice(tab + 1).split('\t')[0].trim();
    if (en && es) out.push([en, es]);
  }
  return out;
}

/** JSON string literal with every non-ASCII character escaped, so the file is plain ASCII. */
function asciiJson(s: string): string {
  return JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function keys(text: string, lang: 'en' | 'es'): string[] {
  return tokenize(text, { lang }).map((t) => lexiconKey(t.norm, lang));
}

class Vocab {
  ids = new Map<string, number>();
  words: string[] = [];
  counts: number[] = [];
  id(w: string): number {
    let i = this.ids.get(w);
    if (i === undefined) {
      i = this.words.length;
      this.ids.set(w, i);
      this.words.push(w);
      this.counts.push(0);
    }
    this.counts[i]++;
    return i;
  }
}

function main(): void {
  const t0 = performance.now();
  const iterations = Number(process.argv.includes('--iterations') ? process.argv[process.argv.indexOf('--iterations') + 1] : 5);
  const tatoeba = readTatoebaTrain();
  if (!tatoeba) {
    console.log(`build-lexicon: ${DATA_DIR}/tatoeba/train.tsv not found; nothing built (the committed table stays).`);
    return;
  }
  const train = tatoeba.filter(([en]) => !isDevPair(en));
  let ticoCount = 0;
  const ticoEn = path.join(DATA_DIR, 'tico19-en-es/tico19-test.en');
  const ticoEs = path.join(DATA_DIR, 'tico19-en-es/tico19-test.es_LA');
  if (existsSync(ticoEn) && existsSync(ticoEs)) {
    const a = readFileSync(ticoEn, 'utf8').split('\n');
    const b = readFileSync(ticoEs, 'utf8').split('\n');
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i].trim() && b[i].trim()) {
        train.push([a[i].trim(), b[i].trim()]);
        ticoCount++;
      }
    }
  }
  console.log(`pairs: ${train.length} (Tatoeba ${train.length - ticoCount} after removing ${tatoeba.length - (train.length - ticoCount)} dev pairs, TICO-19 ${ticoCount})`);

  // Integer ids; the NULL word of each side is id = vocabulary size (assigned after reading).
  const ve = new Vocab();
  const vf = new Vocab();
  const sentE: Int32Array[] = [];
  const sentF: Int32Array[] = [];
  for (const [en, es] of train) {
    const e = keys(en, 'en');
    const f = keys(es, 'es');
    if (e.length === 0 || f.length === 0 || e.length > 80 || f.length > 80) continue;
    sentE.push(Int32Array.from(e, (w) => ve.id(w)));
    sentF.push(Int32Array.from(f, (w) => vf.id(w)));
  }
  const NE = ve.words.length; // NULL English id
  const NF = vf.words.length; // NULL Spanish id
  // Pair index for every (e or NULL, f or NULL) co-occurrence; per sentence a (|E|+1) x (|F|+1) matrix.
  const pairIndex = new Map<number, number>();
  const pairE: number[] = [];
  const pairF: number[] = [];
  const offsets = new Int32Array(sentE.length + 1);
  let total = 0;
  for (let s = 0; s < sentE.length; s++) {
    offsets[s] = total;
    total += (sentE[s].length + 1) * (sentF[s].length + 1);
  }
  offsets[sentE.length] = total;
  const cells = new Int32Array(total);
  for (let s = 0; s < sentE.length; s++) {
    const E = sentE[s];
    const F = sentF[s];
    let k = offsets[s];
    for (let i = 0; i <= E.length; i++) {
      const e = i < E.length ? E[i] : NE;
      for (let j = 0; j <= F.length; j++) {
        const f = j < F.length ? F[j] : NF;
        if (e === NE && f === NF) {
          cells[k++] = -1;
          continue;
        }
        const key = e * (NF + 1) + f;
        let p = pairIndex.get(key);
        if (p === undefined) {
          p = pairE.length;
          pairIndex.set(key, p);
          pairE.push(e);
          pairF.push(f);
        }
        cells[k++] = p;
      }
    }
  }
  const P = pairE.length;
  const pe = Int32Array.from(pairE);
  const pf = Int32Array.from(pairF);
  console.log(`vocab en ${NE}, es ${NF}; ${P} distinct pairs; ${total} cells (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  /** EM for t(target | source); `fToE` false: t(f|e) (Spanish given English), true: t(e|f). */
  function em(fToE: boolean): Float64Array {
    const t = new Float64Array(P).fill(1);
    const count = new Float64Array(P);
    const totals = new Float64Array(Math.max(NE, NF) + 1);
    for (let it = 0; it < iterations; it++) {
      count.fill(0);
      for (let s = 0; s < sentE.length; s++) {
        const ne = sentE[s].length + 1;
        const nf = sentF[s].length + 1;
        const base = offsets[s];
        if (!fToE) {
          // each real f is generated by some e (or NULL): columns j < nf-1, rows i in [0, ne)
          for (let j = 0; j < nf - 1; j++) {
            let z = 0;
            for (let i = 0; i < ne; i++) z += t[cells[base + i * nf + j]];
            for (let i = 0; i < ne; i++) {
              const p = cells[base + i * nf + j];
              count[p] += t[p] / z;
            }
          }
        } else {
          for (let i = 0; i < ne - 1; i++) {
            let z = 0;
            for (let j = 0; j < nf; j++) z += t[cells[base + i * nf + j]];
            for (let j = 0; j < nf; j++) {
              const p = cells[base + i * nf + j];
              count[p] += t[p] / z;
            }
          }
        }
      }
      totals.fill(0);
      const src = fToE ? pf : pe;
      for (let p = 0; p < P; p++) totals[src[p]] += count[p];
      for (let p = 0; p < P; p++) t[p] = totals[src[p]] > 0 ? count[p] / totals[src[p]] : 0;
    }
    return t;
  }
  const tFE = em(false); // p(es | en)
  const t1 = performance.now();
  const tEF = em(true); // p(en | es)
  console.log(`EM ${iterations} iterations x 2 directions: ${((performance.now() - t0) / 1000).toFixed(1)} s (one direction ${((performance.now() - t1) / 1000).toFixed(1)} s)`);

  // Prune: p >= MIN_P, at most TOP per source word, in each direction; merge.
  const MIN_P = 0.02;
  const TOP = 8;
  const RARE_COUNT = process.argv.includes('--no-rare') ? 0 : 2;
  const RARE_TOP = 3;
  const RARE_MIN_P = 0.2;
  const keep = new Map<number, { fwd: number; bwd: number; wn: boolean }>();
  function prune(t: Float64Array, bySource: Int32Array, nullSource: number, isFwd: boolean): void {
    const groups = new Map<number, number[]>();
    for (let p = 0; p < P; p++) {
      if (t[p] < MIN_P || pe[p] === NE || pf[p] === NF || bySource[p] === nullSource) continue;
      let g = groups.get(bySource[p]);
      if (!g) groups.set(bySource[p], (g = []));
      g.push(p);
    }
    for (const [src, g] of groups) {
      g.sort((a, b) => t[b] - t[a] || a - b);
      // A word seen once or twice spreads its probability over every word of its sentences (IBM1's
      // "garbage collector" effect): keep only its few clear translations.
      const rare = (isFwd ? ve.counts[src] : vf.counts[src]) <= RARE_COUNT;
      const list = rare ? g.slice(0, RARE_TOP).filter((p) => t[p] >= RARE_MIN_P) : g.slice(0, TOP);
      for (const p of list) {
        const key = pe[p] * 1e6 + pf[p];
        let v = keep.get(key);
        if (!v) keep.set(key, (v = { fwd: 0, bwd: 0, wn: false }));
        if (isFwd) v.fwd = t[p];
        else v.bwd = t[p];
      }
    }
  }
  prune(tFE, pe, NE, true);
  prune(tEF, pf, NF, false);
  // Fill in the other direction's probability for kept pairs even when it was pruned there.
  for (const [key, v] of keep) {
    const p = pairIndex.get(Math.floor(key / 1e6) * (NF + 1) + (key % 1e6))!;
    if (v.fwd === 0) v.fwd = tFE[p];
    if (v.bwd === 0) v.bwd = tEF[p];
  }
  const ibmEntries = keep.size;

  // WordNet lemma pairs (single words only).
  let wnRead = 0;
  let wnAdded = 0;
  const wnFile = path.join(DATA_DIR, 'lexicon-omw-mcr-en-es/en-es.wordnet-pairs.tsv');
  const useWordNet = !process.argv.includes('--no-wordnet') && existsSync(wnFile);
  if (useWordNet) {
    const lines = readFileSync(wnFile, 'utf8').split('\n');
    for (let i = 1; i < lines.length; i++) {
      const [en, es] = lines[i].split('\t');
      if (!en || !es || en.includes(' ') || es.includes(' ')) continue;
      const te = tokenize(en, { lang: 'en' });
      const tf = tokenize(es, { lang: 'es' });
      if (te.length !== 1 || tf.length !== 1 || te[0].kind !== 'word' || tf[0].kind !== 'word') continue;
      wnRead++;
      const ke = lexiconKey(te[0].norm, 'en');
      const kf = lexiconKey(tf[0].norm, 'es');
      let e = ve.ids.get(ke);
      if (e === undefined) {
        e = ve.words.length;
        ve.ids.set(ke, e);
        ve.words.push(ke);
        ve.counts.push(0);
      }
      let f = vf.ids.get(kf);
      if (f === undefined) {
        f = vf.words.length;
        vf.ids.set(kf, f);
        vf.words.push(kf);
        vf.counts.push(0);
      }
      const key = e * 1e6 + f;
      let v = keep.get(key);
      if (!v) {
        v = { fwd: 0, bwd: 0, wn: true };
        keep.set(key, v);
        wnAdded++;
      }
      v.wn = true;
    }
  }

  // Decode keys back to (e, f); order vocabularies by frequency (ties by key) so ids are small for frequent words.
  const rows: { e: number; f: number; fwd: number; bwd: number; wn: boolean }[] = [];
  for (const [key, v] of keep) rows.push({ e: Math.floor(key / 1e6), f: key % 1e6, ...v });
  const usedE = new Set(rows.map((r) => r.e));
  const usedF = new Set(rows.map((r) => r.f));
  const orderE = [...usedE].sort((a, b) => ve.counts[b] - ve.counts[a] || (ve.words[a] < ve.words[b] ? -1 : 1));
  const orderF = [...usedF].sort((a, b) => vf.counts[b] - vf.counts[a] || (vf.words[a] < vf.words[b] ? -1 : 1));
  const newE = new Map(orderE.map((e, i) => [e, i]));
  const newF = new Map(orderF.map((f, i) => [f, i]));
  const byRow: { f: number; code: string }[][] = orderE.map(() => []);
  for (const r of rows) {
    const code = String.fromCharCode(65 + (r.wn ? 8 : 0) + encodeLevel(r.fwd), 81 + encodeLevel(r.bwd));
    byRow[newE.get(r.e)!].push({ f: newF.get(r.f)!, code });
  }
  const lines: string[] = [
    `${LEXICON_FORMAT}\t${LEXICON_KEY_LENGTH}`,
    orderE.map((e) => ve.words[e]).join(' '),
    orderF.map((f) => vf.words[f]).join(' '),
  ];
  for (const row of byRow) {
    row.sort((a, b) => a.f - b.f);
    let prev = 0;
    let s = '';
    for (const { f, code } of row) {
      s += (f - prev).toString(36) + code;
      prev = f;
    }
    lines.push(s);
  }
  const data = lines.join('\n');
  const sources = [
    `Tatoeba EN-ES sentence pairs (tatoeba.org, CC BY 2.0 FR, via manythings.org/anki): ${train.length - ticoCount} pairs of train.tsv (dev split held out)`,
    ...(ticoCount ? [`TICO-19 test set en-es_LA (CC0 1.0): ${ticoCount} pairs`] : []),
    ...(useWordNet ? [`WordNet 3.0 (Princeton University) + Spanish WordNet MCR 3.0 (CC BY 3.0), via Open Multilingual Wordnet: ${wnRead} single-word lemma pairs`] : []),
  ];
  const stats = { enKeys: orderE.length, esKeys: orderF.length, entries: rows.length, ibmEntries, wordnetOnlyEntries: wnAdded, iterations, minP: MIN_P, topPerWord: TOP, rareCount: RARE_COUNT, rareTop: RARE_TOP, rareMinP: RARE_MIN_P };
  const file = `// GENERATED by scripts/build-lexicon.ts (npm run build:lexicon). Do not edit by hand.
// Derived from the data sets listed in LEXICON_SOURCES; see NOTICE for their attribution.

/** The data sets the shipped lexicon was learned from (attribution: see the NOTICE file). */
export const LEXICON_SOURCES: readonly string[] = ${JSON.stringify(sources, null, 2)};

/** Size and settings of the shipped lexicon. */
export const LEXICON_STATS = ${JSON.stringify(stats)} as const;

/** The packed table (format: see src/lexicon/lexiconFormat.ts). Parsed lazily on first use. */
export const LEXICON_DATA: string = ${asciiJson(data)};
`;
  writeFileSync(OUT, file);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${(file.length / 1e6).toFixed(2)} MB, ${JSON.stringify(stats)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
