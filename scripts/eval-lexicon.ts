/**
 * Evaluates the English–Spanish lexical bridge and prints Markdown tables (with baselines):
 * 1. Tatoeba `test.tsv`: 1,000 random pairs (fixed seed), each English sentence ranked against all
 *    1,000 Spanish ones: P@1 and MRR;
 * 2. NTREX-128 (evaluation only): each English sentence ranked against its own article's Spanish
 *    sentences: P@1 and MRR;
 * 3. link or no link: 30 % of the English sentences' counterparts removed; the threshold is
 *    calibrated on the Tatoeba dev split (held out from training), never on NTREX; precision and
 *    recall on NTREX of the shipped `LINK_THRESHOLD`.
 *
 * Usage: `npm run eval:lexicon [-- --gate] [--dev]` (`--dev`: settings study on the Tatoeba dev split only).
 * Skips (exit 0) when `../shared/data` is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, isDevPair, readTatoebaTrain, tsvPairs } from './build-lexicon.js';
import { prepareBridgeSentence, type BridgeSentence } from '../src/lexicon/prepareBridgeSentence.js';
import { scorePrepared, LINK_THRESHOLD, SCORE_PARAMS } from '../src/lexicon/scorePrepared.js';
import type { BridgeOptions } from '../src/lexicon/BridgeOptions.js';
import { getLexicon } from '../src/lexicon/Lexicon.js';
import { rng } from './lib/rng.js';

/** Floors for `--gate`: what the shipped lexicon reached (rounded down slightly); a ratchet, never lowered. */
export const FLOORS = {
  tatoebaP1: 0.965,
  ntrexP1: 0.99,
  linkPrecision: 0.965,
  linkRecall: 0.965,
};

const SEED = 20261127;
const SAMPLE = 1000;
const REMOVED = 0.3;


function sample<T>(items: T[], n: number, seed: number): T[] {
  const r = rng(seed);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, n).map((i) => items[i]);
}

interface Method {
  name: string;
  score: (en: BridgeSentence, es: BridgeSentence) => number;
}

const lengthOnly = (en: BridgeSentence, es: BridgeSentence): number => {
  if (en.chars === 0 || es.chars === 0) return 0;
  const a = en.chars * 1.1;
  return a < es.chars ? a / es.chars : es.chars / a;
};
const noLex: BridgeOptions = { useLexicon: false };
/** Scores with one of the score's parts switched off (ablation). */
function withParams(params: Partial<typeof SCORE_PARAMS>): Method['score'] {
  return (a, b) => {
    const saved = { ...SCORE_PARAMS };
    Object.assign(SCORE_PARAMS, params);
    try {
      return scorePrepared(a, b);
    } finally {
      Object.assign(SCORE_PARAMS, saved);
    }
  };
}
const FULL: Method = { name: '**cotejo bridge** (lexicon + identity + cognates)', score: (a, b) => scorePrepared(a, b) };
const METHODS: Method[] = [
  { name: 'length ratio only', score: lengthOnly },
  { name: 'identity + cognates + length (`useLexicon: false`)', score: (a, b) => scorePrepared(a, b, noLex) },
  { name: 'ablation: coverage part only', score: withParams({ ibmWeight: 0 }) },
  { name: 'ablation: IBM Model 1 part only', score: withParams({ ibmWeight: 1e9 }) },
  FULL,
];
/** Methods compared on link-or-no-link decisions (each with a threshold calibrated on the dev split). */
const LINK_METHODS: Method[] = [METHODS[1], METHODS[2], METHODS[3], FULL];

/**
 * Ranks: for each English i, rank of its gold Spanish among candidates. Ties count against; a
 * candidate with the gold's exact Spanish text, or whose own English is the same sentence (Tatoeba
 * gives several translations of one sentence), is also a right answer and is not counted.
 */
function rankAll(en: BridgeSentence[], es: BridgeSentence[], esText: string[], gold: number[], candidates: number[][], score: Method['score'], enText?: string[]): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < en.length; i++) {
    const g = gold[i];
    const gs = score(en[i], es[g]);
    let rank = 1;
    for (const j of candidates[i]) {
      if (j === g || esText[j] === esText[g]) continue;
      if (enText && enText[j].toLowerCase() === enText[i].toLowerCase()) continue;
      if (score(en[i], es[j]) >= gs) rank++;
    }
    ranks.push(rank);
  }
  return ranks;
}

const p1 = (r: number[]): number => r.filter((x) => x === 1).length / r.length;
const mrr = (r: number[]): number => r.reduce((s, x) => s + 1 / x, 0) / r.length;
const f3 = (x: number): string => x.toFixed(3);

interface Doc {
  en: string[];
  es: string[];
}

/** Link-or-no-link decisions: per doc, remove REMOVED of counterparts, take the best candidate, link if >= threshold. */
function linkDecisions(docs: Doc[], seed: number, score: Method['score']): { best: number; correct: boolean; hasGold: boolean }[] {
  const r = rng(seed);
  const out: { best: number; correct: boolean; hasGold: boolean }[] = [];
  for (const d of docs) {
    const n = Math.min(d.en.length, d.es.length);
    const en = d.en.slice(0, n).map((t) => prepareBridgeSentence(t, 'en'));
    const es = d.es.slice(0, n).map((t) => prepareBridgeSentence(t, 'es'));
    const removed = new Set<number>();
    for (let i = 0; i < n; i++) if (r() < REMOVED) removed.add(i);
    const keep = [...Array(n).keys()].filter((j) => !removed.has(j));
    for (let i = 0; i < n; i++) {
      let best = -1;
      let bj = -1;
      for (const j of keep) {
        const s = score(en[i], es[j]);
        if (s > best) {
          best = s;
          bj = j;
        }
      }
      out.push({ best, correct: bj === i || (bj >= 0 && d.es[bj] === d.es[i]), hasGold: !removed.has(i) });
    }
  }
  return out;
}

function pr(dec: { best: number; correct: boolean; hasGold: boolean }[], thr: number): { p: number; r: number; f: number } {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const d of dec) {
    if (d.hasGold) gold++;
    if (d.best >= thr) {
      pred++;
      if (d.correct && d.hasGold) tp++;
    }
  }
  const p = pred ? tp / pred : 1;
  const rc = gold ? tp / gold : 1;
  return { p, r: rc, f: p + rc > 0 ? (2 * p * rc) / (p + rc) : 0 };
}

/** Thresholds whose dev F1 is within this of the best count as equally good (the plateau). */
const PLATEAU = 0.002;

/**
 * Calibrates a threshold on dev decisions: the F1 curve is flat near its maximum (F1 varies by less
 * than a few sentences over a wide range), so the best single point moves with any small change.
 * The threshold is the middle of the plateau: thresholds (0.01 grid) whose F1 is within
 * {@link PLATEAU} of the best.
 */
function calibrate(dec: { best: number; correct: boolean; hasGold: boolean }[]): number {
  const grid: { t: number; f: number }[] = [];
  for (let i = 5; i <= 95; i++) grid.push({ t: i / 100, f: pr(dec, i / 100).f });
  const best = Math.max(...grid.map((g) => g.f));
  const plateau = grid.filter((g) => g.f >= best - PLATEAU).map((g) => g.t);
  return Math.round(((plateau[0] + plateau[plateau.length - 1]) / 2) * 100) / 100;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function main(): void {
  const gate = process.argv.includes('--gate');
  const dev = process.argv.includes('--dev');
  const testFile = path.join(DATA_DIR, 'tatoeba/test.tsv');
  const ntrexFile = path.join(DATA_DIR, 'ntrex128-en-es/ntrex128.en-es.docs.jsonl');
  if (!existsSync(testFile) || !existsSync(ntrexFile)) {
    console.log(`eval-lexicon: shared data not found under ${DATA_DIR}; skipping.`);
    return;
  }
  const t0 = performance.now();
  const lex = getLexicon();
  const failures: string[] = [];

  // Tatoeba dev split (held out from the lexicon's training): calibration of the link threshold.
  const train = readTatoebaTrain() ?? [];
  const devPairs = train.filter(([en]) => isDevPair(en));
  const devDocs: Doc[] = chunk(sample(devPairs, devPairs.length, SEED), 16).map((c) => ({ en: c.map((p) => p[0]), es: c.map((p) => p[1]) }));

  // 1. Retrieval among 1,000 (Tatoeba test, or the dev split with --dev).
  const pool = dev ? devPairs : tsvPairs(readFileSync(testFile, 'utf8'));
  const pairs = sample(pool, SAMPLE, SEED);
  const en = pairs.map((p) => prepareBridgeSentence(p[0], 'en'));
  const es = pairs.map((p) => prepareBridgeSentence(p[1], 'es'));
  const esText = pairs.map((p) => p[1]);
  const all = [...Array(pairs.length).keys()];
  const results: Record<string, { tP1: number; tMrr: number; nP1: number; nMrr: number }> = {};
  for (const m of METHODS) {
    const ranks = rankAll(en, es, esText, all, all.map(() => all), m.score, pairs.map((p) => p[0]));
    results[m.name] = { tP1: p1(ranks), tMrr: mrr(ranks), nP1: NaN, nMrr: NaN };
  }

  // 2. NTREX within-article retrieval.
  const docs: Doc[] = readFileSync(ntrexFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  if (!dev) {
    for (const m of METHODS) {
      const ranks: number[] = [];
      for (const d of docs) {
        const n = Math.min(d.en.length, d.es.length);
        const pe = d.en.slice(0, n).map((t) => prepareBridgeSentence(t, 'en'));
        const pf = d.es.slice(0, n).map((t) => prepareBridgeSentence(t, 'es'));
        const idx = [...Array(n).keys()];
        ranks.push(...rankAll(pe, pf, d.es.slice(0, n), idx, idx.map(() => idx), m.score));
      }
      results[m.name].nP1 = p1(ranks);
      results[m.name].nMrr = mrr(ranks);
    }
  }

  const set = dev ? 'Tatoeba **dev split**' : 'Tatoeba test';
  console.log(`\n### Sentence retrieval\n`);
  console.log(`| similarity | ${set}, 1 vs 1,000: P@1 | MRR | NTREX, within article: P@1 | MRR |`);
  console.log('|---|---|---|---|---|');
  for (const m of METHODS) {
    const r = results[m.name];
    console.log(`| ${m.name} | ${f3(r.tP1)} | ${f3(r.tMrr)} | ${dev ? '–' : f3(r.nP1)} | ${dev ? '–' : f3(r.nMrr)} |`);
  }

  // 3. Link or no link.
  const full = FULL;
  const devDec = linkDecisions(devDocs, SEED, full.score);
  const calibrated = calibrate(devDec);
  const devAt = pr(devDec, LINK_THRESHOLD);
  console.log(`\n### Link or no link (30 % of counterparts removed)\n`);
  console.log(`Threshold calibrated on the Tatoeba dev split (${devPairs.length} pairs in documents of 16; middle of the range whose F1 is within ${PLATEAU} of the best): **${calibrated}**; shipped \`LINK_THRESHOLD\` = **${LINK_THRESHOLD}**.\n`);
  console.log('| similarity | threshold | Tatoeba dev: P | R | NTREX: P | R | F1 |');
  console.log('|---|---|---|---|---|---|---|');
  let ntrexAt = { p: NaN, r: NaN, f: NaN };
  for (const m of LINK_METHODS) {
    const dDec = m === full ? devDec : linkDecisions(devDocs, SEED, m.score);
    const thr = m === full ? LINK_THRESHOLD : calibrate(dDec);
    const d = pr(dDec, thr);
    const n = dev ? { p: NaN, r: NaN, f: NaN } : pr(linkDecisions(docs, SEED, m.score), thr);
    if (m === full) ntrexAt = n;
    console.log(`| ${m.name} | ${thr} | ${f3(d.p)} | ${f3(d.r)} | ${dev ? '–' : f3(n.p)} | ${dev ? '–' : f3(n.r)} | ${dev ? '–' : f3(n.f)} |`);
  }
  void devAt;
  console.log(`\nLexicon: ${lex.col.length} entries, parsed in ${lex.loadMs.toFixed(0)} ms. Eval time ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

  if (gate && !dev) {
    const fullR = results[full.name];
    if (fullR.tP1 < FLOORS.tatoebaP1) failures.push(`Tatoeba P@1 ${f3(fullR.tP1)} < ${FLOORS.tatoebaP1}`);
    if (fullR.nP1 < FLOORS.ntrexP1) failures.push(`NTREX P@1 ${f3(fullR.nP1)} < ${FLOORS.ntrexP1}`);
    if (ntrexAt.p < FLOORS.linkPrecision) failures.push(`link precision ${f3(ntrexAt.p)} < ${FLOORS.linkPrecision}`);
    if (ntrexAt.r < FLOORS.linkRecall) failures.push(`link recall ${f3(ntrexAt.r)} < ${FLOORS.linkRecall}`);
    if (Math.abs(calibrated - LINK_THRESHOLD) > 0.02) failures.push(`LINK_THRESHOLD ${LINK_THRESHOLD} differs from the dev calibration ${calibrated}: update it in src/lexicon/scorePrepared.ts`);
    if (failures.length) {
      console.error(`\nGATE FAILED:\n- ${failures.join('\n- ')}`);
      process.exit(1);
    }
    console.log('\nGate passed.');
  }
}

main();
