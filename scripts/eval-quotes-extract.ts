/**
 * Evaluation of quote extraction and speaker attribution (`extractQuotes`).
 *
 * 1. The corpus gold (`corpus/<case>/gold.json`, written by hand): every gold quote must be extracted with exact
 *    offsets (as a quote, or as one paragraph `part` of a multi-paragraph quote); extracted top-level English
 *    quotes that the gold does not list count against precision; `notQuotes` (Spanish source passages) must come
 *    out with lang 'es'; then kind and speaker accuracy on the gold quotes found (a speaker matches when the
 *    extracted name ends with, or contains, the gold's surname; null must be null).
 * 2. NTREX-128 (evaluation only, CC BY-SA 4.0; never used for tuning): per article, the number of top-level
 *    quotations in the English original and in its human Spanish translation should agree (translators keep the
 *    quotations; they often change " into « » or “ ”). Reports the share of articles with quotes where the counts
 *    agree, and how many English quotes are in single marks (‘…’ or '…', where apostrophes could mislead).
 *
 * Peer in the same run: a regex baseline (pairs of “…”, «…», "…", ‘…’ on one line; speaker = a capitalized word
 * next to said/says/told/added/dijo/afirmó in the same line; kind = direct when the quote starts upper-case,
 * else partial).
 *
 * Usage: npx tsx scripts/eval-quotes-extract.ts [--gate] [--verbose]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/quotes/extractQuotes.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const CORPUS = join(ROOT, 'corpus');
const NTREX = resolve(ROOT, '../shared/data/ntrex128-en-es/ntrex128.en-es.docs.jsonl');

/** Floors for `--gate`: what extractQuotes reached (rounded down slightly). */
export const FLOORS = {
  /** Corpus gold quotes extracted with exact offsets. */
  corpusRecall: 0.98,
  /** Extracted top-level English quotes that are gold quotes. */
  corpusPrecision: 0.98,
  /** Spanish source passages (notQuotes) extracted with lang 'es'. */
  notQuotesSpanish: 1,
  /** Kind right, among gold quotes found. */
  kindAccuracy: 0.97,
  /** Speaker right, among gold quotes found. */
  speakerAccuracy: 0.96,
  /** NTREX: articles with quotes whose English and Spanish top-level quote counts agree. */
  ntrexCountAgreement: 0.74,
} as const;

interface Extracted {
  start: number;
  end: number;
  text: string;
  parts: { start: number; text: string }[];
  kind: string;
  speaker: string | null;
  lang: string;
  top: boolean;
}

type Extractor = (text: string) => Extracted[];

const ours: Extractor = (text) =>
  extractQuotes(text).map((q) => ({
    start: q.start, end: q.end, text: q.text, parts: q.parts, kind: q.kind, speaker: q.speaker, lang: q.lang,
    top: q.parent === null,
  }));

const PAIRS = /“([^“”\n]*)”|«([^«»\n]*)»|"([^"\n]*)"|‘([^‘’\n]*)’/gu;
const NAME_VERB = /(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|added|dijo|afirmó)\b|\b(?:said|says|told|added|dijo|afirmó)\s+(\p{Lu}[\p{L}'’-]+)/gu;
const SPANISH = /\b(?:el|la|los|las|que|del|está|es|por|para|una|con)\b/giu;

/** The peer: regex pairs on one line, with a name-next-to-said speaker. */
const baseline: Extractor = (text) => {
  const out: Extracted[] = [];
  for (const m of text.matchAll(PAIRS)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const start = m.index! + 1;
    const lineStart = text.lastIndexOf('\n', m.index!) + 1;
    let lineEnd = text.indexOf('\n', m.index!);
    if (lineEnd < 0) lineEnd = text.length;
    let speaker: string | null = null;
    let best = Infinity;
    for (const n of text.slice(lineStart, lineEnd).matchAll(NAME_VERB)) {
      const d = Math.abs(lineStart + n.index! - start);
      if (d < best) {
        best = d;
        speaker = n[1] ?? n[2] ?? null;
      }
    }
    const es = (inner.match(SPANISH) ?? []).length >= 2;
    out.push({
      start, end: start + inner.length, text: inner, parts: [{ start, text: inner }],
      kind: /^\p{Lu}/u.test(inner) ? 'direct' : 'partial', speaker, lang: es ? 'es' : 'en', top: true,
    });
  }
  return out;
};

function nth(hay: string, needle: string, occ: number): number {
  let i = hay.indexOf(needle);
  for (let k = 0; k < occ && i !== -1; k++) i = hay.indexOf(needle, i + 1);
  return i;
}

function speakerMatches(gold: string | null, got: string | null): boolean {
  if (gold === null) return got === null;
  if (got === null) return false;
  const g = gold.toLowerCase();
  const s = got.toLowerCase();
  return s.endsWith(g) || s.includes(g);
}

interface CorpusScore {
  gold: number;
  found: number;
  extractedTop: number;
  extractedTopGold: number;
  notQuotes: number;
  notQuotesEs: number;
  kindOk: number;
  speakerOk: number;
  misses: string[];
}

function scoreCorpus(extract: Extractor): CorpusScore {
  const s: CorpusScore = { gold: 0, found: 0, extractedTop: 0, extractedTopGold: 0, notQuotes: 0, notQuotesEs: 0, kindOk: 0, speakerOk: 0, misses: [] };
  for (const name of readdirSync(CORPUS).sort()) {
    const goldPath = join(CORPUS, name, 'gold.json');
    const enPath = join(CORPUS, name, 'en.txt');
    if (!existsSync(goldPath) || !existsSync(enPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const en = readFileSync(enPath, 'utf8');
    const qs = extract(en);
    const matched = new Set<number>();
    for (const g of gold.quotes ?? []) {
      s.gold++;
      const at = nth(en, g.text, g.occurrence ?? 0);
      const i = qs.findIndex((q) => (q.start === at && q.text === g.text) || q.parts.some((p) => p.start === at && p.text === g.text));
      if (i < 0) {
        s.misses.push(`${name}: missed “${g.text.slice(0, 60)}”`);
        continue;
      }
      matched.add(i);
      s.found++;
      if (qs[i].kind === g.kind) s.kindOk++;
      else s.misses.push(`${name}: “${g.text.slice(0, 40)}” kind ${qs[i].kind}, gold ${g.kind}`);
      if (speakerMatches(g.speaker, qs[i].speaker)) s.speakerOk++;
      else s.misses.push(`${name}: “${g.text.slice(0, 40)}” speaker ${qs[i].speaker}, gold ${g.speaker}`);
    }
    for (const nq of gold.notQuotes ?? []) {
      s.notQuotes++;
      const i = qs.findIndex((q) => q.text === nq);
      if (i >= 0) {
        if (qs[i].lang === 'es') s.notQuotesEs++;
        else s.misses.push(`${name}: Spanish passage “${nq.slice(0, 40)}” has lang ${qs[i].lang}`);
      } else s.misses.push(`${name}: Spanish passage “${nq.slice(0, 40)}” not extracted`);
    }
    qs.forEach((q, i) => {
      if (!q.top || q.lang === 'es') return;
      s.extractedTop++;
      if (matched.has(i)) s.extractedTopGold++;
      else s.misses.push(`${name}: extra “${q.text.slice(0, 50)}”`);
    });
  }
  return s;
}

interface NtrexScore {
  docsWithQuotes: number;
  agree: number;
  enQuotes: number;
  /** English quotes in single marks (‘…’ or '…'). */
  apostropheMarks: number;
  ms: number;
}

function scoreNtrex(extract: Extractor, withMarks: (text: string) => { open: string }[]): NtrexScore | null {
  if (!existsSync(NTREX)) return null;
  const s: NtrexScore = { docsWithQuotes: 0, agree: 0, enQuotes: 0, apostropheMarks: 0, ms: 0 };
  const t0 = performance.now();
  for (const line of readFileSync(NTREX, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { en: string[]; es: string[] };
    const en = doc.en.join(' ');
    const es = doc.es.join(' ');
    const nEn = extract(en).filter((q) => q.top).length;
    const nEs = extract(es).filter((q) => q.top).length;
    s.enQuotes += nEn;
    for (const m of withMarks(en)) if (m.open === '‘' || m.open === "'") s.apostropheMarks++;
    if (nEn === 0 && nEs === 0) continue;
    s.docsWithQuotes++;
    if (nEn === nEs) s.agree++;
  }
  s.ms = performance.now() - t0;
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f = (x: number) => x.toFixed(3);

function main(): void {
  const gate = process.argv.includes('--gate');
  const verbose = process.argv.includes('--verbose');
  if (!existsSync(CORPUS)) {
    console.log('corpus/ not found: nothing to evaluate.');
    process.exit(0);
  }
  const a = scoreCorpus(ours);
  const b = scoreCorpus(baseline);
  const figures = {
    corpusRecall: pct(a.found, a.gold),
    corpusPrecision: pct(a.extractedTopGold, a.extractedTop),
    notQuotesSpanish: pct(a.notQuotesEs, a.notQuotes),
    kindAccuracy: pct(a.kindOk, a.found),
    speakerAccuracy: pct(a.speakerOk, a.found),
  };
  console.log(`### Quote extraction on the corpus gold (${a.gold} quotes, ${a.notQuotes} Spanish source passages)\n`);
  console.log('| extractor | recall | precision | Spanish passages as es | kind accuracy | speaker accuracy |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, s] of [['cotejo extractQuotes', a], ['regex baseline', b]] as const) {
    console.log(
      `| ${name} | ${f(pct(s.found, s.gold))} (${s.found}/${s.gold}) | ${f(pct(s.extractedTopGold, s.extractedTop))} (${s.extractedTopGold}/${s.extractedTop}) | ${f(pct(s.notQuotesEs, s.notQuotes))} | ${f(pct(s.kindOk, s.found))} | ${f(pct(s.speakerOk, s.found))} |`,
    );
  }
  if (verbose) for (const m of a.misses) console.log(`  - ${m}`);

  const na = scoreNtrex(ours, (t) => extractQuotes(t).map((q) => q.marks));
  const nb = scoreNtrex(baseline, () => []);
  let ntrexAgreement: number | null = null;
  if (na && nb) {
    ntrexAgreement = pct(na.agree, na.docsWithQuotes);
    console.log(`\n### NTREX-128 (evaluation only): English vs Spanish top-level quote counts per article\n`);
    console.log('| extractor | articles with quotes | counts agree | English quotes | of them in single marks | time (ms) |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, s] of [['cotejo extractQuotes', na], ['regex baseline', nb]] as const) {
      console.log(`| ${name} | ${s.docsWithQuotes} | ${f(pct(s.agree, s.docsWithQuotes))} (${s.agree}) | ${s.enQuotes} | ${name === 'regex baseline' ? '—' : s.apostropheMarks} | ${s.ms.toFixed(0)} |`);
    }
  } else {
    console.log('\n(../shared/data/ntrex128-en-es not found: NTREX part skipped.)');
  }

  if (gate) {
    const failed: string[] = [];
    for (const [k, v] of Object.entries(figures)) {
      const floor = FLOORS[k as keyof typeof FLOORS];
      if (v < floor) failed.push(`${k} ${f(v)} < ${floor}`);
    }
    if (ntrexAgreement !== null && ntrexAgreement < FLOORS.ntrexCountAgreement) {
      failed.push(`ntrexCountAgreement ${f(ntrexAgreement)} < ${FLOORS.ntrexCountAgreement}`);
    }
    if (failed.length) {
      console.error(`\nGate failed: ${failed.join('; ')}`);
      process.exit(1);
    }
    console.log('\nGate passed.');
  }
}

main();
