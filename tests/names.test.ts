import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CotejoError, compareNames, extractNames, matchNames, type NameMention } from '../src/index.js';

const texts = (ms: NameMention[]) => ms.map((m) => m.text);
const seed = readFileSync(new URL('../corpus/seed/en.txt', import.meta.url), 'utf8');

describe('extractNames', () => {
  it('finds capitalized sequences, acronyms and handles with exact spans', () => {
    const text = 'Colombian President Gustavo Petro spoke from the Casa de Nariño with @jdquesada about the FARC and the U.S.';
    const ms = extractNames(text);
    expect(texts(ms)).toEqual(['Gustavo Petro', 'Casa de Nariño', '@jdquesada', 'FARC', 'U.S.']);
    expect(ms.map((m) => m.kind)).toEqual(['name', 'name', 'handle', 'acronym', 'acronym']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms[1].key).toBe('casa de narino');
  });

  it('drops titles, demonyms, months, weekdays and sentence-initial function words', () => {
    expect(texts(extractNames('The White House said on Wednesday that Secretary of State Marco Rubio will travel in January.'))).toEqual([
      'White House', 'Marco Rubio',
    ]);
    expect(texts(extractNames('Según el Gobierno, El País publicó la entrevista. La presidenta Claudia Sheinbaum habló.'))).toEqual([
      'Gobierno', 'El País', 'Claudia Sheinbaum',
    ]);
    expect(texts(extractNames('Republican U.S. Senator Rand Paul met Colombian Foreign Minister Rosa Yolanda Villavicencio.'))).toEqual([
      'U.S.', 'Rand Paul', 'Rosa Yolanda Villavicencio',
    ]);
  });

  it('keeps Spanish acronyms with spaces and strips possessives', () => {
    expect(texts(extractNames('Viajó a EE. UU. ayer.'))).toEqual(['EE. UU.']);
    expect(texts(extractNames('It was Trump’s idea, not Petro\'s.'))).toEqual(['Trump', 'Petro']);
  });

  it('skips URLs and news labels', () => {
    const line = '🔴 EXCLUSIVA | Gustavo Petro: https://t.co/72FCSpqKEk pic.twitter.com/ShaoXawWTN';
    expect(texts(extractNames(line))).toEqual(['Gustavo Petro']);
  });

  it('skips sentence-initial ordinary words (seen in lowercase, or a common-word shape)', () => {
    expect(texts(extractNames('Nobody came. Speaking at noon, Petro said preparations were ready. Preparations began.'))).toEqual([
      'Petro',
    ]);
  });

  it('reads the seed article', () => {
    const ms = extractNames(seed);
    const t = new Set(texts(ms));
    for (const name of ['Gustavo Petro', 'Donald Trump', 'Casa de Nariño', 'Nicolas Maduro', 'Delcy Rodríguez', 'Delcy Rodriguez',
      'Bogota', 'White House', 'Marco Rubio', 'Rand Paul', 'Daniel García-Peña', '@ElPaisAmericaCo', 'EL PAÍS América Colombia', 'South America']) {
      expect(t.has(name), name).toBe(true);
    }
    for (const notName of ['EXCLUSIVA', 'January', 'Wednesday', 'Colombian', 'President', 'The', 'Speaking', 'ShaoXawWTN']) {
      expect(t.has(notName), notName).toBe(false);
    }
    for (const m of ms) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  it('validates its arguments', () => {
    expect(() => extractNames(null as never)).toThrow(CotejoError);
    expect(() => extractNames('x', { lang: 'de' as never })).toThrow(CotejoError);
    expect(extractNames('')).toEqual([]);
  });
});

describe('extractNames: institutions and compounds', () => {
  it('joins institution names with and/y, not person names', () => {
    expect(texts(extractNames('the Centers for Disease Control and Prevention said Petro and Trump met'))).toEqual([
      'Centers for Disease Control and Prevention', 'Petro', 'Trump',
    ]);
    expect(texts(extractNames('los Centros para el Control y la Prevención de Enfermedades; la Casa Blanca y el Pentágono'))).toEqual([
      'Centros para el Control y la Prevención de Enfermedades', 'Casa Blanca', 'Pentágono',
    ]);
  });

  it('keeps demonyms inside names and drops them as adjectives', () => {
    expect(texts(extractNames('the European Union and South American leaders, Brazilians and Chinese-made gear'))).toEqual(['European Union']);
  });

  it('reads EE.UU without its last dot', () => {
    expect(texts(extractNames('Viajaron a EE.UU ayer'))).toContain('EE.UU');
  });
});

describe('matchNames', () => {
  const en = (t: string) => extractNames(t, { lang: 'en' });
  const es = (t: string) => extractNames(t, { lang: 'es' });

  it('pairs the same names and reports substitutions as mismatched', () => {
    const m = matchNames(en('We will go house by house in Escuintla and in Mazatenango, said Quiñonez.'),
      es('Vamos a llegar casa por casa en Escuintla y en Retalhuleu, dijo Quiñones.'));
    expect(m.pairs.map((p) => [p.en.text, p.es.text, p.verdict])).toEqual([['Escuintla', 'Escuintla', 'same']]);
    expect(m.mismatched.map(([a, b]) => [a.text, b.text]).sort()).toEqual([['Mazatenango', 'Retalhuleu'], ['Quiñonez', 'Quiñones']]);
    expect(m.onlyEn).toEqual([]);
    expect(m.onlyEs).toEqual([]);
  });

  it('keeps diacritics as an info-level pair and leaves sentence-initial single words out', () => {
    const m = matchNames(en('Regarding Venezuela, Petro invited Delcy Rodriguez to Bogota.'), es('Petro invitó a Delcy Rodríguez a Bogotá.'));
    expect(m.pairs.map((p) => p.verdict)).toEqual(['same', 'diacritics', 'diacritics']);
    expect(m.mismatched).toEqual([]);
    expect(m.onlyEn.map((x) => x.text)).toEqual(['Venezuela']);
  });

  it('stays bounded on large inputs', () => {
    const big = 'Ana Perez, '.repeat(3000);
    const t0 = performance.now();
    const m = matchNames(en(big), es(big));
    expect(m.pairs.length).toBe(3000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('compareNames', () => {
  it.each([
    ['Rodríguez', 'Rodriguez', 'diacritics'],
    ['Bogotá', 'Bogota', 'diacritics'],
    ['Delcy Rodríguez', 'Delcy Rodriguez', 'diacritics'],
    ['Quiñones', 'Quiñonez', 'different'],
    ['Petro', 'Gustavo Petro', 'same'],
    ['Gustavo Petro', 'petro', 'same'],
    ['Casa Blanca', 'White House', 'same'],
    ['la Casa Blanca', 'the White House', 'same'],
    ['EE. UU.', 'U.S.', 'same'],
    ['EEUU', 'United States', 'same'],
    ['Estados Unidos', 'United States', 'same'],
    ['Venezuela', 'Venezuela', 'same'],
    ['Colombia', 'Colombia', 'same'],
    ['ONU', 'United Nations', 'same'],
    ['México', 'Mexico', 'same'],
    ['enero', 'January', 'different'],
    ['García-Peña', 'García Peña', 'same'],
    ['García-Peña', 'Garcia Pena', 'diacritics'],
    ['Trump’s', 'Trump', 'same'],
    ['@ElPaisAmericaCo', 'ElPaisAmericaCo', 'same'],
    ['Ministry of the Environment', 'Ministerio del Ambiente', 'same'],
    ['Supreme Court', 'Corte Suprema', 'same'],
    ['Ministry of Health', 'Ministerio de Educación', 'different'],
    ['Cartagena', 'Malambo', 'different'],
    ['Mazatenango', 'Retalhuleu', 'different'],
    ['D. Trump', 'Donald Trump', 'same'],
    ['RNA', 'ARN', 'same'],
    ['ARDS', 'SDRA', 'same'],
    ['ORFs', 'ORF', 'same'],
    ['FARC', 'ELN', 'different'],
    ['Institute of Epidemiology', 'Instituto de Epidemiología', 'same'],
    ['District of Columbia', 'Distrito de Columbia', 'same'],
    ['Hubei Provincial Hospital', 'Hospital Provincial de Hubei', 'same'],
    ['Centers for Disease Control and Prevention', 'Centros para el Control y la Prevención de Enfermedades', 'same'],
    ['United States', 'Prevención de Enfermedades de los Estados Unidos', 'same'],
    ['Rand Paul', 'Paul Rand', 'different'],
  ] as const)('%s vs %s → %s', (a, b, want) => {
    expect(compareNames(a, b)).toBe(want);
    expect(compareNames(b, a)).toBe(want);
  });

  it('throws CotejoError for non-strings and says different for empty names', () => {
    expect(() => compareNames(1 as never, 'x')).toThrow(CotejoError);
    expect(compareNames('', 'x')).toBe('different');
    expect(compareNames('...', '...')).toBe('different');
  });
});
