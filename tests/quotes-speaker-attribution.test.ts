import { describe, expect, it } from 'vitest';
import { attributionIn } from '../src/quotes/check/sourceSpeakers.js';
import { extractQuotes } from '../src/quotes/extractQuotes.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const speakerFinding = (en: string, es: string): boolean[] =>
  findQuoteMismatches(en, es).quotes.map((q) => q.findings.some((f) => f.type === 'speaker'));

describe('Spanish source attribution', () => {
  it('reads verbs that end in an accented letter before a colon', () => {
    expect(attributionIn('Lidia Ferreol afirmó: «No lo haría nunca».')).toBe('Lidia Ferreol');
    expect(attributionIn('«Vamos a ganar», declaró Bruno Tasca a los periodistas.')).toBe('Bruno Tasca');
  });
  it('takes the name in apposition after a role (`El portavoz del Consejo, X, dijo`)', () => {
    expect(attributionIn('El portavoz del Consejo de Valdora, Ivo Marquet, dijo que «todo sigue igual».')).toBe('Ivo Marquet');
    expect(attributionIn('El director del Instituto de Estudios de Valdora, el Dr. Ivo Marquet, dijo sobre el brote: «va a empeorar».')).toMatch(/Ivo Marquet/);
    expect(attributionIn('Nora Quell, presidenta de Valdora, dijo que no.')).toBe('Nora Quell');
  });
  it('reads a name before an object pronoun and a reporting verb (`Pelosi le dijo`) as a speaker too', () => {
    expect(attributionIn('Trump dijo que Pelosi le dijo: «Estamos listos para hablar».')).toBe('Trump / Pelosi');
    expect(speakerFinding('Trump said Pelosi told him: "We are ready to talk."', 'Trump dijo que Pelosi le dijo: «Estamos listos para hablar».')).toEqual([false]);
  });
  it('gives every speaker of a sentence that attributes words to several', () => {
    expect(attributionIn('Ferrocarriles Orla informó que «no quedan billetes», mientras que Nora Quell dijo que era «inesperado».')).toBe('Ferrocarriles Orla / Nora Quell');
  });
  it('takes the name after an owned role (`said Brightmoor’s chief executive, Alison Pryce`) and cuts a firm joined by `&`', () => {
    const speaker = (t: string): string | null => extractQuotes(t)[0]?.speaker ?? null;
    expect(speaker('“We are deeply sorry,” said Brightmoor’s chief executive, Alison Pryce.')).toBe('Alison Pryce');
    expect(speaker('“We are deeply sorry,” said its chief executive, Alison Pryce.')).toBe('Alison Pryce');
    expect(speaker('“We welcome clarity,” said its executive director, Robert Whitfield.')).toBe('Robert Whitfield');
    // One name in apposition after an owned kin or occupation noun.
    expect(speaker('“We are ready to talk,” said Smith’s wife, Anna.')).toBe('Anna');
    expect(speaker('“We are ready to talk,” said Smith’s lawyer, Tom Brown.')).toBe('Tom Brown');
    expect(speaker('“We are ready to talk,” said Smith’s wife, Anna, who flew in on Monday.')).toBe('Anna');
    // An office named after a role is an institution, not the person who holds the role.
    expect(speaker('Sheriff Tom Reddick led the search. The hiker was found "in remarkably good spirits," according to the Kittredge County Sheriff\'s Office.')).toBe("the Kittredge County Sheriff's Office");
    expect(speaker('Another analyst, Raymond Cheung of Fenwick & Cole, said he did not expect a strike.\n"Strikes are the exception," Cheung wrote.')).toBe('Raymond Cheung');
  });
  it('skips the addressee between the verb and its subject (`dijo a la BBC su director, X`)', () => {
    const speaker = (t: string): string | null => extractQuotes(t)[0]?.speaker ?? null;
    expect(speaker('“Detrás de cada cifra hay una persona con dolor”, dijo a la BBC su director, Gareth Owusu.')).toBe('Gareth Owusu');
    expect(speaker('“No vamos a volver”, dijo a esta agencia Héctor Almada, secretario general.')).toBe('Héctor Almada');
    expect(speaker('“No vamos a volver”, declaró al diario Clarín el ministro Juan Pérez.')).toBe('Juan Pérez');
    expect(speaker('“No vamos a volver”, dijo a los periodistas.')).toBe(null);
    // The source side reads it too.
    expect(attributionIn('“Detrás de cada cifra hay una persona con dolor”, dijo a la BBC su director, Gareth Owusu.')).toBe('Gareth Owusu');
    expect(attributionIn('“Detrás de cada cifra hay una persona”, declaró al diario Clarín el ministro de Salud, Juan Pérez.')).toBe('Juan Pérez');
  });
  it('shares the attribution over a quotation of several sentences', () => {
    const en = '"We have a dog. We all love dogs," Bruno Tasca told reporters. "The bridge will open in spring," said Nora Quell.';
    const es = '«Tenemos un perro. A todos nos encantan los perros», declaró Bruno Tasca a los periodistas. «El puente abrirá en primavera», dijo Nora Quell.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes[0].source?.speaker).toBe('Bruno Tasca');
    expect(r.quotes.every((q) => !q.findings.some((f) => f.type === 'speaker'))).toBe(true);
    const swapped = en.replace('Bruno Tasca told', 'Ada Okonkwo told');
    expect(speakerFinding(swapped, es)[0]).toBe(true);
  });
  it('flags a swapped speaker with a colon intro', () => {
    const es = 'Lidia Ferreol afirmó: «El puerto de Valdora cerrará el lunes».';
    expect(speakerFinding('Lidia Ferreol said: "The port of Valdora will close on Monday."', es)).toEqual([false]);
    expect(speakerFinding('Nora Quell said: "The port of Valdora will close on Monday."', es)).toEqual([true]);
  });
});

describe('English attribution', () => {
  it('takes the person before `of the <institution>`', () => {
    const q = extractQuotes('Ivo Marquet of the Valdora Health Ministry said the kits had a "high error rate".');
    expect(q[0].speaker).toBe('Ivo Marquet');
    const q2 = extractQuotes('Ivo Marquet of the Valdora School of Music and Dance said it was "a good year".');
    expect(q2[0].speaker).toBe('Ivo Marquet');
  });
  it('reads a place that opens with an article as the complement of a role (`The mayor of La Esmeralda, X, said`)', () => {
    const t = 'The mayor of La Esmeralda, Fabio Nelson Cardona, acknowledged that the plan had "never got off the drawing board" for lack of funds.';
    expect(extractQuotes(t)[0].speaker).toBe('Fabio Nelson Cardona');
  });
  it('resolves a pronoun to the person, not to the organization that modifies her role (`Fenatras president X`)', () => {
    const t =
      'Fenatras says about 60% of its members have joined the strike. ' +
      '“We are not asking for privileges,” Fenatras president Marisol Cárcamo told reporters outside the hospital. ' +
      '“Every nurse on that ward was looking after 16 patients,” she said.';
    expect(extractQuotes(t).map((q) => q.speaker)).toEqual(['Marisol Cárcamo', 'Marisol Cárcamo']);
  });
  it('reads abbreviated titles and never names a month', () => {
    expect(extractQuotes('Dr. Nora Quell said it was "a good year".')[0].speaker).toBe('Nora Quell');
    const q = extractQuotes('On 28 February, Valdora officials said the risk would rise from "high" to "very high".');
    expect(q.every((x) => x.speaker !== 'February')).toBe(true);
  });
  it('does not take the next sentence’s verb for a quote closed by its own period', () => {
    const q = extractQuotes('Nora Quell also said that "Valdora is pushing the message hard." Orla has also called for calm.');
    expect(q[0].speaker).toBe('Nora Quell');
  });
});

describe('speaker comparison and continuation', () => {
  it('compares a joined source speaker part by part, and names of equal length by their last word', async () => {
    const { differentSpeakers } = await import('../src/quotes/check/sourceSpeakers.js');
    expect(differentSpeakers('Ferrocarriles Orla', 'Ferrocarriles Orla / Nora Quell')).toBe(false);
    expect(differentSpeakers('Ada Okonkwo', 'Ferrocarriles Orla / Nora Quell')).toBe(true);
    expect(differentSpeakers('Valdora Rowing Federation', 'Federación de Remo de Valdora')).toBe(false);
    expect(differentSpeakers('Tedros Adhanom Ghebreyesus', 'Tedros Adhanom')).toBe(false);
    expect(differentSpeakers('Valdora Rowing Okafor', 'Federación Remo Valdora')).toBe(true);
  });
  it('continues an attributed quotation into the next quoted sentence of the paragraph', () => {
    const es = '«El puerto abrirá en marzo», dijo Nora Quell. «Habrá trenes nuevos para todos los pueblos».';
    const en = '"The port will open in March," said Nora Quell. "There will be new trains for all the towns."';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes[1].source?.speaker).toBe('Nora Quell');
    expect(r.quotes.every((q) => !q.findings.some((f) => f.type === 'speaker'))).toBe(true);
  });
});

describe('English attribution: names that hold a verb-like word', () => {
  it('does not read `States` in `the United States` as `states`', () => {
    const q = extractQuotes("According to Nora Quell, the director of the United States' Valdora Office, the flood was \"unprecedented.\"");
    expect(q[0].speaker).toBe('Nora Quell');
    expect(extractQuotes('Ivo Marquet states that it is "fine".')[0].speaker).toBe('Ivo Marquet');
  });
});

describe('English attribution in news copy', () => {
  it('takes the name in apposition, not a place after the role’s preposition (`the UN envoy for Karsenia, Helga Marstrand, said`)', () => {
    const q = extractQuotes('The United Nations envoy for Karsenia, Helga Marstrand, said the parties had made "real but fragile progress".');
    expect(q[0].speaker).toBe('Helga Marstrand');
  });

  it('continues the previous speaker when the next sentence reports someone else’s statement', () => {
    const t = '"Our door is open, 24 hours a day," Whitlock said. "All they have to do is walk through it." Kessler said the company was "ready to talk tonight."';
    expect(extractQuotes(t).map((q) => q.speaker)).toEqual(['Whitlock', 'Whitlock', 'Kessler']);
    // An attribution sentence of its own still names the speaker.
    const u = '"Our door is open," Whitlock said. "All they have to do is walk through it." Kessler said.';
    expect(extractQuotes(u).map((q) => q.speaker)).toEqual(['Whitlock', 'Kessler']);
    // Nothing to continue when the quote before has no speaker: the sentence after names it.
    const v = 'The sign on the door read "closed." "We will reopen on Monday." Kessler said the company was ready to talk.';
    expect(extractQuotes(v).map((q) => q.speaker)).toEqual([null, 'Kessler']);
  });
});

describe('pronouns after inverted attributions', () => {
  it('resolves `she said` to the person named by `…,” said Ana Ruiz` in the sentence before', () => {
    const t = '"We waited all day," said Ana Ruiz, 44, who was flying to Chicago with her children. "They sent me a text," she said.';
    expect(extractQuotes(t).map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('skips a place after a preposition when resolving a pronoun to the sentence before', () => {
    const t = 'The United Nations envoy for Karsenia, Helga Marstrand, spoke after the talks. "Every week without a ceasefire costs lives," she said.';
    expect(extractQuotes(t)[0].speaker).toBe('Helga Marstrand');
  });
});

describe('attribution after the quote with a modified title', () => {
  it('reads `“…,” APSA president Helena Quintas told …` as Quintas, but not a clause opened by `as`', () => {
    expect(extractQuotes('"This was not an accident," APSA president Helena Quintas told a news conference in Lisbon.')[0].speaker).toBe('Helena Quintas');
    expect(extractQuotes('"This was not an accident," union president Helena Quintas told reporters.')[0].speaker).toBe('Helena Quintas');
    expect(extractQuotes('The governor’s “security miracle,” as her supporters have called it, leaves out disappearances.')[0].speaker).not.toBe('her supporters');
  });
});

describe('speech nouns', () => {
  it('reads `Calloway’s remarks were “a caricature”` as the reporting subject’s words, not Calloway’s', () => {
    const t = 'Simon Yardley said in a statement that Calloway’s remarks were “a caricature” of an industry.';
    expect(extractQuotes(t)[0].speaker).toBe('Simon Yardley');
  });
});
