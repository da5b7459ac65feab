import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Validates the bilingual corpus (`corpus/<case>/`): gold.json and segments.json, as documented in
 * docs/ARCHITECTURE.md. Every text must be an exact substring of its file, statuses/kinds/finding types must come
 * from the allowed sets, segments must cover every non-whitespace character in order, and alignment beads must
 * index existing segments.
 */

const CORPUS = 'corpus';
/** The news-like development set: line-aligned articles without per-quote gold (scripts/eval-quotes.ts --set news). */
const DEV_NEWS = 'dev-news';
const KINDS = ['direct', 'partial', 'scare', 'dialogue'];
const STATUSES = ['match', 'mismatch', 'unsourced'];
const FINDINGS = ['number', 'date', 'entity', 'diacritics', 'negation', 'omission', 'addition', 'wording', 'speaker'];
const CLAIM_TYPES = ['number', 'date', 'entity', 'negation', 'wording', 'diacritics'];
const SEGMENT_KINDS = ['sentence', 'heading', 'byline', 'links'];
const LANGS = ['en', 'es', 'und'];

interface Unit {
  text: string;
  lang: string;
  kind: string;
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let n = 0;
  let i = haystack.indexOf(needle);
  while (i !== -1) {
    n++;
    i = haystack.indexOf(needle, i + 1);
  }
  return n;
}

function nthIndex(haystack: string, needle: string, occurrence: number): number {
  let i = haystack.indexOf(needle);
  for (let k = 0; k < occurrence && i !== -1; k++) i = haystack.indexOf(needle, i + 1);
  return i;
}

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const cases = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((d) => d !== DEV_NEWS && statSync(join(CORPUS, d)).isDirectory())
      .sort()
  : [];

describe('corpus', () => {
  it('has at least 10 cases besides the seed', () => {
    expect(cases.filter((c) => c !== 'seed').length).toBeGreaterThanOrEqual(10);
  });

  it('has at least 4 cases with gold segments and alignment', () => {
    const withSegments = cases.filter((c) => existsSync(join(CORPUS, c, 'segments.json')));
    expect(withSegments.length).toBeGreaterThanOrEqual(4);
  });
});

for (const name of cases) {
  const dir = join(CORPUS, name);
  const en = read(join(dir, 'en.txt'));
  const es = read(join(dir, 'es.txt'));
  const goldRaw = read(join(dir, 'gold.json'));
  const segRaw = read(join(dir, 'segments.json'));

  describe(`corpus/${name}`, () => {
    it('has en.txt', () => {
      expect(en, 'en.txt is missing').toBeTypeOf('string');
      expect(en!.trim().length).toBeGreaterThan(0);
    });

    // The seed's gold is written separately; validate it only once it exists.
    it.skipIf(goldRaw === undefined && name === 'seed')('gold.json is valid', () => {
      expect(goldRaw, 'gold.json is missing').toBeTypeOf('string');
      const gold = JSON.parse(goldRaw!);
      const enText = en!;
      expect(gold.id, 'id').toBeTypeOf('string');
      expect(gold.description, 'description').toBeTypeOf('string');
      expect(gold.description.length).toBeGreaterThan(0);
      expect(['en', 'es'], 'sourceIn').toContain(gold.sourceIn);
      if (gold.sourceIn === 'es') expect(es, 'sourceIn "es" needs es.txt').toBeTypeOf('string');
      const source = gold.sourceIn === 'es' ? es! : enText;

      expect(Array.isArray(gold.quotes), 'quotes must be an array').toBe(true);
      let lastPos = -1;
      gold.quotes.forEach((q: any, i: number) => {
        const where = `quotes[${i}] ${JSON.stringify(q.text)}`;
        expect(q.text, `${where}: text`).toBeTypeOf('string');
        expect(q.text.length, `${where}: empty text`).toBeGreaterThan(0);
        const occ = q.occurrence ?? 0;
        expect(Number.isInteger(occ) && occ >= 0, `${where}: occurrence`).toBe(true);
        const count = countOccurrences(enText, q.text);
        expect(count, `${where}: not a substring of en.txt`).toBeGreaterThan(0);
        expect(occ, `${where}: occurrence out of range (${count} found)`).toBeLessThan(count);
        const pos = nthIndex(enText, q.text, occ);
        expect(pos, `${where}: quotes out of order of appearance`).toBeGreaterThan(lastPos);
        lastPos = pos;
        expect(KINDS, `${where}: kind`).toContain(q.kind);
        expect(q.speaker === null || typeof q.speaker === 'string', `${where}: speaker`).toBe(true);
        expect(STATUSES, `${where}: status`).toContain(q.status);
        expect(Array.isArray(q.findings), `${where}: findings must be an array`).toBe(true);
        for (const f of q.findings) expect(FINDINGS, `${where}: finding type`).toContain(f);
        const planted = q.findings.filter((f: string) => f !== 'diacritics');
        if (q.status === 'unsourced') {
          expect(q.source, `${where}: unsourced quotes have source null`).toBeNull();
          expect(q.findings, `${where}: unsourced quotes have no findings`).toEqual([]);
        } else {
          expect(q.source, `${where}: source`).toBeTypeOf('object');
          expect(q.source, `${where}: source`).not.toBeNull();
          expect(q.source.text, `${where}: source.text`).toBeTypeOf('string');
          const sOcc = q.source.occurrence ?? 0;
          const sCount = countOccurrences(source, q.source.text);
          expect(sCount, `${where}: source.text not found in the source`).toBeGreaterThan(0);
          expect(sOcc, `${where}: source.occurrence out of range`).toBeLessThan(sCount);
          if (q.status === 'match') expect(planted, `${where}: match quotes have no planted findings`).toEqual([]);
          else expect(planted.length, `${where}: mismatch needs a planted finding`).toBeGreaterThan(0);
        }
      });

      expect(Array.isArray(gold.notQuotes ?? []), 'notQuotes').toBe(true);
      for (const nq of gold.notQuotes ?? []) {
        expect(nq, 'notQuotes entry').toBeTypeOf('string');
        expect(enText.includes(nq), `notQuotes ${JSON.stringify(nq)} not in en.txt`).toBe(true);
      }

      expect(Array.isArray(gold.claims ?? []), 'claims').toBe(true);
      for (const c of gold.claims ?? []) {
        expect(CLAIM_TYPES, `claim type ${c.type}`).toContain(c.type);
        expect(enText.includes(c.en), `claim en ${JSON.stringify(c.en)} not in en.txt`).toBe(true);
        expect(source.includes(c.es), `claim es ${JSON.stringify(c.es)} not in the source`).toBe(true);
      }

      if (gold.alignment !== undefined) {
        expect(segRaw, 'alignment needs segments.json').toBeTypeOf('string');
        const seg = JSON.parse(segRaw!);
        const esUnits: Unit[] = gold.sourceIn === 'es' ? seg.es : seg.en;
        const seenEn = new Set<number>();
        for (const bead of gold.alignment) {
          expect(Array.isArray(bead.en) && Array.isArray(bead.es), 'bead shape {en: [], es: []}').toBe(true);
          expect(bead.en.length, 'bead without English units').toBeGreaterThan(0);
          for (const k of bead.en) {
            expect(Number.isInteger(k) && k >= 0 && k < seg.en.length, `bead en index ${k}`).toBe(true);
            expect(seenEn.has(k), `en unit ${k} in two beads`).toBe(false);
            seenEn.add(k);
          }
          for (const k of bead.es) {
            expect(Number.isInteger(k) && k >= 0 && k < esUnits.length, `bead es index ${k}`).toBe(true);
          }
        }
      }
    });

    it.skipIf(segRaw === undefined)('segments.json covers its files', () => {
      const seg = JSON.parse(segRaw!);
      const check = (units: Unit[], text: string, file: string) => {
        expect(Array.isArray(units), `${file}: units`).toBe(true);
        let pos = 0;
        units.forEach((u, i) => {
          const where = `${file} unit ${i} ${JSON.stringify(u.text)}`;
          expect(SEGMENT_KINDS, `${where}: kind`).toContain(u.kind);
          expect(LANGS, `${where}: lang`).toContain(u.lang);
          expect(u.text.length, `${where}: empty`).toBeGreaterThan(0);
          expect(u.text.trim(), `${where}: leading/trailing whitespace`).toBe(u.text);
          const at = text.indexOf(u.text, pos);
          expect(at, `${where}: not found after offset ${pos}`).toBeGreaterThanOrEqual(0);
          expect(text.slice(pos, at).trim(), `${where}: uncovered text before it`).toBe('');
          pos = at + u.text.length;
        });
        expect(text.slice(pos).trim(), `${file}: uncovered text at the end`).toBe('');
      };
      check(seg.en, en!, 'en.txt');
      if (es !== undefined) check(seg.es, es, 'es.txt');
      else expect(seg.es ?? [], 'es units without es.txt').toEqual([]);
    });
  });
}

const devNewsDir = join(CORPUS, DEV_NEWS);
const devNews = existsSync(devNewsDir) ? readdirSync(devNewsDir).filter((d) => statSync(join(devNewsDir, d)).isDirectory()).sort() : [];

describe.runIf(devNews.length > 0)('corpus/dev-news (news development set)', () => {
  it('holds articles', () => expect(devNews.length).toBeGreaterThan(0));
  for (const name of devNews) {
    it(`${name}: en.txt and es.txt are line-aligned, one sentence per line, with quotations and a meta.json`, () => {
      const dir = join(devNewsDir, name);
      const en = read(join(dir, 'en.txt'));
      const es = read(join(dir, 'es.txt'));
      expect(en, 'en.txt').toBeTypeOf('string');
      expect(es, 'es.txt').toBeTypeOf('string');
      const lines = (t: string) => t.split('\n').filter((l) => l.trim());
      expect(lines(es!).length, 'es.txt lines').toBe(lines(en!).length);
      expect(lines(en!).length).toBeGreaterThan(5);
      expect(/["“”]/.test(en!), 'the English has quotation marks').toBe(true);
      const meta = JSON.parse(read(join(dir, 'meta.json')) ?? 'null');
      expect(['en->es', 'es->en']).toContain(meta?.direction);
      expect(meta.topic).toBeTypeOf('string');
    });
  }
});
