import { describe, expect, it } from 'vitest';
import { extractValues } from '../src/lexicon/values/extractValues.js';
import { matchValues } from '../src/lexicon/values/matchValues.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

/** Matches the values of an English and a Spanish text. */
function match(en: string, es: string) {
  return matchValues(extractValues(en, { lang: 'en' }), extractValues(es, { lang: 'es' }));
}

describe('a range writes its scale and currency once', () => {
  it('gives the first figure the scale and currency of the second (de 2.400 a 900 millones de euros)', () => {
    const v = extractValues('reducirá de 2.400 a 900 millones de euros la inversión', { lang: 'es' });
    expect(v.map((x) => [x.type, x.value])).toEqual([['money', 2.4e9], ['money', 9e8]]);
    expect(v[0].text).toBe('2.400');
    const m = match('from €2.4 billion to €900 million', 'de 2.400 a 900 millones de euros');
    expect(m.mismatched).toHaveLength(0);
    expect(m.pairs).toHaveLength(2);
  });

  it('reads entre 2.300 y 2.500 millones and between 2 and 3 million', () => {
    expect(match('between €2.3 billion and €2.5 billion', 'entre 2.300 y 2.500 millones de euros').mismatched).toHaveLength(0);
    const en = extractValues('between 2 and 3 million people', { lang: 'en' });
    expect(en.map((x) => x.value)).toEqual([2e6, 3e6]);
  });

  it('still catches a changed first figure of a range', () => {
    const m = match('from €2.7 billion to €900 million', 'de 2.400 a 900 millones de euros');
    expect(m.mismatched).toHaveLength(1);
    expect(m.mismatched[0][0].text).toBe('€2.7 billion');
  });

  it('leaves apart two figures that are not a range (12 casas y 3 millones de euros)', () => {
    const v = extractValues('construyó 12 casas y 3 millones de euros en carreteras', { lang: 'es' });
    expect(v[0].value).toBe(12);
  });
});

describe('claims outside quotes', () => {
  it('do not report a range with its scale written once, nor a known exonym (Lisbon / Lisboa)', () => {
    const en = 'The company will cut its investment from €2.4 billion to €900 million. The player was tested in Lisbon in March.';
    const es = 'La compañía reducirá su inversión de 2.400 a 900 millones de euros. El jugador pasó el control en Lisboa en marzo.';
    const r = findQuoteMismatches(en, es);
    expect(r.claims.filter((c) => c.severity !== 'info').map((c) => `${c.type}:${c.en.text}`)).toEqual([]);
  });

  it('still report a changed figure in a range', () => {
    const en = 'The company will cut its investment from €2.9 billion to €900 million.';
    const es = 'La compañía reducirá su inversión de 2.400 a 900 millones de euros.';
    const types = findQuoteMismatches(en, es).claims.map((c) => `${c.type}:${c.en.text}`);
    expect(types).toContain('number:€2.9 billion');
  });
});

describe('spans of time compare in days', () => {
  it('reads two weeks as quince días, one week as ocho días, 48 hours as dos días', () => {
    expect(match('The strike lasted two weeks.', 'La huelga duró quince días.').pairs).toHaveLength(1);
    expect(match('The talks resume in 2 weeks.', 'Las negociaciones se reanudan en 15 días.').mismatched).toHaveLength(0);
    expect(match('They gave us one week and 48 hours.', 'Nos dieron ocho días y dos días.').mismatched).toHaveLength(0);
    expect(match('It took three weeks.', 'Tardó 21 días.').pairs).toHaveLength(1);
    expect(match('a 12-year-old boy', 'un niño de 12 años').pairs).toHaveLength(1);
  });

  it('still catches a changed span (three weeks / tres meses, twenty weeks / quince días)', () => {
    expect(match('It took three weeks.', 'Tardó tres meses.').mismatched).toHaveLength(1);
    expect(match('The strike lasted twenty weeks.', 'La huelga duró quince días.').mismatched).toHaveLength(1);
    expect(match('It lasted 16 days.', 'Duró quince días.').mismatched).toHaveLength(1);
    expect(match('It lasted 14 days.', 'Duró 15 días.').mismatched).toHaveLength(0);
    expect(match('It lasted 15 days.', 'Duró 14 días.').mismatched).toHaveLength(1);
  });

  it('keeps a faithful quote with a span in other units clean', () => {
    const en = 'The union leader said: "We have been on strike for two weeks and nobody has called us."';
    const es = 'El dirigente sindical dijo: «Llevamos quince días de huelga y nadie nos ha llamado».';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].findings.filter((f) => f.type === 'number' || f.type === 'date')).toEqual([]);
  });
});

describe('decades', () => {
  it('reads the 1990s, the \'80s, los años noventa, los años 70 and la década de 1980 as decades', () => {
    const en = extractValues("in the 1990s and the '80s", { lang: 'en' });
    expect(en.map((v) => [v.type, v.value, v.text])).toEqual([['year', 1990, '1990s'], ['year', 1980, '80s']]);
    const es = extractValues('los años noventa, la década de 1980 y los años 70', { lang: 'es' });
    expect(es.map((v) => [v.type, v.value])).toEqual([['year', 1990], ['year', 1980], ['year', 1970]]);
    expect(match('in the 1990s', 'en los años noventa').pairs).toHaveLength(1);
    expect(match('in the 1990s', 'en la década de 1990').pairs).toHaveLength(1);
    expect(match("in the '90s", 'en los años 90').pairs).toHaveLength(1);
  });

  it('still catches a changed decade, and leaves a count after los alone', () => {
    expect(match('in the 1980s', 'en los años noventa').mismatched).toHaveLength(1);
    expect(match('in the 1990s', 'en la década de 1980').mismatched).toHaveLength(1);
    expect(extractValues('los 80 hogares', { lang: 'es' })[0].type).toBe('number');
  });
});

describe('parts of a month or year', () => {
  it('reads mid-March, mid-2024 and pre-2020 as dates, and F-16 still as a code', () => {
    const v = extractValues('in mid-March and mid-2024, back to pre-2020 levels, an F-16', { lang: 'en' });
    expect(v.map((x) => [x.type, x.text])).toEqual([['date', 'mid-March'], ['year', '2024'], ['year', '2020']]);
    expect(match('in mid-March', 'a mediados de marzo').pairs).toHaveLength(1);
    expect(match('by mid-2024', 'a mediados de 2024').pairs).toHaveLength(1);
    expect(match('in early May', 'a principios de mayo').pairs).toHaveLength(1);
    expect(match('in late 2024', 'a finales de 2024').pairs).toHaveLength(1);
  });

  it('still catches a changed month or year', () => {
    expect(match('in mid-April', 'a mediados de marzo').mismatched).toHaveLength(1);
    expect(match('by mid-2025', 'a mediados de 2024').mismatched).toHaveLength(1);
  });
});

describe('fractions in words', () => {
  it('reads half of / la mitad, a third of / un tercio, a quarter of / una cuarta parte, two thirds / dos tercios', () => {
    expect(match('half of the workers', 'la mitad de los trabajadores').pairs).toHaveLength(1);
    expect(match('a third of the workers', 'un tercio de los trabajadores').pairs).toHaveLength(1);
    expect(match('a quarter of the workers', 'una cuarta parte de los trabajadores').pairs).toHaveLength(1);
    expect(match('two thirds of the workers', 'dos tercios de los trabajadores').pairs).toHaveLength(1);
    expect(match('three quarters of the vote', 'tres cuartas partes de los votos').pairs).toHaveLength(1);
  });

  it('still catches a changed fraction, and never pairs a fraction with a count', () => {
    expect(match('a third of the workers', 'la mitad de los trabajadores').mismatched).toHaveLength(1);
    expect(match('five thirds of the workers', 'dos tercios de los trabajadores').mismatched).toHaveLength(1);
    expect(match('half of the 30 workers', 'la mitad de los 30 trabajadores').mismatched).toHaveLength(0);
    expect(match('half an hour later', '30 minutos después').mismatched).toHaveLength(0);
  });

  it('leaves ordinals alone (the first half of the year, a third term)', () => {
    const v = extractValues('in the first half of the year, a third term', { lang: 'en' });
    expect(v.map((x) => [x.type, x.text])).toEqual([['ordinal', 'first'], ['ordinal', 'third']]);
  });
});

describe('a span of time is no hour of the clock', () => {
  it('does not pair 2:00 p.m. with 20 años, but still pairs 11 p.m. with las 11', () => {
    expect(match('At 2:00 p.m. we stopped.', 'Lleva 20 años volando.').mismatched).toHaveLength(0);
    expect(match('At 11 p.m. we stopped.', 'A las 10 paramos.').mismatched).toHaveLength(1);
  });
});
