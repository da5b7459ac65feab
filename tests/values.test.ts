import { describe, expect, it } from 'vitest';
import { CotejoError, compareValues, extractValues, matchValues, parseNumber, type Value } from '../src/index.js';

const one = (text: string, lang: 'en' | 'es' | 'auto' = 'auto'): Value => {
  const vs = extractValues(text, { lang });
  expect(vs).toHaveLength(1);
  return vs[0];
};

function expectSpans(input: string, vs: Value[]): void {
  for (const v of vs) expect(input.slice(v.start, v.end)).toBe(v.text);
}

describe('extractValues: numbers by locale', () => {
  it.each([
    ['12.000', 'es', 12000],
    ['12,000', 'en', 12000],
    ['1.500,5', 'es', 1500.5],
    ['1,500.5', 'en', 1500.5],
    ['1.500,5', 'en', 1500.5], // a consistent Spanish form is read as such even in English text
    ['1.234.567', 'es', 1234567],
    ['1,234,567', 'en', 1234567],
    ['3,1', 'es', 3.1],
    ['3.1', 'en', 3.1],
    ['0.125', 'en', 0.125],
    ['1234.567', 'en', 1234.567],
    ['12\u00a0000', 'es', 12000],
    ['12\u202f000,5', 'es', 12000.5],
    ['90 053', 'es', 90053],
    ['1 051 635', 'es', 1051635],
    ['.08', 'en', 0.08],
  ] as const)('%s (%s) → %d', (text, lang, value) => {
    const v = one(text, lang);
    expect(v).toMatchObject({ type: 'number', value, uncertain: false, text, start: 0, end: text.length });
  });

  it('reads a lone separator against the language convention as uncertain, with the other reading', () => {
    expect(one('1.500', 'en')).toMatchObject({ value: 1.5, uncertain: true, reason: 'ambiguous-separator', alternatives: [1500] });
    expect(one('1,500', 'es')).toMatchObject({ value: 1.5, uncertain: true, alternatives: [1500] });
    // `12.000` in English text is almost surely twelve thousand, but still flagged
    expect(one('12.000', 'en')).toMatchObject({ value: 12000, uncertain: true, alternatives: [12] });
  });

  it('never gives a confident value for malformed digit groups', () => {
    for (const s of ['1.2.3', '12,34,5', '1,2345,678', '1.234,567.8', '1.1.1.1.1']) {
      const v = one(s, 'auto');
      expect(v.type).toBe('unparsed');
      expect(v.uncertain).toBe(true);
      expect(v.value).toBeNull();
    }
  });

  it('marks `1.250 million` uncertain (1.25 million or 1,250 million)', () => {
    const v = one('1.250 million', 'en');
    expect(v).toMatchObject({ type: 'number', value: 1.25e6, scale: 1e6, uncertain: true, alternatives: [1.25e9] });
  });

  it('parseNumber is linear and safe on huge digit strings', () => {
    expect(parseNumber('9'.repeat(400), 'en')).toMatchObject({ uncertain: true, reason: 'too-long' });
    expect(parseNumber('1.1'.repeat(1000), 'es').value).toBeNull();
  });
});

describe('extractValues: scales, money, percentages', () => {
  it('reads scales in both languages, with the billón false friend', () => {
    expect(one('2 millones', 'es')).toMatchObject({ type: 'number', value: 2e6, scale: 1e6 });
    expect(one('3 mil millones', 'es')).toMatchObject({ value: 3e9, scale: 1e9 });
    expect(one('3 billion', 'en')).toMatchObject({ value: 3e9, scale: 1e9 });
    expect(one('3 billones', 'es')).toMatchObject({ value: 3e12, scale: 1e12 });
    expect(one('1,5 millardos', 'es')).toMatchObject({ value: 1.5e9 });
    expect(one('12 mil', 'es')).toMatchObject({ value: 12000 });
  });

  it('reads money with symbols, codes and words', () => {
    expect(one('$54 million', 'en')).toMatchObject({ type: 'money', value: 54e6, currency: 'USD', scale: 1e6, symbol: '$' });
    expect(one('45 millones de dólares', 'es')).toMatchObject({ type: 'money', value: 45e6, currency: 'USD' });
    expect(one('US$ 3.000', 'es')).toMatchObject({ type: 'money', value: 3000, currency: 'USD', symbol: 'US$' });
    expect(one('€3,5 mil millones', 'es')).toMatchObject({ type: 'money', value: 3.5e9, currency: 'EUR' });
    expect(one('100 €', 'es')).toMatchObject({ type: 'money', value: 100, currency: 'EUR' });
    expect(one('1.500 euros', 'es')).toMatchObject({ type: 'money', value: 1500, currency: 'EUR' });
    expect(one('£2bn', 'en')).toMatchObject({ type: 'money', value: 2e9, currency: 'GBP' });
    expect(one('$1.2bn', 'en')).toMatchObject({ type: 'money', value: 1.2e9, currency: 'USD' });
    expect(one('$300+ billion', 'en')).toMatchObject({ type: 'money', value: 3e11, qualifier: 'over' });
    expect(one('$300 000 millones', 'es')).toMatchObject({ type: 'money', value: 3e11 });
    expect(one('USD 12', 'en')).toMatchObject({ type: 'money', value: 12, currency: 'USD' });
    expect(one('S/ 100', 'es')).toMatchObject({ type: 'money', value: 100, currency: 'PEN' });
    expect(one('300 soles', 'es')).toMatchObject({ type: 'money', value: 300, currency: 'PEN' });
    expect(one('5.000 pesos', 'es')).toMatchObject({ type: 'money', value: 5000, currency: 'PESO' });
    expect(one('2 mil millones de pesos colombianos', 'es')).toMatchObject({ value: 2e9, currency: 'COP' });
    expect(one('10 million US dollars', 'en')).toMatchObject({ value: 1e7, currency: 'USD' });
    expect(one('un millón de dólares', 'es')).toMatchObject({ type: 'money', value: 1e6, currency: 'USD', spelled: true });
  });

  it('reads percentages and percentage points', () => {
    expect(one('3,1 %', 'es')).toMatchObject({ type: 'percent', value: 3.1 });
    expect(one('3.1%', 'en')).toMatchObject({ type: 'percent', value: 3.1 });
    expect(one('3.1 percent', 'en')).toMatchObject({ type: 'percent', value: 3.1 });
    expect(one('3.1 per cent', 'en')).toMatchObject({ type: 'percent', value: 3.1 });
    expect(one('el 40 por ciento', 'es')).toMatchObject({ type: 'percent', value: 40, text: '40 por ciento' });
    expect(one('2 puntos porcentuales', 'es')).toMatchObject({ type: 'percent', value: 2, unit: 'pp' });
    expect(one('0.5 percentage points', 'en')).toMatchObject({ type: 'percent', value: 0.5, unit: 'pp' });
    expect(one('cinco por ciento', 'es')).toMatchObject({ type: 'percent', value: 5, spelled: true });
  });

  it('records qualifiers', () => {
    expect(one('more than 100', 'en')).toMatchObject({ value: 100, qualifier: 'over' });
    expect(one('más de 100', 'es')).toMatchObject({ value: 100, qualifier: 'over' });
    expect(one('menos de 100', 'es')).toMatchObject({ value: 100, qualifier: 'under' });
    // Negated bounds: `no fewer than` is `at least`, `no más de` is `up to`.
    expect(one('no fewer than 1,150', 'en')).toMatchObject({ value: 1150, qualifier: 'over' });
    expect(one('no más de 100', 'es')).toMatchObject({ value: 100, qualifier: 'up-to' });
    expect(one('no more than 100', 'en')).toMatchObject({ value: 100, qualifier: 'up-to' });
    expect(one('about 5%', 'en')).toMatchObject({ type: 'percent', qualifier: 'about' });
  });
});

describe('extractValues: spelled-out numbers and ordinals', () => {
  it.each([
    ['dos', 'es', 2], ['veinte', 'es', 20], ['two', 'en', 2], ['twenty', 'en', 20], ['doce', 'es', 12],
    ['treinta y cinco', 'es', 35], ['twenty-five', 'en', 25], ['cien', 'es', 100], ['a hundred', 'en', 100],
    ['one hundred and five', 'en', 105], ['mil', 'es', 1000], ['a thousand', 'en', 1000],
    ['dos mil veinticinco', 'es', 2025], ['doscientos cuarenta', 'es', 240], ['three thousand', 'en', 3000],
    ['dos millones', 'es', 2e6], ['medio millón', 'es', 5e5], ['half a million', 'en', 5e5],
    ['un millón y medio', 'es', 1.5e6], ['one point two billion', 'en', 1.2e9], ['two point five million', 'en', 2.5e6],
    ['dos coma cinco millones', 'es', 2.5e6], ['three point one four', 'en', 3.14],
  ] as const)('%s (%s) → %d', (text, lang, value) => {
    const v = one(text, lang);
    expect(v).toMatchObject({ type: 'number', value, spelled: true, text });
  });

  it('does not read articles or English "once" as numbers', () => {
    expect(extractValues('I met one of them once, a man.', { lang: 'en' })).toEqual([]);
    expect(extractValues('Es una casa y un perro.', { lang: 'es' })).toEqual([]);
  });

  it.each([
    ['1st', 1], ['2nd', 2], ['23rd', 23], ['4th', 4], ['1.º', 1], ['1º', 1], ['2.ª', 2], ['3er', 3], ['first', 1],
    ['tercera', 3], ['twelfth', 12], ['décimo', 10],
  ] as const)('ordinal %s → %d', (text, value) => {
    expect(one(text)).toMatchObject({ type: 'ordinal', value, text });
  });

  it('flags ordinal words that are often something else', () => {
    expect(one('un segundo', 'es')).toMatchObject({ type: 'ordinal', value: 2, uncertain: true, reason: 'ambiguous-word' });
  });
});

describe('extractValues: dates, weekdays, years, times', () => {
  it.each([
    ['9 de enero de 2026', 'es', { day: 9, month: 1, year: 2026 }],
    ['el 9 de enero del 2026', 'es', { day: 9, month: 1, year: 2026 }],
    ['30 de noviembre', 'es', { day: 30, month: 11 }],
    ['1.º de mayo', 'es', { day: 1, month: 5 }],
    ['January 9, 2026', 'en', { day: 9, month: 1, year: 2026 }],
    ['November 30', 'en', { day: 30, month: 11 }],
    ['Jan. 9', 'en', { day: 9, month: 1 }],
    ['Sept. 11, 2001', 'en', { day: 11, month: 9, year: 2001 }],
    ['9 January 2026', 'en', { day: 9, month: 1, year: 2026 }],
    ['January 9th', 'en', { day: 9, month: 1 }],
    ['the 9th of January', 'en', { day: 9, month: 1 }],
    ['enero de 2026', 'es', { month: 1, year: 2026 }],
    ['January 2026', 'en', { month: 1, year: 2026 }],
    ['en marzo', 'es', { month: 3 }],
    ['miércoles', 'es', { weekday: 3 }],
    ['Wednesday', 'en', { weekday: 3 }],
    ['el miércoles 9 de enero', 'es', { weekday: 3, day: 9, month: 1 }],
    ['el lunes 9', 'es', { weekday: 1, day: 9 }],
    ['Wednesday, January 9, 2026', 'en', { weekday: 3, day: 9, month: 1, year: 2026 }],
    ['2026-01-09', 'en', { year: 2026, month: 1, day: 9 }],
    ['9/1/2026', 'es', { year: 2026, month: 1, day: 9 }],
    ['1/9/2026', 'en', { year: 2026, month: 1, day: 9 }],
    ['25/12/2025', 'en', { year: 2025, month: 12, day: 25 }],
  ] as const)('%s (%s)', (text, lang, value) => {
    const vs = extractValues(text, { lang });
    expect(vs).toHaveLength(1);
    expect(vs[0].type).toBe('date');
    expect(vs[0].value).toEqual(value);
    expect(vs[0].uncertain).toBe(false);
    expectSpans(text, vs);
  });

  it('marks a guessed day/month order uncertain', () => {
    const v = one('9/1/2026', 'auto');
    expect(v).toMatchObject({ type: 'date', uncertain: true, reason: 'ambiguous-date-order' });
  });

  it('reads day lists with the shared month, and keeps counts after an English weekday', () => {
    expect(extractValues('el 4 y 5 de marzo', { lang: 'es' }).map((v) => v.value)).toEqual([{ day: 4, month: 3 }, { day: 5, month: 3 }]);
    expect(extractValues('on March 4 and 5', { lang: 'en' }).map((v) => v.value)).toEqual([{ day: 4, month: 3 }, { day: 5, month: 3 }]);
    expect(extractValues('on Monday 9 people came', { lang: 'en' }).map((v) => v.type)).toEqual(['date', 'number']);
    expect(one('siglo XXI', 'es')).toMatchObject({ type: 'ordinal', value: 21, text: 'XXI' });
    expect(extractValues('the 2019-20 season', { lang: 'en' }).map((v) => [v.type, v.value])).toEqual([['year', 2019], ['year', 2020]]);
  });

  it('does not read the verb "may" or the word "march" as months', () => {
    expect(extractValues('You may march on.', { lang: 'en' })).toEqual([]);
    expect(one('in May', 'en')).toMatchObject({ type: 'date', value: { month: 5 } });
  });

  it('reads years and times', () => {
    expect(one('en 2026', 'es')).toMatchObject({ type: 'year', value: 2026, text: '2026' });
    expect(one('10 a. m.', 'es')).toMatchObject({ type: 'time', value: { hour: 10, minute: 0 } });
    expect(one('3:30 p.m.', 'en')).toMatchObject({ type: 'time', value: { hour: 15, minute: 30 } });
    expect(one('12 p. m.', 'es')).toMatchObject({ type: 'time', value: { hour: 12, minute: 0 } });
    expect(one('15:45', 'es')).toMatchObject({ type: 'time', value: { hour: 15, minute: 45 } });
    expect(one('10.30 h', 'es')).toMatchObject({ type: 'time', value: { hour: 10, minute: 30 } });
    expect(one('10am', 'en')).toMatchObject({ type: 'time', value: { hour: 10, minute: 0 } });
  });
});

describe('extractValues: real text', () => {
  it('skips URLs and identifiers, keeps the byline date (seed article)', () => {
    const text = '🖋️ @jdquesada | @MariaMartinD https://t.co/72FCSpqKEk pic.twitter.com/ShaoXawWTN\n— EL PAÍS América Colombia (@ElPaisAmericaCo) January 9, 2026';
    const vs = extractValues(text);
    expect(vs.map((v) => v.text)).toEqual(['January 9, 2026']);
    expectSpans(text, vs);
    expect(extractValues('the G20 and COVID-19, F-16 jets')).toEqual([]);
  });

  it('reads a mixed paragraph with exact spans', () => {
    const text = 'El Gobierno destinó 12.000 millones a 12.000 familias, un 3,1 % más que el 30 de noviembre.';
    const vs = extractValues(text, { lang: 'es' });
    expect(vs.map((v) => [v.type, v.value])).toEqual([
      ['number', 12e9], ['number', 12000], ['percent', 3.1], ['date', { day: 30, month: 11 }],
    ]);
    expectSpans(text, vs);
  });
});

describe('compareValues and matchValues', () => {
  const en = (s: string) => one(s, 'en');
  const es = (s: string) => one(s, 'es');

  it('reads units of measure and compares a converted figure as the same value', () => {
    const measure = (v: Value) => (v.type === 'number' ? v.measure : undefined);
    expect(measure(en('It was 95F in the shade'))).toMatchObject({ dimension: 'temperature', unit: '°F' });
    expect(measure(es('una ola de 30 metros'))).toEqual({ dimension: 'length', unit: 'm', metric: [30] });
    expect(measure(en('a 5-mile stretch'))?.unit).toBe('mi');
    expect(measure(en('five men were hurt'))).toBeUndefined();
    expect(compareValues(en('It was 95F in the shade'), es('Hacía 35 °C a la sombra'))).toBe('same');
    expect(compareValues(en('It was 95 degrees'), es('Hacía 35 grados'))).toBe('same');
    expect(compareValues(en('a 5-mile stretch'), es('un tramo de 8 kilómetros'))).toBe('same');
    expect(compareValues(en('a 100-foot wave'), es('una ola de 30 metros'))).toBe('same');
    expect(compareValues(en('10,000 acres'), es('4.000 hectáreas'))).toBe('same');
    // A changed figure is still a change once converted, and the same unit compares as written.
    expect(compareValues(en('a 50-mile stretch'), es('un tramo de 8 kilómetros'))).toBe('different');
    expect(compareValues(en('It was 59F in the shade'), es('Hacía 35 °C a la sombra'))).toBe('different');
    expect(compareValues(en('31 metres high'), es('30 metros de alto'))).toBe('different');
  });

  it('compares across locales', () => {
    expect(compareValues(en('12,000'), es('12.000'))).toBe('same');
    expect(compareValues(en('21,000'), es('12.000'))).toBe('different');
    expect(compareValues(en('$54 million'), es('45 millones de dólares'))).toBe('different');
    expect(compareValues(en('$45 million'), es('45 millones de dólares'))).toBe('same');
    expect(compareValues(en('3.1%'), es('3,1 %'))).toBe('same');
    expect(compareValues(en('November 30'), es('30 de noviembre'))).toBe('same');
    expect(compareValues(en('January 9, 2026'), es('9 de enero de 2026'))).toBe('same');
    expect(compareValues(en('January 9'), es('19 de enero'))).toBe('different');
    expect(compareValues(en('Wednesday'), es('miércoles'))).toBe('same');
    expect(compareValues(en('in 2026'), es('9 de enero de 2026'))).toBe('same');
    expect(compareValues(en('twelve'), es('12'))).toBe('same');
    expect(compareValues(en('10 a.m.'), es('10 a. m.'))).toBe('same');
    expect(compareValues(en('3 a.m.'), es('las 3 de la madrugada'))).toBe('same');
    expect(compareValues(en('some twenty vessels'), es('una veintena de buques'))).toBe('same');
    expect(compareValues(en('a dozen eggs'), es('una docena de huevos'))).toBe('same');
    expect(compareValues(en('two dozen houses'), es('24 casas'))).toBe('same');
    expect(compareValues(en('about 100 people'), es('un centenar de personas'))).toBe('same');
    expect(compareValues(en('thirty vessels'), es('una veintena de buques'))).toBe('different');
    expect(extractValues('decenas de miles de personas', { lang: 'es' })).toEqual([]);
    expect(extractValues('dozens of people', { lang: 'en' })).toEqual([]);
    expect(compareValues(en('3 p.m.'), es('las 3 de la madrugada'))).toBe('different');
    expect(compareValues(en('the 20th'), es('el día 20'))).toBe('same');
    expect(compareValues(en('the 21st'), es('el día 20'))).toBe('different');
    expect(compareValues(en('1:20 p.m.'), es('13.20'))).toBe('same');
    expect(compareValues(en('1:20 p.m.'), es('13.25'))).toBe('different');
  });

  it('catches the billion/billón false friend and currency changes', () => {
    expect(compareValues(en('1 billion'), es('un billón'))).toBe('different');
    expect(compareValues(en('1 billion'), es('mil millones'))).toBe('same');
    expect(compareValues(en('€5 million'), es('5 millones de dólares'))).toBe('different');
  });

  it('is uncertain when a reading is ambiguous, rounded or unreadable', () => {
    expect(compareValues(en('1.500'), es('1.500'))).toBe('uncertain');
    expect(compareValues(en('1.5 million'), es('1.487.000'))).toBe('uncertain');
    // both rounded with a scale word: compared as written
    expect(compareValues(en('22 million'), es('20 millones'))).toBe('different');
    expect(compareValues(en('20 million'), es('veinte millones'))).toBe('same');
    expect(compareValues(en('1.2.3'), es('123'))).toBe('uncertain');
    expect(compareValues(en('$300'), es('300 pesos'))).toBe('uncertain');
    // the guessed day/month order is the primary reading; the swapped one only makes it uncertain
    expect(compareValues(one('9/1/2026', 'auto'), es('9 de enero de 2026'))).toBe('same');
    expect(compareValues(one('9/1/2026', 'auto'), es('1 de septiembre de 2026'))).toBe('uncertain');
    expect(compareValues(one('9/1/2026', 'auto'), es('2 de septiembre de 2026'))).toBe('different');
  });

  it('treats opposite bounds as different', () => {
    expect(compareValues(en('more than 100'), es('menos de 100'))).toBe('different');
  });

  it('pairs values of a quote with its source', () => {
    const enVs = extractValues('The program gave $54 million to 21,000 families on January 9, 2026, a 3.1% rise, in 2025.', { lang: 'en' });
    const esVs = extractValues('El programa dio 45 millones de dólares a 12.000 familias el 9 de enero de 2026, un alza del 3,1 %.', { lang: 'es' });
    const m = matchValues(enVs, esVs);
    expect(m.pairs.map(([a, b]) => [a.text, b.text])).toEqual([
      ['January 9, 2026', '9 de enero de 2026'],
      ['3.1%', '3,1 %'],
    ]);
    expect(m.mismatched.map(([a, b]) => [a.text, b.text])).toEqual([
      ['$54 million', '45 millones de dólares'],
      ['21,000', '12.000'],
    ]);
    expect(m.onlyEn.map((v) => v.text)).toEqual(['2025']);
    expect(m.onlyEs).toEqual([]);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('leaves values without a plausible counterpart alone', () => {
    const m = matchValues(extractValues('on Monday', { lang: 'en' }), extractValues('un 5 %', { lang: 'es' }));
    expect(m.mismatched).toEqual([]);
    expect(m.onlyEn).toHaveLength(1);
    expect(m.onlyEs).toHaveLength(1);
  });
});

describe('extractValues: arguments', () => {
  it('throws CotejoError for bad arguments, never for odd text', () => {
    expect(() => extractValues(42 as never)).toThrow(CotejoError);
    expect(() => extractValues('x', { lang: 'fr' as never })).toThrow(/options.lang/);
    expect(() => extractValues('x', { langs: 'es' } as never)).toThrow(CotejoError);
    expect(extractValues('')).toEqual([]);
    expect(extractValues('\ud800 12 \udc00')).toHaveLength(1);
  });
});
