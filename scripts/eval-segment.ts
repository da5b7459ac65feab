/**
 * Evaluation of cotejo's sentence segmentation (`npm run eval:segment`, add `--gate` to fail below the floors).
 *
 * Suites: pySBD (English Golden Rules, all English, Spanish) and pragmatic_segmenter (English, Spanish) from
 * `../shared/data/sbd/`, plus every `corpus/<case>/segments.json`. cotejo is scored beside raw sentence-splitter
 * and `Intl.Segmenter` on the same cases. Also measures the language detector on Tatoeba sentences (short, both
 * languages) and on NTREX news sentences.
 *
 * Scoring (as pySBD): a case passes when the segments' trimmed texts equal the expected list. Cases run with
 * `clean: true` were normalised by the reference segmenter before splitting (newlines inside sentences removed,
 * runs of spaces collapsed), which a segmenter returning exact substrings cannot reproduce; they are compared on
 * their non-whitespace characters (the same partition of the text's characters into sentences). Cases whose
 * expected sentences are not a partition of the input at all (the cleaner rewrote characters: HTML stripped,
 * dot leaders removed, `` ` `` turned into `'`) are listed and left out of the counts. pySBD's `doc_type: 'pdf'`
 * (hard-wrapped text) is run with `lineBreaks: 'wrap'`, the option made for such text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { split } from 'sentence-splitter';
import { detectLanguage, segment, type SegmentOptions } from '../src/segment/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data');
const SBD = join(DATA, 'sbd');
const GATE = process.argv.includes('--gate');

/** Floors for `--gate`: what cotejo reached when they were set (a ratchet, never lowered). */
export const FLOORS = {
  pysbdGolden: 47, // of 48 (the 48th is marked xfail in pySBD itself)
  pysbdEs: 36, // of 36: every Spanish case
  pragmaticEs: 35, // of 35 scored
  englishAllPercent: 95.5, // all English cases of both suites together (reached 95.7)
  corpusPercent: 100, // corpus texts (other than those whose gold splits inside quotations) reproduced exactly
  ntrexF1: 0.96, // sentence joins found in NTREX news paragraphs (reached 0.965)
  tatoebaAccuracy: 0.989, // reached 0.9899
  tatoebaWrongRate: 0.0003, // a ceiling: at most this share detected as the other language (reached 0.0002)
};

/**
 * Expectations judged wrong, with the reason. They are printed, scored as excluded, and never silently skipped.
 */
export const WRONG_EXPECTATIONS: Record<string, string> = {
  'pysbd TEST_ISSUE_DATA#004':
    'regression snapshot of pySBD output: "…that does not contain v. If S excludes…" and "…incident to v. Then, (S…" are two sentences each; the expected list keeps them together',
};

interface Case {
  id: string;
  text: string;
  expected: string[];
  clean: boolean;
  pdf: boolean;
  lang: 'en' | 'es';
}

interface Suite {
  name: string;
  cases: Case[];
}

function loadPysbd(file: string, lang: 'en' | 'es'): Case[] {
  const d = JSON.parse(readFileSync(join(SBD, file), 'utf8'));
  return d.groups.flatMap((g: any) =>
    g.cases.map((c: any) => ({
      id: `pysbd ${c.id}`,
      text: c.text,
      expected: c.expected,
      clean: !!g.segmenter_options?.clean,
      pdf: g.segmenter_options?.doc_type === 'pdf',
      lang,
    })),
  );
}

function loadPragmatic(file: string, lang: 'en' | 'es'): Case[] {
  const d = JSON.parse(readFileSync(join(SBD, file), 'utf8'));
  return d.cases.map((c: any, i: number) => ({
    id: `pragmatic ${lang} ${String(i + 1).padStart(3, '0')} ${c.name}`,
    text: c.text,
    expected: c.expected,
    clean: c.segmenter_options?.clean !== false,
    pdf: c.segmenter_options?.doc_type === 'pdf',
    lang,
  }));
}

const noSpace = (s: string) => s.replace(/\s+/g, '');

/** Whether the expected sentences partition the input's non-whitespace characters. */
function isPartition(c: Case): boolean {
  return noSpace(c.text) === noSpace(c.expected.join(''));
}

type Segmenter = (c: Case) => string[];

const segmenters: Record<string, Segmenter> = {
  cotejo: (c) => segment(c.text, { lineBreaks: c.pdf ? 'wrap' : 'auto' } satisfies SegmentOptions).map((s) => s.text),
  'sentence-splitter': (c) =>
    split(c.text)
      .filter((n: any) => n.type === 'Sentence')
      .map((n: any) => n.raw as string),
  'Intl.Segmenter': (c) => {
    const seg = new Intl.Segmenter(c.lang, { granularity: 'sentence' });
    return [...seg.segment(c.text)].map((s) => s.segment);
  },
};

function passes(c: Case, got: string[]): boolean {
  const norm = c.clean ? noSpace : (s: string) => s.trim();
  const a = got.map(norm).filter((s) => s !== '');
  const b = c.expected.map(norm).filter((s) => s !== '');
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

interface Score {
  pass: number;
  total: number;
}

function scoreSuite(suite: Suite, name: string, fn: Segmenter, failures?: string[]): Score {
  let pass = 0;
  let total = 0;
  for (const c of suite.cases) {
    if (!isPartition(c) || WRONG_EXPECTATIONS[c.id]) continue;
    total++;
    if (passes(c, fn(c))) pass++;
    else failures?.push(`${suite.name} | ${c.id}`);
  }
  return { pass, total };
}

// ---- corpus gold ----
interface CorpusScore {
  cases: number;
  exact: number;
  /** texts reproduced exactly under their own convention (`quotations: 'split'` for the disputed ones) */
  exactOwnConvention: number;
  /** texts whose gold ends a unit inside an open quotation (see QUOTATION_RULE) */
  disputed: number;
  exactUndisputed: number;
  units: number;
  unitsFound: number;
  lang: number;
  kind: number;
}

function corpusCases(): { id: string; text: string; units: { text: string; lang: string; kind: string }[] }[] {
  const dir = join(ROOT, 'corpus');
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const segPath = join(dir, name, 'segments.json');
    if (!existsSync(segPath)) continue;
    const gold = JSON.parse(readFileSync(segPath, 'utf8'));
    for (const side of ['en', 'es'] as const) {
      const file = join(dir, name, `${side}.txt`);
      if (gold[side] && existsSync(file)) out.push({ id: `${name}/${side}`, text: readFileSync(file, 'utf8'), units: gold[side] });
    }
  }
  return out;
}

function scoreCorpus(
  fn: (text: string) => { text: string; lang?: string; kind?: string }[],
  failures?: string[],
  splitFn?: (text: string) => { text: string; lang?: string; kind?: string }[],
): CorpusScore {
  const s: CorpusScore = { cases: 0, exact: 0, exactOwnConvention: 0, disputed: 0, exactUndisputed: 0, units: 0, unitsFound: 0, lang: 0, kind: 0 };
  for (const c of corpusCases()) {
    s.cases++;
    const inside = splitsInsideQuotations(c.text, c.units);
    if (inside.length) s.disputed++;
    const got = fn(c.text).map((u) => ({ ...u, text: u.text.trim() })).filter((u) => u.text !== '');
    const byText = new Map(got.map((u) => [u.text, u]));
    let ok = got.length === c.units.length;
    for (const [i, u] of c.units.entries()) {
      s.units++;
      const g = byText.get(u.text);
      if (g) {
        s.unitsFound++;
        if (g.lang === u.lang) s.lang++;
        if (g.kind === u.kind) s.kind++;
      }
      if (got[i]?.text !== u.text) ok = false;
    }
    if (ok) s.exact++;
    if (ok && !inside.length) s.exactUndisputed++;
    const own = inside.length && splitFn ? splitFn(c.text).map((u) => u.text.trim()).filter(Boolean) : undefined;
    if (own ? own.length === c.units.length && own.every((t, i) => t === c.units[i].text) : ok) s.exactOwnConvention++;
    if (!ok) failures?.push(`corpus | ${c.id}${inside.length ? ' (gold splits inside a quotation, see below)' : ''}`);
  }
  return s;
}

/**
 * Issue 2's rule, which cotejo follows: a final mark inside a quotation ends the sentence only where the quotation
 * ends it (`«No es una huelga política. Es una huelga por hambre», dijo Benítez.` is one sentence). A corpus gold
 * that ends a unit while a quotation is still open follows another convention; such units are listed, and the
 * texts that hold them are scored apart ("undisputed" below).
 */
export const QUOTATION_RULE =
  'gold ends a unit inside an open quotation; issue 2: a final mark inside a quotation ends the sentence only where the quotation ends it';

/** Quotation spans `[open, close]` of one line: “…” and «…» matched by a stack, straight "…" in pairs. */
function quotationSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const stack: number[] = [];
  let straight = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '“' || ch === '«') stack.push(i);
    else if ((ch === '”' || ch === '»') && stack.length) spans.push([stack.pop()!, i]);
    else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  return spans;
}

/** Gold units that end inside a quotation that opens and closes on the same line. */
function splitsInsideQuotations(text: string, units: { text: string }[]): string[] {
  const out: string[] = [];
  let pos = 0;
  for (const u of units) {
    const at = text.indexOf(u.text, pos);
    if (at < 0) continue;
    pos = at + u.text.length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = pos - lineStart;
    if (quotationSpans(text.slice(lineStart, lineEnd)).some(([o, c]) => o < end && end <= c)) out.push(u.text);
  }
  return out;
}

// ---- real news: NTREX-128 sentences rejoined into paragraphs ----
interface BoundaryScore {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * NTREX-128 documents (evaluation only) come one sentence a line. Each document is rejoined as its headline on a
 * line of its own, then paragraphs of three sentences joined by a space; a segmenter should find every join
 * inside a paragraph (recall) and few others (precision: a few NTREX lines hold two sentences, so precision is a
 * lower bound).
 */
function ntrexDocs(): { text: string; boundaries: Set<number>; lang: 'en' | 'es' }[] {
  const file = join(DATA, 'ntrex128-en-es', 'ntrex128.en-es.docs.jsonl');
  if (!existsSync(file)) return [];
  const out: { text: string; boundaries: Set<number>; lang: 'en' | 'es' }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    for (const lang of ['en', 'es'] as const) {
      const sents = (d[lang] as string[]).map((x) => x.trim()).filter(Boolean);
      let text = sents[0];
      const boundaries = new Set<number>();
      for (let i = 1; i < sents.length; i++) {
        const sep = (i - 1) % 3 === 0 ? '\n' : ' ';
        text += sep;
        if (sep === ' ') boundaries.add(text.length);
        text += sents[i];
      }
      out.push({ text, boundaries, lang });
    }
  }
  return out;
}

/** Scores the unit starts a segmenter finds inside paragraphs against the joins. */
function scoreNtrex(docs: ReturnType<typeof ntrexDocs>, fn: (text: string, lang: 'en' | 'es') => string[]): BoundaryScore {
  const s: BoundaryScore = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const found = new Set<number>();
    let pos = 0;
    for (const piece of fn(d.text, d.lang)) {
      const t = piece.trim();
      if (!t) continue;
      const at = d.text.indexOf(t, pos);
      if (at < 0) continue;
      pos = at + t.length;
      if (at > 0 && d.text[at - 1] !== '\n') found.add(at);
    }
    for (const b of found) (d.boundaries.has(b) ? s.tp++ : s.fp++);
    for (const b of d.boundaries) if (!found.has(b)) s.fn++;
  }
  return s;
}

// ---- language detection ----
interface LangScore {
  n: number;
  correct: number;
  und: number;
  wrong: number;
}

function scoreLanguage(pairs: [string, 'en' | 'es'][]): LangScore {
  const s: LangScore = { n: 0, correct: 0, und: 0, wrong: 0 };
  for (const [text, gold] of pairs) {
    s.n++;
    const { lang } = detectLanguage(text);
    if (lang === gold) s.correct++;
    else if (lang === 'und') s.und++;
    else s.wrong++;
  }
  return s;
}

function tatoebaPairs(file: string): [string, 'en' | 'es'][] {
  const out: [string, 'en' | 'es'][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [en, es] = line.split('\t');
    if (en && es) out.push([en, 'en'], [es, 'es']);
  }
  return out;
}

function ntrexPairs(): [string, 'en' | 'es'][] {
  const file = join(DATA, 'ntrex128-en-es', 'ntrex128.en-es.docs.jsonl');
  if (!existsSync(file)) return [];
  const out: [string, 'en' | 'es'][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    for (const s of d.en) out.push([s, 'en']);
    for (const s of d.es) out.push([s, 'es']);
  }
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

let ntrexF1: number | undefined;

function main(): number {
  if (!existsSync(SBD)) {
    console.log(`eval-segment: ${SBD} not found; skipping (the shared data sets are not installed here).`);
    return 0;
  }
  const t0 = performance.now();
  const pysbdEn = loadPysbd('pysbd.en.json', 'en');
  const suites: Suite[] = [
    { name: 'pySBD en Golden Rules', cases: pysbdEn.filter((c) => c.id.includes('GOLDEN_EN_RULES')) },
    { name: 'pySBD en (all)', cases: pysbdEn },
    { name: 'pySBD es', cases: loadPysbd('pysbd.es.json', 'es') },
    { name: 'pragmatic_segmenter en', cases: loadPragmatic('pragmatic_segmenter.en.json', 'en') },
    { name: 'pragmatic_segmenter es', cases: loadPragmatic('pragmatic_segmenter.es.json', 'es') },
  ];
  const names = Object.keys(segmenters);
  const failures: string[] = [];
  const results: Record<string, Record<string, Score>> = {};
  for (const suite of suites) {
    results[suite.name] = {};
    for (const n of names) results[suite.name][n] = scoreSuite(suite, n, segmenters[n], n === 'cotejo' ? failures : undefined);
  }
  const english = (n: string) => {
    const a = results['pySBD en (all)'][n];
    const b = results['pragmatic_segmenter en'][n];
    return { pass: a.pass + b.pass, total: a.total + b.total };
  };
  const corpusFailures: string[] = [];
  const corpus = {
    cotejo: scoreCorpus((t) => segment(t), corpusFailures, (t) => segment(t, { quotations: 'split' })),
    'sentence-splitter': scoreCorpus((t) =>
      split(t)
        .filter((n: any) => n.type === 'Sentence')
        .map((n: any) => ({ text: n.raw as string })),
    ),
    'Intl.Segmenter': scoreCorpus((t) => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(t)].map((s) => ({ text: s.segment }))),
  };

  console.log('## Sentence segmentation: cases passed\n');
  console.log(`| suite | cases scored | ${names.join(' | ')} |`);
  console.log(`|---|---:|${names.map(() => '---:').join('|')}|`);
  for (const suite of suites) {
    const r = results[suite.name];
    const excluded = suite.cases.length - r.cotejo.total;
    console.log(
      `| ${suite.name} | ${r.cotejo.total}${excluded ? ` (+${excluded} excluded)` : ''} | ${names.map((n) => `${r[n].pass} (${pct(r[n].pass, r[n].total)})`).join(' | ')} |`,
    );
  }
  const en = english('cotejo');
  console.log(`| all English cases (pySBD + pragmatic) | ${en.total} | ${names.map((n) => `${english(n).pass} (${pct(english(n).pass, english(n).total)})`).join(' | ')} |`);
  const cc = corpus.cotejo;
  console.log(
    `| corpus gold (${cc.cases} texts, ${cc.units} units): texts exact | ${cc.cases} | ${names.map((n) => `${corpus[n as keyof typeof corpus].exact} (${pct(corpus[n as keyof typeof corpus].exact, cc.cases)})`).join(' | ')} |`,
  );
  console.log(
    `| corpus gold: units found | ${cc.units} | ${names.map((n) => `${corpus[n as keyof typeof corpus].unitsFound} (${pct(corpus[n as keyof typeof corpus].unitsFound, cc.units)})`).join(' | ')} |`,
  );
  console.log(
    `| corpus gold: texts exact, leaving out the ${cc.disputed} whose gold splits inside quotations | ${cc.cases - cc.disputed} | ${names.map((n) => `${corpus[n as keyof typeof corpus].exactUndisputed} (${pct(corpus[n as keyof typeof corpus].exactUndisputed, cc.cases - cc.disputed)})`).join(' | ')} |`,
  );
  console.log(
    `| corpus gold: texts exact, each under its convention (cotejo: \`quotations: 'split'\` for those ${cc.disputed}) | ${cc.cases} | ${names.map((n) => `${corpus[n as keyof typeof corpus].exactOwnConvention} (${pct(corpus[n as keyof typeof corpus].exactOwnConvention, cc.cases)})`).join(' | ')} |`,
  );
  console.log(`\nCorpus units with the gold language: ${pct(cc.lang, cc.units)}; with the gold kind: ${pct(cc.kind, cc.units)} (cotejo; the peers give neither).`);

  console.log('\n### Excluded cases\n');
  for (const suite of suites) {
    for (const c of suite.cases) {
      if (suite.name === 'pySBD en Golden Rules') continue; // also in "pySBD en (all)"
      if (WRONG_EXPECTATIONS[c.id]) console.log(`- ${c.id}: wrong expectation: ${WRONG_EXPECTATIONS[c.id]}`);
      else if (!isPartition(c)) console.log(`- ${c.id}: not a segmentation of its input (clean: true rewrote characters)`);
    }
  }
  console.log(`\n### Corpus gold units that end inside a quotation (${QUOTATION_RULE})\n`);
  for (const c of corpusCases()) for (const u of splitsInsideQuotations(c.text, c.units)) console.log(`- ${c.id}: ${JSON.stringify(u)}`);
  console.log('\n### cotejo failures\n');
  for (const f of [...failures.filter((f) => !f.startsWith('pySBD en Golden')), ...corpusFailures]) console.log(`- ${f}`);

  const docs = ntrexDocs();
  if (docs.length) {
    const perParagraph = (f: (p: string) => string[]) => (t: string) => t.split('\n').flatMap(f);
    const news: [string, BoundaryScore][] = [
      ['cotejo', scoreNtrex(docs, (t) => segment(t).map((u) => u.text))],
      ['sentence-splitter', scoreNtrex(docs, perParagraph((p) => split(p).filter((n: any) => n.type === 'Sentence').map((n: any) => n.raw as string)))],
      ['Intl.Segmenter', scoreNtrex(docs, (t, lang) => perParagraph((p) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(p)].map((x) => x.segment))(t))],
    ];
    ntrexF1 = (() => {
      const c = news[0][1];
      return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    })();
    console.log(`\n## Real news: NTREX-128 (${docs.length} documents, en + es) rejoined into paragraphs\n`);
    console.log('| segmenter | sentence joins found (recall) | precision | F1 |');
    console.log('|---|---:|---:|---:|');
    for (const [name, b] of news) {
      console.log(`| ${name} | ${b.tp} / ${b.tp + b.fn} (${pct(b.tp, b.tp + b.fn)}) | ${pct(b.tp, b.tp + b.fp)} | ${((200 * b.tp) / (2 * b.tp + b.fp + b.fn)).toFixed(1)} |`);
    }
  }

  // language detection
  const tatoeba = join(DATA, 'tatoeba');
  const langRows: [string, LangScore][] = [];
  if (existsSync(join(tatoeba, 'train.tsv'))) langRows.push(['Tatoeba train.tsv (short sentences)', scoreLanguage(tatoebaPairs(join(tatoeba, 'train.tsv')))]);
  if (existsSync(join(tatoeba, 'test.tsv'))) langRows.push(['Tatoeba test.tsv', scoreLanguage(tatoebaPairs(join(tatoeba, 'test.tsv')))]);
  const ntrex = ntrexPairs();
  if (ntrex.length) langRows.push(['NTREX-128 news sentences', scoreLanguage(ntrex)]);
  console.log('\n## Language detection (detectLanguage, per sentence, en + es)\n');
  console.log('| sentences | n | correct | und (abstained) | wrong language |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, s] of langRows) {
    console.log(`| ${name} | ${s.n} | ${pct(s.correct, s.n)} | ${pct(s.und, s.n)} | ${s.wrong} (${((100 * s.wrong) / s.n).toFixed(3)} %) |`);
  }
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  if (!GATE) return 0;
  const below: string[] = [];
  const check = (name: string, value: number, floor: number) => {
    if (value < floor) below.push(`${name}: ${value} < floor ${floor}`);
  };
  check('pySBD en Golden Rules', results['pySBD en Golden Rules'].cotejo.pass, FLOORS.pysbdGolden);
  check('pySBD es', results['pySBD es'].cotejo.pass, FLOORS.pysbdEs);
  check('pragmatic_segmenter es', results['pragmatic_segmenter es'].cotejo.pass, FLOORS.pragmaticEs);
  check('all English %', Math.round((1000 * en.pass) / en.total) / 10, FLOORS.englishAllPercent);
  const undisputed = cc.cases - cc.disputed;
  check('corpus exact % (undisputed texts)', undisputed ? (100 * cc.exactUndisputed) / undisputed : 100, FLOORS.corpusPercent);
  check('corpus exact % (each text under its convention)', cc.cases ? (100 * cc.exactOwnConvention) / cc.cases : 100, FLOORS.corpusPercent);
  if (ntrexF1 !== undefined) check('NTREX F1', Math.round(ntrexF1 * 1000) / 1000, FLOORS.ntrexF1);
  const tat = langRows.find(([n]) => n.startsWith('Tatoeba train'))?.[1];
  if (tat) {
    check('Tatoeba accuracy', tat.correct / tat.n, FLOORS.tatoebaAccuracy);
    if (tat.wrong / tat.n > FLOORS.tatoebaWrongRate) below.push(`Tatoeba wrong-language rate ${tat.wrong / tat.n} > ceiling ${FLOORS.tatoebaWrongRate}`);
  }
  if (below.length) {
    console.error(`\neval-segment --gate: below the floor:\n${below.map((b) => `  ${b}`).join('\n')}`);
    return 1;
  }
  console.log('\neval-segment --gate: all figures at or above their floors.');
  return 0;
}

process.exitCode = main();
