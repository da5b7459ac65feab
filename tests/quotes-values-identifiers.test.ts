import { describe, expect, it } from 'vitest';
import { extractValues } from '../src/lexicon/values/extractValues.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const types = (en: string, es: string): string[] =>
  findQuoteMismatches(en, es).quotes.flatMap((q) => q.findings.filter((f) => f.severity !== 'info').map((f) => f.type));

describe('values in quotes', () => {
  it('compares the number of an identifier both sides write alike', () => {
    const es = 'Ivo Marquet dijo: «La vacuna contra la COVID-19 llegará a Valdora».';
    expect(types('Ivo Marquet said: "The COVID-19 vaccine will reach Valdora."', es)).toEqual([]);
    expect(types('Ivo Marquet said: "The COVID-23 vaccine will reach Valdora."', es)).toEqual(['number']);
    expect(types('Ivo Marquet said: "The Covid-19 vaccine will reach Valdora."', es)).toEqual([]);
  });
  it('accepts a figure converted to metric units, and reports one that does not convert', () => {
    const es = 'Ivo Marquet dijo: «El agua cubrió un tramo de 8 kilómetros de la carretera».';
    expect(types('Ivo Marquet said: "The water covered a 5-mile stretch of the road."', es)).toEqual([]);
    expect(types('Ivo Marquet said: "The water covered a 50-mile stretch of the road."', es)).toEqual(['number']);
    // A unit the value reader does not convert keeps the looser rule (imperial against metric).
    expect(types('Ivo Marquet said: "The wind blew at 90 mph all night."', 'Ivo Marquet dijo: «El viento sopló a 145 km/h toda la noche».')).toEqual([]);
  });

  it('reads plural weekdays of habit', () => {
    expect(extractValues('los domingos', { lang: 'es' })[0]?.value).toEqual({ weekday: 7 });
    expect(extractValues('on Sundays', { lang: 'en' })[0]?.value).toEqual({ weekday: 7 });
    expect(types('"I play chess with him on Sunday," said Nora Quell.', '«Juego al ajedrez con él los domingos», dijo Nora Quell.')).toEqual([]);
  });
  it('calls a plain number against a year a number', () => {
    expect(types('"The campaign of 2445 was dull," said Nora Quell.', '«La campaña de 1880 fue aburrida», dijo Nora Quell.')).toEqual(['number']);
    expect(types('"The campaign of 1881 was dull," said Nora Quell.', '«La campaña de 1880 fue aburrida», dijo Nora Quell.')).toEqual(['date']);
  });
  it('reads a day of the month written as an ordinal in English and a cardinal in Spanish as the same', () => {
    const es = '«Nadie llega al día 20 del mes con este sueldo», dijo Nora Quell.';
    expect(types('"Nobody gets to the 20th of the month on this wage," said Nora Quell.', es)).toEqual([]);
    expect(types('"Nobody gets to the 25th of the month on this wage," said Nora Quell.', es)).not.toContain('date');
  });
  it('reads Spanish times of day (de la madrugada, de la tarde) and clock times written like decimals', () => {
    expect(extractValues('a las 3 de la madrugada', { lang: 'es' })[0]?.value).toEqual({ hour: 3, minute: 0 });
    expect(extractValues('a las 4 de la tarde', { lang: 'es' })[0]?.value).toEqual({ hour: 16, minute: 0 });
    expect(extractValues('a las 11 de la noche', { lang: 'es' })[0]?.value).toEqual({ hour: 23, minute: 0 });
    expect(extractValues('a las 10.30 de la mañana', { lang: 'es' })[0]?.value).toEqual({ hour: 10, minute: 30 });
    expect(extractValues('el capítulo 8 de la novela', { lang: 'es' })[0]?.type).toBe('number');
    const es = '«El viento cambió hacia las 3 de la madrugada», dijo Nora Quell.';
    expect(types('"The wind shifted around 3 a.m.," said Nora Quell.', es)).toEqual([]);
    // a changed hour is a changed figure
    expect(types('"The wind shifted around 5 a.m.," said Nora Quell.', es)).toEqual(['number']);
    const es2 = '«Nadie vio el texto hasta las 11 de la noche», dijo Nora Quell.';
    expect(types('"Nobody saw the text until 11 o\'clock," said Nora Quell.', es2)).toEqual([]);
    expect(types('"Nobody saw the text until 9 o\'clock," said Nora Quell.', es2)).toEqual(['number']);
    const es3 = '«A las 12.30 volvimos a despegar», dijo Nora Quell.';
    expect(types('"At 12:30 p.m. we took off again," said Nora Quell.', es3)).toEqual([]);
    expect(types('"At 1:30 p.m. we took off again," said Nora Quell.', es3)).not.toEqual([]);
  });
  it('calls a changed day of the month or month a date', () => {
    const es = '«Si el Senado se niega a enmendar la ley, iremos a la huelga el 17 de marzo», dijo Nora Quell.';
    const en = '"If the Senate refuses to amend the bill, we will walk out on March 17," said Nora Quell.';
    expect(types(en, es)).toEqual([]);
    expect(types(en.replace('17', '19'), es)).toEqual(['date']);
    expect(types(en.replace('March', 'April'), es)).toEqual(['date']);
  });
  it('reads a value the source span cuts short whole', () => {
    const en = 'Lucía Arancibia said: "Half a point hardly changes the arithmetic of a factory that borrows at 18%."';
    const es = 'Lucía Arancibia dijo: «Medio punto apenas cambia las cuentas de una fábrica que se financia al 18 %».';
    expect(types(en, es)).toEqual([]);
    expect(types(en.replace('18%', '21%'), es)).toEqual(['number']);
  });
});

describe('amounts and fractions written otherwise', () => {
  const findings = (en: string, es: string): string[] =>
    findQuoteMismatches(
      `"We met the families in the town hall on Monday. ${en}," the official said.`,
      `«Nos reunimos con las familias en el ayuntamiento el lunes. ${es}», dijo el funcionario.`,
    ).quotes[0].findings.filter((f) => f.severity !== 'info').map((f) => f.type);

  it('reads `$2bn` / `2.000 millones de dólares` as one amount, with no dropped words', () => {
    expect(findings('The company lost $2bn last year', 'La empresa perdió 2.000 millones de dólares el año pasado')).toEqual([]);
    expect(findings('The council spent £1.5m on the bridge', 'El ayuntamiento gastó 1,5 millones de libras en el puente')).toEqual([]);
    expect(findings('The company lost $3bn last year', 'La empresa perdió 2.000 millones de dólares el año pasado')).toContain('number');
  });

  it('reads a fraction in words and its percentage as one figure (`half` / `50 %`)', () => {
    expect(findings('Half of the students failed the exam', 'El 50 % de los estudiantes suspendió el examen')).toEqual([]);
    expect(findings('50 percent of the students failed the exam', 'La mitad de los estudiantes suspendió el examen')).toEqual([]);
    expect(findings('Half of the students failed the exam', 'El 40 % de los estudiantes suspendió el examen')).toContain('number');
    expect(findings('One in five children lives in poverty', 'El 20 % de los niños vive en la pobreza')).toEqual([]);
    expect(findings('Three out of 10 voters backed the plan', 'El 30 % de los votantes apoyó el plan')).toEqual([]);
    expect(findings('20 percent of children live in poverty', 'Uno de cada cinco niños vive en la pobreza')).toEqual([]);
    expect(findings('One in five children lives in poverty', 'El 30 % de los niños vive en la pobreza')).toContain('number');
  });
});
