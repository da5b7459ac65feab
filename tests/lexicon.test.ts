import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  CotejoError,
  cognateScore,
  foldWord,
  isStopword,
  lexiconKey,
  linkTokens,
  LINK_THRESHOLD,
  normalizeNumber,
  prepareBridgeSentence,
  scorePrepared,
  stem,
  tokenize,
  translationScore,
} from '../src/index.js';
import { getLexicon } from '../src/lexicon/Lexicon.js';
import { decodeLevel, encodeLevel } from '../src/lexicon/lexiconFormat.js';
import { LEXICON_SOURCES } from '../src/lexicon/data/lexicon.generated.js';

const pairsOf = (links: ReturnType<typeof linkTokens>) => links.map((l) => `${l.en.text}=${l.es.text}`);

describe('foldWord / normalizeNumber', () => {
  it('folds case and accents, never for display', () => {
    expect(foldWord('Afirmó')).toBe('afirmo');
    expect(foldWord('NARIÑO')).toBe('narino');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('')).toBe('');
  });
  it('normalizes English and Spanish digit grouping to one form', () => {
    expect(normalizeNumber('5.000')).toBe('5000');
    expect(normalizeNumber('5,000')).toBe('5000');
    expect(normalizeNumber('1.234.567')).toBe('1234567');
    expect(normalizeNumber('1,5')).toBe('1.5');
    expect(normalizeNumber('3.1')).toBe('3.1');
    expect(normalizeNumber('1.234,56')).toBe('1234.56');
    expect(normalizeNumber('1,234.56')).toBe('1234.56');
    expect(normalizeNumber('0,125')).toBe('0.125');
    expect(normalizeNumber('007')).toBe('7');
    expect(normalizeNumber('abc')).toBe('abc');
  });
});

describe('tokenize', () => {
  it('keeps exact offsets and splits English clitics', () => {
    const text = "Petro's plan: don't cut 5,000 U.S. jobs (COVID-19) in 2026’s budget";
    const toks = tokenize(text, { lang: 'en' });
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.norm)).toEqual(['petro', "'s", 'plan', 'do', 'not', 'cut', '5000', 'u', 's', 'jobs', 'covid', '19', 'in', '2026', "'s", 'budget']);
    expect(toks.map((t) => t.index)).toEqual(toks.map((_, i) => i));
    expect(toks.find((t) => t.text === '5,000')?.kind).toBe('number');
    expect(toks[0].upper).toBe(true);
  });
  it('keeps Spanish apostrophes and names inside words, reads Spanish numbers', () => {
    const toks = tokenize("O'Donnell dijo 12.000 veces «sí»", { lang: 'es' });
    expect(toks.map((t) => t.text)).toEqual(["O'Donnell", 'dijo', '12.000', 'veces', 'sí']);
    expect(toks[2].norm).toBe('12000');
    expect(toks[4].norm).toBe('si');
  });
  it('marks codes', () => {
    expect(tokenize('G7 and 1990s').map((t) => t.kind)).toEqual(['code', 'word', 'code']);
  });
  it('handles odd text without throwing', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('¿¡…—!?')).toEqual([]);
    expect(tokenize('🔴 EXCLUSIVA | @jdquesada https://t.co/72FCSpqKEk').length).toBeGreaterThan(3);
    const long = '1.'.repeat(200_000) + 'a'.repeat(200_000) + "'".repeat(100_000) + ' x';
    const t0 = performance.now();
    const toks = tokenize(long);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(toks[toks.length - 1].text).toBe('x');
  });
  it('throws CotejoError on bad arguments', () => {
    expect(() => tokenize(42 as never)).toThrow(CotejoError);
    expect(() => tokenize('x', { lang: 'fr' as never })).toThrow(/options.lang/);
  });
  it('property: tokens are exact, ordered, non-overlapping slices', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('en', 'es', 'und') as fc.Arbitrary<'en' | 'es' | 'und'>, (s, lang) => {
        let prev = 0;
        for (const t of tokenize(s, { lang })) {
          expect(t.text).toBe(s.slice(t.start, t.end));
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          prev = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stem / lexiconKey / stop words', () => {
  it('removes inflection in both languages', () => {
    expect(stem('docks', 'en')).toBe('dock');
    expect(stem('policies', 'en')).toBe('policy');
    expect(stem('stated', 'en')).toBe(stem('state', 'en'));
    expect(stem('running', 'en')).toBe('run');
    expect(stem('muelles', 'es')).toBe(stem('muelle', 'es'));
    expect(stem('presidenta', 'es')).toBe(stem('presidentes', 'es'));
    expect(stem('luces', 'es')).toBe('luz');
    expect(stem('of', 'en')).toBe('of');
    expect(stem('2026', 'es')).toBe('2026');
  });
  it('keys inflected forms together', () => {
    expect(lexiconKey('afirmo', 'es')).toBe(lexiconKey('afirmar', 'es'));
    expect(lexiconKey('1234567', 'es')).toBe('1234567');
  });
  it('knows function words', () => {
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('del', 'es')).toBe(true);
    expect(isStopword('president', 'en')).toBe(false);
    expect(isStopword('los', 'und')).toBe(true);
  });
});

describe('cognateScore', () => {
  it('recognizes regular correspondences', () => {
    for (const [en, es] of [
      ['information', 'información'],
      ['nation', 'nación'],
      ['velocity', 'velocidad'],
      ['rapidly', 'rápidamente'],
      ['philosophy', 'filosofía'],
      ['theory', 'teoría'],
      ['famous', 'famoso'],
      ['public', 'público'],
      ['president', 'presidente'],
      ['state', 'estado'],
    ]) {
      expect(cognateScore(en, es), `${en}/${es}`).toBeGreaterThanOrEqual(0.75);
    }
  });
  it('rejects unrelated words and short words', () => {
    expect(cognateScore('dock', 'muelle')).toBe(0);
    expect(cognateScore('house', 'casa')).toBe(0);
    expect(cognateScore('said', 'dijo')).toBe(0);
    expect(cognateScore('the', 'the')).toBe(0);
    expect(cognateScore('', '')).toBe(0);
  });
  it('property: stays in [0, 1]', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = cognateScore(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }));
  });
});

describe('shipped lexicon', () => {
  it('records its sources and never derives from evaluation-only sets', () => {
    expect(LEXICON_SOURCES.join(' ')).toMatch(/Tatoeba/);
    expect(LEXICON_SOURCES.join(' ')).not.toMatch(/NTREX|FLORES|Text\+Berg|test\.tsv/i);
    expect(getLexicon().col.length).toBeGreaterThan(50_000);
  });
  it('is parsed lazily, on first use, not at import', async () => {
    vi.resetModules();
    const lexMod = await import('../src/lexicon/Lexicon.js');
    const api = await import('../src/index.js');
    expect(lexMod.isLexiconLoaded()).toBe(false);
    api.translationScore('The docks.', 'Los muelles.');
    expect(lexMod.isLexiconLoaded()).toBe(true);
  });
  it('decodes into sorted sparse rows with probabilities in [0, 1]', () => {
    const lex = getLexicon();
    expect(lex.rowStart[lex.rowStart.length - 1]).toBe(lex.col.length);
    for (let r = 0; r + 1 < lex.rowStart.length; r++) {
      for (let k = lex.rowStart[r] + 1; k < lex.rowStart[r + 1]; k++) expect(lex.col[k]).toBeGreaterThan(lex.col[k - 1]);
    }
    for (let k = 0; k < lex.col.length; k += 97) {
      expect(lex.col[k]).toBeLessThan(lex.esIds.size);
      expect(lex.fwd[k]).toBeGreaterThanOrEqual(0);
      expect(lex.bwd[k]).toBeLessThanOrEqual(1);
      expect(lex.fwd[k] + lex.bwd[k] + lex.wordnet[k]).toBeGreaterThan(0);
    }
  });
  it('quantizes probabilities on a log scale that round-trips', () => {
    expect(encodeLevel(0)).toBe(0);
    expect(encodeLevel(0.009)).toBe(0);
    expect(encodeLevel(0.01)).toBe(1);
    expect(encodeLevel(1)).toBe(7);
    for (let l = 1; l < 8; l++) expect(encodeLevel(decodeLevel(l))).toBe(l);
  });
  it('covers function words and inflected forms', () => {
    const cases: [string, string, string, string][] = [
      ['He said no.', 'Él dijo que no.', 'said', 'dijo'],
      ['Petro stated it.', 'Petro lo afirmó.', 'stated', 'afirmó'],
      ['The docks were closed.', 'Los muelles estaban cerrados.', 'docks', 'muelles'],
      ['The house of the people.', 'La casa del pueblo.', 'house', 'casa'],
      ['They would never accept it.', 'Nunca lo aceptarían.', 'accept', 'aceptarían'],
    ];
    for (const [en, es, a, b] of cases) expect(pairsOf(linkTokens(en, es)), `${a}=${b}`).toContain(`${a}=${b}`);
  });
});

describe('translationScore', () => {
  const en = 'Colombian President Gustavo Petro said the phone call froze the threat of a military operation.';
  const es = 'El presidente colombiano Gustavo Petro dijo que la llamada congeló la amenaza de una operación militar.';
  const other = 'Las lluvias de la semana pasada inundaron tres barrios del sur de Lima.';
  it('scores translations high and unrelated sentences low', () => {
    expect(translationScore(en, es)).toBeGreaterThan(0.6);
    expect(translationScore(en, other)).toBeLessThan(LINK_THRESHOLD);
    expect(translationScore(en, es)).toBeGreaterThan(translationScore(en, other) + 0.3);
  });
  it('scores empty and punctuation-only input worst', () => {
    expect(translationScore('', es)).toBe(0);
    expect(translationScore(en, '')).toBe(0);
    expect(translationScore('…', '¡!')).toBe(0);
  });
  it('works without the lexicon (identity, cognates, length)', () => {
    const a = translationScore(en, es, { useLexicon: false });
    const b = translationScore(en, other, { useLexicon: false });
    expect(a).toBeGreaterThan(b);
    expect(a).toBeLessThan(translationScore(en, es));
  });
  it('measures containment with direction', () => {
    const quote = 'the call froze the threat';
    expect(translationScore(quote, es, { direction: 'en' })).toBeGreaterThan(0.8);
    expect(translationScore(quote, es, { direction: 'es' })).toBeLessThan(0.6);
    expect(translationScore(quote, other, { direction: 'en' })).toBeLessThan(0.3);
    expect(() => translationScore(quote, es, { direction: 'up' as never })).toThrow(/options.direction/);
  });
  it('prepared and plain forms agree', () => {
    expect(scorePrepared(prepareBridgeSentence(en, 'en'), prepareBridgeSentence(es, 'es'))).toBe(translationScore(en, es));
  });
  it('throws CotejoError only for bad arguments and options', () => {
    expect(() => translationScore(null as never, 'x')).toThrow(CotejoError);
    expect(() => translationScore('x', 'y', { useLexicon: 'no' as never })).toThrow(/useLexicon/);
    expect(() => prepareBridgeSentence('x', 'fr' as never)).toThrow(CotejoError);
    const pe = prepareBridgeSentence('The docks.', 'en');
    const pf = prepareBridgeSentence('Los muelles.', 'es');
    expect(() => scorePrepared(pf, pe)).toThrow(/in that order/);
    expect(() => scorePrepared('x' as never, pf)).toThrow(CotejoError);
    expect(() => linkTokens(pf, pe)).toThrow(CotejoError);
  });
  it('property: always within [0, 1], never throws on text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 120 }), (a, b) => {
        const s = translationScore(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
  it('handles huge input in bounded time (1 MB against 1 MB)', () => {
    const bigEn = `${en} `.repeat(Math.ceil(1e6 / (en.length + 1)));
    const bigEs = `${es} `.repeat(Math.ceil(1e6 / (es.length + 1)));
    const t0 = performance.now();
    const s = translationScore(bigEn, bigEs);
    expect(s).toBeGreaterThan(LINK_THRESHOLD);
    expect(s).toBeLessThanOrEqual(1);
    expect(translationScore(bigEn, `${other} `.repeat(Math.ceil(1e6 / (other.length + 1))))).toBeLessThan(LINK_THRESHOLD);
    const links = linkTokens(bigEn.slice(0, 200_000), bigEs.slice(0, 200_000));
    expect(links.length).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('linkTokens', () => {
  it('links content words, names and equal numbers; leaves changed numbers unlinked', () => {
    const links = linkTokens('Petro said 40,000 people were at risk.', 'Petro dijo que 400.000 personas estaban en riesgo.');
    const p = pairsOf(links);
    expect(p).toContain('Petro=Petro');
    expect(p).toContain('said=dijo');
    expect(p).toContain('people=personas');
    expect(p).toContain('risk=riesgo');
    expect(links.some((l) => l.en.text === '40,000')).toBe(false);
    expect(links.find((l) => l.en.text === 'Petro')?.via).toBe('identity');
    const same = linkTokens('about 5,000 soldiers', 'unos 5.000 soldados');
    expect(pairsOf(same)).toContain('5,000=5.000');
  });
  it('leaves added and omitted content words unlinked', () => {
    const links = linkTokens('The minister resigned on Tuesday.', 'La ministra dimitió.');
    const enLinked = new Set(links.map((l) => l.en.text));
    expect(enLinked.has('minister')).toBe(true);
    expect(enLinked.has('Tuesday')).toBe(false);
  });
  it('returns exact offsets, sorted, one-to-one', () => {
    const en = 'He said that he would not sign the decree.';
    const es = 'Dijo que no firmaría el decreto.';
    const links = linkTokens(en, es);
    for (const l of links) {
      expect(en.slice(l.en.start, l.en.end)).toBe(l.en.text);
      expect(es.slice(l.es.start, l.es.end)).toBe(l.es.text);
      expect(l.p).toBeGreaterThan(0);
      expect(l.p).toBeLessThanOrEqual(1);
    }
    // content-to-content links are one-to-one; a function word links at most once
    const cc = links.filter((l) => !l.es.stop && !l.en.stop);
    expect(new Set(cc.map((l) => l.es.index)).size).toBe(cc.length);
    expect(new Set(cc.map((l) => l.en.index)).size).toBe(cc.length);
    const stopEn = links.filter((l) => l.en.stop).map((l) => l.en.index);
    expect(new Set(stopEn).size).toBe(stopEn.length);
    const stopEs = links.filter((l) => l.es.stop).map((l) => l.es.index);
    expect(new Set(stopEs).size).toBe(stopEs.length);
    expect(pairsOf(links)).toEqual(expect.arrayContaining(['not=no', 'decree=decreto']));
  });
  it('lets function words share a Spanish verb (pro-drop)', () => {
    const p = pairsOf(linkTokens('We do not want photos; we want works.', 'No queremos fotos; queremos obras.'));
    expect(p.filter((x) => x.startsWith('want='))).toEqual(['want=queremos', 'want=queremos']);
    expect(p).toContain('works=obras');
  });
  it('respects options', () => {
    const links = linkTokens('The decree.', 'El decreto.', { stopwords: false });
    expect(pairsOf(links)).toEqual(['decree=decreto']);
    expect(() => linkTokens('a', 'b', { minStrength: 2 })).toThrow(CotejoError);
    expect(linkTokens('', 'algo')).toEqual([]);
  });
  it('property: links are exact slices of both inputs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        for (const l of linkTokens(a, b)) {
          expect(a.slice(l.en.start, l.en.end)).toBe(l.en.text);
          expect(b.slice(l.es.start, l.es.end)).toBe(l.es.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('corpus fixtures', () => {
  const root = path.resolve(__dirname, '../corpus');
  const cases = existsSync(root) ? readdirSync(root).filter((d) => existsSync(path.join(root, d, 'gold.json'))) : [];
  const quotes: { en: string; es: string; findings: string[] }[] = [];
  for (const c of cases) {
    const gold = JSON.parse(readFileSync(path.join(root, c, 'gold.json'), 'utf8')) as { quotes: { text: string; source: { text: string } | null; findings?: string[] }[] };
    for (const q of gold.quotes) if (q.source) quotes.push({ en: q.text, es: q.source.text, findings: q.findings ?? [] });
  }
  it('ranks each gold source first among the sources of all gold quotes', () => {
    if (quotes.length === 0) return;
    let top = 0;
    for (const q of quotes) {
      const gs = translationScore(q.en, q.es);
      const beaten = quotes.some((o) => o.es !== q.es && translationScore(q.en, o.es) >= gs);
      if (!beaten) top++;
    }
    expect(top / quotes.length).toBeGreaterThanOrEqual(0.9);
  });
  it('scores quotes without planted content changes above LINK_THRESHOLD', () => {
    const clean = quotes.filter((q) => q.findings.every((f) => f === 'speaker') && q.en.split(' ').length >= 4);
    if (clean.length === 0) return;
    const above = clean.filter((q) => translationScore(q.en, q.es) >= LINK_THRESHOLD).length;
    expect(above / clean.length).toBeGreaterThanOrEqual(0.9);
  });
});
