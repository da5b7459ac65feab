import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/segment.js';
import { attributionIn, differentSpeakers, looksInstitutional, sourceSpeakers } from '../src/quotes/check/sourceSpeakers.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

/** The speaker of every Spanish unit of `es`. */
function unitSpeakers(es: string): (string | null)[] {
  const all = segment(es);
  const units = all.filter((u) => u.lang === 'es');
  return sourceSpeakers(es, units, all).map((s) => s.speaker);
}

describe('source speakers: quotations over several sentences', () => {
  it('reads a quotation reopened at the next sentence as the same quotation, not a nested one', () => {
    const es =
      'En sus memorias, publicadas en 2004, escribió: «Cada vez que moría una anciana, ardía con ella una biblioteca entera. ' +
      '«No pude salvarlas a todas. Me negué a dejar que desaparecieran». Su trabajo le valió el Premio Nacional en 2009. ' +
      'El cantautor Pablo Irigoyen dijo que tenía «una voz capaz de hacer callar una plaza».';
    const s = unitSpeakers(es);
    // The quotation closes with the second sentence: the sentences after it are not inside it.
    expect(s.slice(0, -1).every((x) => x === null)).toBe(true);
    expect(s[s.length - 1]).toBe('Pablo Irigoyen');
  });
  it('does the same with straight quotes', () => {
    const es =
      '"Nadie hace huelga por gusto", afirmó Silvia Echeverría. "Cada día sin clase nos pesaba. ' +
      '"Pero no íbamos a aceptar otro año así". Con el acuerdo, el sueldo inicial pasará a 698.000 pesos. ' +
      'No todos los docentes quedaron satisfechos.';
    const s = unitSpeakers(es);
    expect(s[0]).toBe('Silvia Echeverría');
    expect(s[s.length - 1]).toBeNull();
    expect(s[s.length - 2]).toBeNull();
  });
});

describe('source speakers: a quotation continues the previous speaker only when it has no verb of its own', () => {
  it('does not carry a speaker over a sentence whose verb has another subject', () => {
    const es =
      'La Cámara calificó la medida de «desproporcionada». «Nadie niega que los salarios se han quedado atrás», afirmó su presidenta, Verónica Lamas, en conferencia de prensa.';
    expect(unitSpeakers(es)).toEqual(['La Cámara', 'Verónica Lamas']);
  });
  it('continues a bare quotation and one whose verb leaves its subject implicit (`«…», dijo.`)', () => {
    const es = 'El director, Ramiro Zambrano, reconoció que el edificio «no cumplía la norma». «Pedimos el presupuesto en 2019; nunca llegó». «Hay gente que no puede decir lo mismo», dijo.';
    expect(unitSpeakers(es)).toEqual(['Ramiro Zambrano', 'Ramiro Zambrano', 'Ramiro Zambrano']);
  });
  it('does not continue over a sentence of narration', () => {
    const es = 'Ashcroft aseguró que la empresa «no va a negociar bajo presión». Quintana se rio cuando le leímos la frase. «Dicen que no van a negociar bajo presión», respondió.';
    expect(unitSpeakers(es)).toEqual(['Ashcroft', null, null]);
  });
  it('does not take a name inside the quotation, or after a preposition, for the speaker', () => {
    expect(attributionIn('«Si hacer lo correcto abre la caja de Pandora, que así sea», respondió.')).toBeNull();
    expect(attributionIn('"Lo que falta es voluntad política", dijo en la Legislatura.')).toBeNull();
    expect(
      attributionIn('Silvia Echeverría, secretaria general de la Federación de Docentes de Montecillo, el mayor de los tres sindicatos, afirmó que el acuerdo estaba "lejos de ser perfecto".'),
    ).toBe('Silvia Echeverría');
  });
});

describe('speaker comparison: people, not strings', () => {
  it('expands a surname to the full name the source uses, so that a changed second surname is told apart', () => {
    const es = 'La presidenta del banco, Mercedes Arizmendi Ocaña, habló ayer. «Nadie toma esta decisión a la ligera», dijo Arizmendi.';
    const s = unitSpeakers(es);
    expect(s[s.length - 1]).toBe('Mercedes Arizmendi Ocaña');
    expect(differentSpeakers('Mercedes Arizmendi Ocaña', s[s.length - 1])).toBe(false);
    expect(differentSpeakers('Arizmendi', s[s.length - 1])).toBe(false);
    expect(differentSpeakers('Mercedes Arizmendi Castellano', s[s.length - 1])).toBe(true);
  });
  it('does not expand a surname two people share', () => {
    const es = 'Amalia Corvalán murió el domingo. Su hijo, Martín Corvalán, habló con la prensa. «Era una gran mujer», dijo Corvalán.';
    const s = unitSpeakers(es);
    expect(s[s.length - 1]).toBe('Corvalán');
  });
  it('compares institutions by name and never holds an institution against a person', () => {
    expect(differentSpeakers('Costa Verde Red Cross', 'Elena Ibarguren')).toBeNull();
    expect(differentSpeakers('the Chamber', 'La Cámara')).toBeNull();
    expect(differentSpeakers('Valdora Rowing Federation', 'Federación de Remo de Valdora')).toBe(false);
    expect(looksInstitutional('Ministerio del Interior')).toBe(true);
    expect(looksInstitutional('Patricio Loor')).toBe(false);
  });
});

describe('source attribution: a role with its name in apposition', () => {
  it('takes the name after a role that follows the verb', () => {
    expect(attributionIn('«Si el sindicato no acata la conciliación, la huelga será ilegal», señaló el viceministro de Trabajo, Ernesto Bazán.')).toBe('Ernesto Bazán');
    expect(attributionIn('«Nadie niega que los salarios se han quedado atrás», afirmó su presidenta, Verónica Lamas, en conferencia de prensa.')).toBe('Verónica Lamas');
  });
  it('takes the name between a role and the verb', () => {
    expect(attributionIn('El alcalde, Patricio Loor, calificó la respuesta del Gobierno de «lenta e insuficiente».')).toBe('Patricio Loor');
  });
  it('keeps a plain attribution', () => {
    expect(attributionIn('«Vamos a ganar», dijo Bruno Tasca.')).toBe('Bruno Tasca');
  });
});

describe('person registry: people who share a surname', () => {
  it('keeps a daughter apart from her mother and a stranger apart from both', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    const en =
      'The writer Amalia Urquiza Benavides died on Saturday. “She went peacefully,” her daughter, the painter Rocío Salcedo Urquiza, told this newspaper. ' +
      'Urquiza published her first novel at 41. “My grandmother used to say that a book without an ending is like a river,” said Valeria Paredes Salcedo, 24.';
    const qs = extractQuotes(en);
    expect(qs[qs.length - 1].speaker).toBe('Valeria Paredes Salcedo');
  });
  it('reads a name before an aside and a reporting verb, or after an occupation, as a person', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    const en =
      '"It is a cold shower for industry," Rodrigo Lizana, president of the Chamber, told reporters. ' +
      'Banco Pacífico chief economist Daniela Osses, by contrast, said the bank "had no other option." ' +
      '"The market was expecting a strong signal and the bank delivered it," she explained in a note to clients.';
    const qs = extractQuotes(en);
    expect(qs[qs.length - 1].speaker).toBe('Daniela Osses');
  });
  it('still joins a surname and a titled name to the full name', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    const en = 'Colombian President Gustavo Petro spoke on Monday. "We will not give in," President Petro said. "Never," Petro added.';
    expect(extractQuotes(en).map((q) => q.speaker)).toEqual(['Gustavo Petro', 'Gustavo Petro']);
  });
});

describe('source attribution: function words are not speakers', () => {
  it('reads no speaker in `Según añadió, …`', () => {
    expect(attributionIn('Según añadió, el fabricante no le ha dado a la aerolínea "ninguna fecha firme" para las entregas.')).toBeNull();
    expect(attributionIn('Ella dijo que no.')).toBeNull();
  });
  it('does not take an English adjective for an institution (`Red`)', () => {
    expect(differentSpeakers('Costa Verde Red Tanaka', 'Elena Ibarguren')).toBe(true);
  });
});

describe('English attribution: occupations and relations', () => {
  it('reads `said pilot Orlando Betancur` and keeps the speaker for the quote that continues it', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    const en = '"The wind shifted around 3 a.m.," said pilot Orlando Betancur. "Tomorrow is not going to be any easier."';
    expect(extractQuotes(en).map((q) => q.speaker)).toEqual(['Orlando Betancur', 'Orlando Betancur']);
    expect(extractQuotes('"We lost," said officials in Lima.')[0].speaker).toBe('officials');
  });
  it('reads `said Fed chair Jerome Powell`: the organization qualifies the role of the person named next', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    expect(extractQuotes('"Prices will keep rising this year," said Fed chair Jerome Powell.')[0].speaker).toBe('Jerome Powell');
    expect(extractQuotes('"We will not stop," said Hamas political leader Yahya Sinwar.')[0].speaker).toBe('Yahya Sinwar');
    expect(extractQuotes('"We will win," said Joe Biden\'s spokeswoman, Karine Jean-Pierre.')[0].speaker).toBe('Karine Jean-Pierre');
    // A name right after the verb is the speaker, whatever follows.
    expect(extractQuotes('"We will not stop," said Marta Gil on Monday.')[0].speaker).toBe('Marta Gil');
  });
  it('resolves `he` to a person introduced with a long aside between commas', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    const en =
      'Fenatras says about 60% of its members have joined the strike. ' +
      'Dr. Ignacio Valdebenito, an emergency physician who does not belong to the union, said the dispute had exposed old problems. ' +
      '“The strike didn’t create the staff shortages,” he said.';
    expect(extractQuotes(en).map((q) => q.speaker)).toEqual(['Ignacio Valdebenito']);
  });
  it('resolves `he` to the person just introduced as someone’s relation', async () => {
    const { extractQuotes } = await import('../src/quotes/extractQuotes.js');
    const en = 'Ana Ruiz, the mayor, said: "We did it." Her rival, Carlos Varela, disagreed. "It was a mistake," he said.';
    expect(extractQuotes(en).map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Carlos Varela']);
  });
});

describe('source speakers: a role with no name', () => {
  it('is the only person the text gave that role', () => {
    const es =
      'La ministra de Sanidad, Elena Villalobos, presentó el plan el lunes. «Es un buen acuerdo», dijo la ministra. ' +
      'El portavoz del Gobierno, Juan Gil, no quiso opinar. «Veremos», explicó el portavoz en la radio.';
    expect(unitSpeakers(es)).toEqual([null, 'Elena Villalobos', null, 'Juan Gil']);
  });
  it('stays unknown when two people hold the role', () => {
    const es = 'El alcalde de Lima, Ana Ruiz, y el alcalde de Cusco, Carlos Varela, se reunieron. «Es un buen acuerdo», dijo el alcalde.';
    expect(unitSpeakers(es)[1]).toBeNull();
  });
});

describe('source speakers: the speaker of the sentence where the span starts', () => {
  it('gives a two-sentence passage the speaker after it, not the previous sentence’s that the search window started in', () => {
    const en =
      'Elena Varga said: "If I knew how to use a computer, maybe they would pay me more." "I recognized the teacher at once, because I had met him before," Diego Arce told reporters.';
    const es =
      'Elena Varga afirmó: «Si yo supiera cómo usar un ordenador, tal vez me pagarían más». «Reconocí al profesor a la primera. Ya lo había visto antes», declaró Diego Arce a los periodistas.';
    const q = findQuoteMismatches(en, es).quotes[1];
    expect(q.source?.text).toBe('Reconocí al profesor a la primera. Ya lo había visto antes');
    expect(q.source?.speaker).toBe('Diego Arce');
    expect(q.findings.filter((f) => f.type === 'speaker')).toEqual([]);
  });
});
