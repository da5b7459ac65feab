import { describe, expect, it } from 'vitest';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';
import { checkOffsets } from './helpers/checkOffsets.js';
import { onlyQuote as only, omissions } from './helpers/onlyQuote.js';

describe('omissions judged against the whole Spanish sentence', () => {
  it('finds a clause dropped after the span when the quote is a whole sentence', () => {
    const es = '«Si el Senado se niega a enmendar la ley, iremos a la huelga el 17 de marzo y mantendremos el paro todo el tiempo que haga falta», dijo Marta Quiroga.';
    const q = only('"If the Senate refuses to amend the bill, we will walk out on March 17," said Marta Quiroga.', es);
    expect(q.status).toBe('mismatch');
    expect(omissions(q).join(' ')).toContain('mantendremos');
  });

  it('finds a whole clause inside the span that nothing in the quote renders', () => {
    const q = only(
      '"If the union does not comply with the conciliation, the strike will be illegal," said Inés Calderón.',
      '«Si el sindicato no acata la conciliación, la huelga será ilegal y actuaremos en consecuencia», dijo Inés Calderón.',
    );
    expect(omissions(q).join(' ')).toContain('actuaremos en consecuencia');
  });

  it('keeps the faithful renderings of the same passages clean', () => {
    const a = only(
      '"If the Senate refuses to amend the bill, we will strike on March 17 and we will keep the strike going for as long as it takes," said Marta Quiroga.',
      '«Si el Senado se niega a enmendar la ley, iremos a la huelga el 17 de marzo y mantendremos el paro todo el tiempo que haga falta», dijo Marta Quiroga.',
    );
    expect(omissions(a)).toEqual([]);
    const b = only(
      '"If the union does not comply with the conciliation, the strike will be illegal and we will act accordingly," said Inés Calderón.',
      '«Si el sindicato no acata la conciliación, la huelga será ilegal y actuaremos en consecuencia», dijo Inés Calderón.',
    );
    expect(omissions(b)).toEqual([]);
  });

  it('finds a dropped clause even when the narration around the quote happens to render two of its words', () => {
    const es =
      'Los sindicatos anunciaron el paro a tiempo. «Si el Senado se niega a enmendar la ley, iremos a la huelga el 17 de marzo ' +
      'y mantendremos el paro todo el tiempo que haga falta», dijo Marta Quiroga.';
    const q = only('The unions announced the strike on time. "If the Senate refuses to amend the bill, we will walk out on March 17," said Marta Quiroga.', es);
    expect(omissions(q).join(' ')).toContain('mantendremos');
  });

  it('reads a Spanish idiom three times longer than the English words facing it as a paraphrase, not a dropped clause', () => {
    const q = only(
      '"I don’t care who won. I just want the schools open," said Rubén Ocampo.',
      '«Me da igual quién haya ganado. Solo quiero que abran las escuelas», contó Rubén Ocampo.',
    );
    expect(omissions(q)).toEqual([]);
    // A dropped quantity is not a paraphrase, however short.
    const n = only(
      '“To achieve this we will allocate 1.2 billion euros, and the regions commit to filling the 2,300 primary care posts that are vacant today,” Villalobos said.',
      '«Para conseguirlo vamos a destinar 1.200 millones de euros en tres años, y las comunidades se comprometen a cubrir las 2.300 plazas de atención primaria que hoy están vacantes», dijo Villalobos.',
    );
    expect(omissions(n).join(' ')).toContain('tres años');
  });

  it('reads a Spanish idiom facing an English word the lexicon does not know as its rendering (gaslit / le hizo luz de gas)', () => {
    const q = only('"The mayor gaslit the town for years," she said.', '«El alcalde le hizo luz de gas al pueblo durante años», dijo.');
    expect(omissions(q)).toEqual([]);
  });

  it('does not read a clause said in other words as dropped', () => {
    const q = only(
      '"From day one we have distributed drinking water to every affected family and we have spared no expense," its manager, Gonzalo Peirano, said.',
      '«Desde el primer día hemos distribuido agua potable a todas las familias afectadas y no hemos escatimado recursos», afirmó su gerente, Gonzalo Peirano.',
    );
    expect(omissions(q)).toEqual([]);
  });

  it('does not reach past a speaker’s label or into the next interview turn', () => {
    const en = 'Asked whether she would meet the search groups, she said: "My door is open. It always has been."';
    const es = 'GOBERNADORA MARISOL DOMÍNGUEZ: Mi puerta está abierta. Siempre lo ha estado.\nPERIODISTA: ¿Y las familias que esperan desde hace meses una respuesta del Gobierno?';
    const q = only(en, es);
    expect(omissions(q)).toEqual([]);
  });

  it('does not report a partial quote of a few words for the rest of its sentence', () => {
    const q = only(
      'The minister called the plan "a serious mistake" and left the room.',
      'La ministra calificó el plan de «un grave error, que pagaremos durante décadas con impuestos más altos» y abandonó la sala.',
    );
    expect(omissions(q)).toEqual([]);
  });
});

describe('a faithful quote next to narration that paraphrases its context', () => {
  const es =
    'El Ministerio de Trabajo convocó a ambas partes a una audiencia de conciliación obligatoria el jueves a las 10.00. «Si el sindicato no acata la conciliación, la huelga será ilegal y actuaremos en consecuencia», señaló el viceministro de Trabajo, Ernesto Bazán, sin precisar qué medidas tomaría.';

  it('keeps the faithful quote clean', () => {
    const en =
      'The Labor Ministry summoned both sides to a mandatory conciliation hearing at 10 a.m. on Thursday. “If the union does not comply with the conciliation, the strike will be illegal and we will act accordingly,” Deputy Labor Minister Ernesto Bazán said, without specifying what steps he would take.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    for (const q of r.quotes) expect(omissions(q)).toEqual([]);
  });
});

describe('spans that reach past the quote', () => {
  it('does not report a sentence of the span in which the quote renders nothing (a nested quotation)', () => {
    const en =
      '“When we went to the mine to complain, a man from the company told us, ‘Be patient, this will be sorted out in two weeks.’ More than a month has gone by and nobody has come back.”';
    const es = '«Cuando fuimos a la mina a reclamar, un señor de la empresa nos dijo: ‘Tengan paciencia, esto se arregla en dos semanas’. Ya pasó más de un mes y nadie ha vuelto».';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    for (const q of r.quotes) expect(omissions(q)).toEqual([]);
  });

  it('does not read the sentence before a span that joins two quoted passages', () => {
    const en =
      'Her message is clear: after the measles outbreak that has left 212 confirmed cases and two children dead since August, the country is “not out of the woods.” “We have gone from 60 cases a week down to 11, and that is good news, but we mustn’t count our chickens before they hatch,” she says.';
    const es =
      'Su mensaje es claro: tras el brote de sarampión que ha dejado 212 casos confirmados y dos niños muertos desde agosto, el país «no está fuera de peligro». «Hemos bajado de 40 casos semanales a 11, y eso es una buena noticia, pero no hay que vender la piel del oso antes de cazarlo», explica.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    const q = r.quotes.find((x) => x.text.startsWith('We have gone'))!;
    expect(q.findings.some((f) => f.type === 'number')).toBe(true);
    expect(omissions(q)).toEqual([]);
  });
});
