import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CotejoError } from '../src/CotejoError.js';
import {
  DEFAULT_EXTRACT_QUOTES_OPTIONS,
  extractQuotes,
  type Quote,
} from '../src/quotes/extractQuotes.js';
import type { Sentence } from '../src/types.js';

const seed = readFileSync(new URL('../corpus/seed/en.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../corpus/seed/gold.json', import.meta.url), 'utf8'));

function nth(hay: string, needle: string, occ = 0): number {
  let i = hay.indexOf(needle);
  for (let k = 0; k < occ && i !== -1; k++) i = hay.indexOf(needle, i + 1);
  return i;
}

function byText(quotes: Quote[], text: string): Quote {
  const q = quotes.find((x) => x.text === text);
  if (!q) throw new Error(`no quote ${JSON.stringify(text)} in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

/** Every invariant a result must satisfy, for any input. */
function checkInvariants(input: string, quotes: Quote[]): void {
  quotes.forEach((q, i) => {
    expect(q.text).toBe(input.slice(q.start, q.end));
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(q.outer.start).toBeLessThanOrEqual(q.start);
    expect(q.outer.end).toBeGreaterThanOrEqual(q.end);
    expect(q.parts.length).toBeGreaterThan(0);
    expect(q.parts[0].start).toBe(q.start);
    expect(q.parts[q.parts.length - 1].end).toBe(q.end);
    let last = q.start;
    for (const p of q.parts) {
      expect(p.text).toBe(input.slice(p.start, p.end));
      expect(p.start).toBeGreaterThanOrEqual(last);
      last = p.end;
    }
    expect(['en', 'es', 'und']).toContain(q.lang);
    expect(['direct', 'partial', 'scare', 'dialogue']).toContain(q.kind);
    expect(q.words).toBeGreaterThan(0);
    if (q.speakerSpan) expect(q.speakerSpan.text).toBe(input.slice(q.speakerSpan.start, q.speakerSpan.end));
    if (q.parent !== null) {
      expect(q.parent).toBeLessThan(i);
      const p = quotes[q.parent];
      expect(p.outer.start).toBeLessThanOrEqual(q.outer.start);
      expect(p.outer.end).toBeGreaterThanOrEqual(q.outer.end);
    }
    if (i > 0) expect(quotes[i - 1].outer.start).toBeLessThanOrEqual(q.outer.start);
    // Quotes never cross: any two are disjoint or one contains the other (and then it is an ancestor).
    for (let j = 0; j < i; j++) {
      const a = quotes[j].outer;
      const b = q.outer;
      const disjoint = a.end <= b.start || b.end <= a.start;
      const contains = a.start <= b.start && b.end <= a.end;
      expect(disjoint || contains, `quotes ${j} and ${i} cross`).toBe(true);
      if (contains && !disjoint) {
        let p = q.parent;
        while (p !== null && p !== j) p = quotes[p].parent;
        expect(p, `quote ${j} contains ${i} but is not its ancestor`).toBe(j);
      }
    }
  });
  JSON.parse(JSON.stringify(quotes));
}

describe('extractQuotes on the founding example (corpus/seed)', () => {
  const quotes = extractQuotes(seed);

  it('satisfies the result invariants', () => checkInvariants(seed, quotes));

  for (const g of gold.quotes) {
    it(`extracts “${g.text}” as ${g.kind}, speaker ${g.speaker}`, () => {
      const at = nth(seed, g.text, g.occurrence ?? 0);
      const q = quotes.find((x) => x.start === at && x.text === g.text);
      expect(q, `“${g.text}” at ${at}`).toBeDefined();
      expect(q!.kind).toBe(g.kind);
      expect(q!.lang).toBe('en');
      if (g.speaker === null) expect(q!.speaker).toBeNull();
      else expect(q!.speaker ?? '').toMatch(new RegExp(`\\b${g.speaker}$`, 'u'));
    });
  }

  it('finds no English quotation the gold does not list', () => {
    const english = quotes.filter((q) => q.lang === 'en').map((q) => q.text);
    expect(english).toEqual(gold.quotes.map((g: { text: string }) => g.text));
  });

  it('recognizes the embedded Spanish post as a Spanish source passage, not an English quote', () => {
    for (const nq of gold.notQuotes) {
      const q = byText(quotes, nq);
      expect(q.lang).toBe('es');
      expect(q.kind).toBe('direct');
      expect(q.speaker).toBe('Gustavo Petro');
      expect(q.attribution).toBe('colon');
    }
    expect(extractQuotes(seed, { includeSpanish: false }).map((q) => q.text)).toEqual(
      gold.quotes.map((g: { text: string }) => g.text),
    );
  });

  it('keeps the relaying speaker of a reported quote and resolves the role to the named person', () => {
    const q = byText(quotes, 'thinking about doing bad things in Colombia');
    expect(q.speaker).toBe('Donald Trump');
    expect(q.speakerSpan?.text).toBe('the U.S. president');
    expect(q.reportedBy).toBe('Gustavo Petro');
    expect(q.marks).toEqual({ open: '“', close: '”' });
    expect(seed.slice(q.outer.start, q.outer.end)).toBe('“thinking about doing bad things in Colombia”');
  });

  it('attributes words owned by a possessive (“Trump’s characterizations”), not to the sentence subject', () => {
    for (const t of ['sick man', 'cocaine factories']) {
      const q = byText(quotes, t);
      expect(q.speaker).toBe('Donald Trump');
      expect(q.attribution).toBe('possessive');
      expect(q.reportedBy).toBe('Gustavo Petro'); // "He argued that …": He → Petro
    }
  });

  it('never takes an apostrophe (Petro’s, Trump’s) for a quote mark', () => {
    for (const q of quotes) expect(q.marks.open).not.toBe('’');
    expect(quotes.length).toBe(gold.quotes.length + gold.notQuotes.length);
  });
});

describe('English quotations', () => {
  it('handles direct quotes with attribution after, and continues the speaker to the next quote', () => {
    const t = '"We will not back down," Sheinbaum told reporters on Tuesday. "This is about sovereignty."';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs.map((q) => [q.text, q.kind, q.speaker, q.attribution])).toEqual([
      ['We will not back down,', 'direct', 'Sheinbaum', 'verb'],
      ['This is about sovereignty.', 'direct', 'Sheinbaum', 'inherited'],
    ]);
  });

  it('reads the inverted “…,” said X form and resolves later surnames to the full name', () => {
    const t = '“We are ready,” said Marco Rubio, the U.S. secretary of state. Later, Rubio added that talks were “productive”.';
    const qs = extractQuotes(t);
    expect(qs.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['We are ready,', 'direct', 'Marco Rubio'],
      ['productive', 'partial', 'Marco Rubio'],
    ]);
  });

  it('joins a quotation that runs over several paragraphs (each reopened with “, closed only at the end)', () => {
    const t =
      'The minister said:\n\n“The first paragraph of a long statement ends without a closing mark.\n\n' +
      '“The second paragraph reopens it.\n“The third finally closes it.”\n\nAfter that, narration with a “scare” word.';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs).toHaveLength(2);
    const [long, scare] = qs;
    expect(long.parts.map((p) => p.text)).toEqual([
      'The first paragraph of a long statement ends without a closing mark.',
      'The second paragraph reopens it.',
      'The third finally closes it.',
    ]);
    expect(long.marks).toEqual({ open: '“', close: '”' });
    expect(long.kind).toBe('direct');
    expect(long.speaker).toBe('The minister');
    expect(scare.kind).toBe('scare');
  });

  it('ends an unclosed quotation at the end of its paragraph when the next one does not reopen it', () => {
    const t = 'Petro said “we will never surrender\nThe next paragraph is narration.';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('we will never surrender');
    expect(qs[0].marks).toEqual({ open: '“', close: null });
    expect(qs[0].speaker).toBe('Petro');
    expect(extractQuotes(t, { includeUnclosed: false })).toEqual([]);
  });

  it('runs a quotation on over a line break when the next line closes it (text with one sentence per line)', () => {
    const t =
      'The writer recalled that Urquiza never stopped.\n“She was 80 and still writing back to schoolchildren.\n' +
      'She told them she didn’t know either,” Cárdenas said.\nNarration follows with a “scare” word.';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs).toHaveLength(2);
    expect(qs[0].parts.map((p) => p.text)).toEqual(['She was 80 and still writing back to schoolchildren.', 'She told them she didn’t know either,']);
    expect(qs[0].speaker).toBe('Cárdenas');
    expect(qs[0].marks).toEqual({ open: '“', close: '”' });
    // A next line that opens a quotation of its own first does not continue the open one.
    const other = 'He said “we will never surrender\nThe mayor said “enough” and left.';
    expect(extractQuotes(other).map((q) => q.text)).toEqual(['we will never surrender', 'enough']);
  });

  it('ends an open quotation where a new one opens after a finished sentence (a paragraph break lost in the text)', () => {
    const t =
      '“Nobody strikes for fun,” she said. “Every day out of school weighed on us. ' +
      '“But we would not accept another year of falling pay.” The deal was signed. Parents said “enough.”';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs.map((q) => q.text)).toEqual([
      'Nobody strikes for fun,',
      'Every day out of school weighed on us.',
      'But we would not accept another year of falling pay.',
      'enough.',
    ]);
    expect(qs[1].marks).toEqual({ open: '“', close: null });
    // Not after an abbreviation, and not mid-sentence: there a “ inside an open “ nests.
    const nested = extractQuotes('“Mr. “Fix-it” came by,” she said.');
    expect(nested.map((q) => q.text)).toContain('Mr. “Fix-it” came by,');
  });

  it('never takes apostrophes for quote marks', () => {
    const t =
      "He loved rock ’n’ roll in the ’90s, didn't care about Petro’s plans or the Smiths’ house, and 'tis fine. " +
      "He's 6'2\" tall; rock 'n' roll in the '80s. It’s O’Brien’s.";
    expect(extractQuotes(t)).toEqual([]);
  });

  it('handles straight double and single quotes, and single quotes nested in double ones', () => {
    const t = `She called it 'a disgrace'. "He told me 'never again' and left," the aide said.`;
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs.map((q) => [q.text, q.parent])).toEqual([
      ['a disgrace', null],
      ["He told me 'never again' and left,", null],
      ['never again', 1],
    ]);
    expect(qs[1].speaker).toBe('the aide');
    expect(qs[1].kind).toBe('direct');
    expect(qs[2].marks).toEqual({ open: "'", close: "'" });
  });

  it('resolves a pronoun to the person the previous sentence is about', () => {
    const t = 'Colombian President Gustavo Petro met Donald Trump on Tuesday. He said the meeting was “historic”.';
    const q = extractQuotes(t)[0];
    expect(q.speaker).toBe('Gustavo Petro');
    expect(q.speakerSpan?.text).toBe('He');
  });

  it('uses the gender a title marks to pick between two people (Mrs./Mr., ministra/senador)', () => {
    const en = extractQuotes('Mrs. Clark met Mr. Jones on Friday. She said the deal was “done”. He called it “premature”.');
    expect(en.map((q) => q.speaker)).toEqual(['Clark', 'Jones']);
    const es = extractQuotes(
      'La ministra Ana Ruiz se reunió con el senador Pedro Gil. Él dijo que el plan era «un error». Ella respondió: «Es necesario».',
    );
    expect(es.map((q) => q.speaker)).toEqual(['Pedro Gil', 'Ana Ruiz']);
  });

  it('leaves a role it cannot tie to one person as written', () => {
    const t = 'Presidents Petro and Trump spoke. The president said it was “a good call”.';
    const q = extractQuotes(t)[0];
    expect(q.speaker).toBe('The president');
  });

  it('finds the passive agent (described by critics as …) and according to after the quote', () => {
    expect(extractQuotes('The plan, described by critics as “reckless”, was approved.')[0].speaker).toBe('critics');
    const q = extractQuotes('The economy will grow “at least 3%”, according to the central bank.')[0];
    expect(q.speaker).toBe('the central bank');
    expect(q.attribution).toBe('according');
  });

  it('does not take a later clause with its own complement as the attribution', () => {
    const t = 'While Trump claimed to be “in charge” of Venezuela, Petro insisted that elections must come first.';
    expect(extractQuotes(t)[0].speaker).toBe('Trump');
    const u = 'The deal was called a “breakthrough” by nobody, and Petro insisted that it was not.';
    expect(extractQuotes(u)[0].speaker).not.toBe('Petro');
  });
});

describe('attribution patterns of news writing', () => {
  const speakers = (t: string) => extractQuotes(t).map((q) => [q.text, q.kind, q.speaker]);

  it('prefers the name in an apposition after the quote (“…,” the union’s leader, Ana Ruiz Soto, told …)', () => {
    expect(speakers('“We will strike on Monday,” the union\'s leader, Ana Ruiz Soto, told reporters.')).toEqual([
      ['We will strike on Monday,', 'direct', 'Ana Ruiz Soto'],
    ]);
  });

  it('follows a chain of pronoun sentences back to the named person, never to an organization', () => {
    const t =
      'Finance Minister Laura Benítez is steering the budget through Congress. She played down fears after the ' +
      'Central Bank warned of a slowdown. “We have reserves,” she said.';
    expect(speakers(t)).toEqual([['We have reserves,', 'direct', 'Laura Benítez']]);
  });

  it('counts a role subject (“said the minister”) as a mention of the person who holds it', () => {
    const t = '“The cuts are over,” said the minister, Laura Benítez.\nShe also said the plan was ready.\n“It will pass,” she added.';
    expect(speakers(t).map((x) => x[2])).toEqual(['Laura Benítez', 'Laura Benítez']);
  });

  it('reads an exchange of turns in quotes (asked / replied) as dialogue', () => {
    expect(speakers('“Will you resign?” the reporter Juan Gil asked.\n“No, never,” Benítez replied.')).toEqual([
      ['Will you resign?', 'dialogue', 'Juan Gil'],
      ['No, never,', 'dialogue', 'Benítez'],
    ]);
  });

  it('treats a quoted phrase naming a claim or slogan as a mention, owned only by a possessive right before it', () => {
    expect(speakers('Critics question the “economic miracle” claim. Officials defend Trump’s “America First” slogan.')).toEqual([
      ['economic miracle', 'scare', null],
      ['America First', 'partial', 'Trump'],
    ]);
  });

  it('resolves a headline role without a determiner, and is not stopped by abbreviations (Oct. 2)', () => {
    const t =
      'Economy minister says growth will be “modest”\nBy Ana Lee\n' +
      'Finance Minister Laura Benítez said on Oct. 2 that growth would be “modest but real.”';
    expect(speakers(t)).toEqual([
      ['modest', 'partial', 'Laura Benítez'],
      ['modest but real.', 'partial', 'Laura Benítez'],
    ]);
  });

  it('continues the speaker of a reported sentence into the quote that follows it', () => {
    const t = 'Asked about a reshuffle, Benítez said that was for the president to decide. “I am here to finish the budget.”';
    const [q] = extractQuotes(t);
    expect([q.speaker, q.attribution, q.kind]).toEqual(['Benítez', 'inherited', 'direct']);
  });

  it('keeps title abbreviations inside names (Mr. Smith, Ms. Lee) and drops the possessive from an owner', () => {
    expect(speakers('“Fine,” said Mr. Smith. “We will see,” Ms. Lee said later.')).toEqual([
      ['Fine,', 'direct', 'Smith'],
      ['We will see,', 'direct', 'Lee'],
    ]);
    const q = extractQuotes('According to the ministry\'s statement, the program "reached 2 million families."')[0];
    expect([q.speaker, q.speakerSpan?.text, q.kind]).toEqual(['the ministry', 'the ministry', 'partial']);
  });

  it('prefers the name in a Spanish apposition before the verb', () => {
    expect(speakers('El ministro de Hacienda, José Pérez, afirmó que «no habrá más impuestos».')).toEqual([
      ['no habrá más impuestos', 'partial', 'José Pérez'],
    ]);
  });

  it('reads Spanish attributions with the subject before and a role after', () => {
    const t = 'El presidente Gustavo Petro aseguró el martes que la reunión fue «muy productiva». «Hablamos de todo», añadió el mandatario.';
    expect(speakers(t)).toEqual([
      ['muy productiva', 'partial', 'Gustavo Petro'],
      ['Hablamos de todo', 'direct', 'Gustavo Petro'],
    ]);
  });
});

describe('Spanish quotations', () => {
  it('reads «…» with the subject after the verb and an apposition with the name', () => {
    const t = '«No vamos a permitir que nos presionen», afirmó el presidente colombiano, Gustavo Petro, en una entrevista.';
    const [q] = extractQuotes(t);
    expect(q.text).toBe('No vamos a permitir que nos presionen');
    expect(q.marks).toEqual({ open: '«', close: '»' });
    expect(q.lang).toBe('es');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBe('Gustavo Petro');
  });

  it('reads the perfect tense (ha dicho, ha asegurado) and según with a verb', () => {
    const speaker = (t: string) => extractQuotes(t).map((q) => q.speaker);
    expect(speaker('«No habrá recortes», ha dicho Petro.')).toEqual(['Petro']);
    expect(speaker('Petro ha asegurado que «no habrá recortes».')).toEqual(['Petro']);
    expect(speaker('Según explicó Petro, «no habrá recortes».')).toEqual(['Petro']);
    expect(speaker('Según ha explicado el ministro de Hacienda, «no habrá recortes».')).toEqual(['el ministro de Hacienda']);
  });

  it('nests “…” inside «…» and attributes with según', () => {
    const t = 'Según la ministra, «la economía crecerá un 3% y “no habrá recortes” este año».';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs.map((q) => [q.text, q.parent, q.lang])).toEqual([
      ['la economía crecerá un 3% y “no habrá recortes” este año', null, 'es'],
      ['no habrá recortes', 0, 'es'],
    ]);
    expect(qs[0].speaker).toBe('la ministra');
    expect(qs[0].attribution).toBe('according');
    expect(extractQuotes(t, { nested: false })).toHaveLength(1);
  });

  it('reads dash dialogue with the narrator’s interjection (—dijo—)', () => {
    const t = '—No lo sé —dijo Petro—. Quizá mañana hablemos con Trump.\n—¿Y si no llama? —preguntó la periodista.\n—Entonces esperaremos.';
    const qs = extractQuotes(t);
    checkInvariants(t, qs);
    expect(qs.map((q) => [q.parts.map((p) => p.text), q.kind, q.speaker])).toEqual([
      [['No lo sé', 'Quizá mañana hablemos con Trump.'], 'dialogue', 'Petro'],
      [['¿Y si no llama?'], 'dialogue', 'la periodista'],
      [['Entonces esperaremos.'], 'dialogue', null],
    ]);
    expect(qs[0].marks).toEqual({ open: '—', close: null });
    expect(qs.every((q) => q.lang === 'es')).toBe(true);
  });

  it('reads Q&A turns: dashes on one line, and P./R. labels', () => {
    const one = extractQuotes('—¿Ha hablado con Trump? —Sí, ayer por la tarde.');
    expect(one.map((q) => q.text)).toEqual(['¿Ha hablado con Trump?', 'Sí, ayer por la tarde.']);
    const labels = extractQuotes('P. ¿Cuándo habló con Trump?\nR. El miércoles. Fue una llamada larga.');
    expect(labels.map((q) => [q.text, q.kind, q.marks.open])).toEqual([
      ['¿Cuándo habló con Trump?', 'dialogue', 'P.'],
      ['El miércoles. Fue una llamada larga.', 'dialogue', 'R.'],
    ]);
  });

  it('does not read a byline dash (— EL PAÍS …) or an initial (A. Smith) as dialogue', () => {
    expect(extractQuotes('— EL PAÍS América Colombia (@ElPaisAmericaCo) January 9, 2026')).toEqual([]);
    expect(extractQuotes('A. Smith wrote the report.\nR. Jones agreed with it.')).toEqual([]);
  });

  it('continues a Spanish multi-paragraph quotation reopened with »', () => {
    const t = 'Petro afirmó: «Primer párrafo de la declaración.\n»Segundo párrafo, que cierra la cita».';
    const [q] = extractQuotes(t);
    expect(q.parts.map((p) => p.text)).toEqual(['Primer párrafo de la declaración.', 'Segundo párrafo, que cierra la cita']);
    expect(q.speaker).toBe('Petro');
  });
});

describe('options and input', () => {
  it('exports its defaults', () => {
    expect(DEFAULT_EXTRACT_QUOTES_OPTIONS.minWords).toBe(1);
    expect(DEFAULT_EXTRACT_QUOTES_OPTIONS.lang).toBe('auto');
    expect(Object.isFrozen(DEFAULT_EXTRACT_QUOTES_OPTIONS)).toBe(true);
  });

  it('filters by minWords', () => {
    const texts = extractQuotes(seed, { minWords: 2 }).map((q) => q.text);
    expect(texts).not.toContain('froze');
    expect(texts).toContain('popular resistance');
  });

  it('can skip speakers', () => {
    expect(extractQuotes(seed, { speakers: false }).every((q) => q.speaker === null)).toBe(true);
  });

  it('throws CotejoError for bad arguments and options, with the path at fault', () => {
    const bad: [unknown, unknown, string, string][] = [
      [42, undefined, 'INVALID_INPUT', 'input'],
      [null, undefined, 'INVALID_INPUT', 'input'],
      ['x', { minWords: -1 }, 'INVALID_OPTION', 'options.minWords'],
      ['x', { minWords: 1.5 }, 'INVALID_OPTION', 'options.minWords'],
      ['x', { lang: 'fr' }, 'INVALID_OPTION', 'options.lang'],
      ['x', { nested: 'yes' }, 'INVALID_OPTION', 'options.nested'],
      ['x', { minwords: 2 }, 'INVALID_OPTION', 'options.minwords'],
      ['x', 'fast', 'INVALID_OPTION', 'options'],
      [[{ text: 'ab', start: 0, end: 5, lang: 'en', kind: 'sentence', paragraph: 0 }], undefined, 'INVALID_INPUT', 'sentences[0]'],
    ];
    for (const [input, options, code, path] of bad) {
      try {
        extractQuotes(input as never, options as never);
        expect.unreachable(`no error for ${JSON.stringify([input, options])}`);
      } catch (e) {
        expect(e).toBeInstanceOf(CotejoError);
        expect((e as CotejoError).code).toBe(code);
        expect((e as CotejoError).path).toBe(path);
      }
    }
  });

  it('accepts sentences, with offsets into the original text, across sentence boundaries', () => {
    const t = 'Petro spoke.  He said: “One. Two.”\nNext line.';
    const cut = (s: number, e: number, paragraph: number): Sentence => ({
      text: t.slice(s, e), start: s, end: e, lang: 'en', kind: 'sentence', paragraph,
    });
    const i1 = t.indexOf('He');
    const i2 = t.indexOf('Two');
    const i3 = t.indexOf('Next');
    const sentences = [cut(0, 12, 0), cut(i1, i2 - 1, 0), cut(i2, i3 - 1, 0), cut(i3, t.length, 1)];
    const qs = extractQuotes(sentences);
    expect(qs.map((q) => [q.text, q.start, q.speaker])).toEqual([['One. Two.', t.indexOf('One'), 'Petro']]);
  });
});

describe('broken and adversarial input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only quote marks', '“”‘’«»‹›"\'"\'“”'],
    ['only opening marks', '“'.repeat(5000)],
    ['only closing marks', '”'.repeat(5000)],
    ['alternating marks', '“”'.repeat(5000)],
    ['mismatched marks', 'He said “yes» and «no” and ‘maybe” then "ok’ end.'],
    ['lone surrogates', 'He said “\uD800abc\uDFFF” and \uDC00“x'],
    ['dash runs', '—'.repeat(5000)],
    ['dash dialogue runs', ('—a? —B. ').repeat(3000)],
    ['apostrophe runs', '’'.repeat(5000) + "'".repeat(5000)],
    ['straight quote runs', '"a '.repeat(5000)],
    ['deep nesting', '“‘«‹'.repeat(2000) + 'x' + '›»’”'.repeat(2000)],
    ['newlines only', '\n'.repeat(5000)],
    ['labels', 'P. ¿a?\nR. b\n'.repeat(2000)],
    ['a long dotted word', 'He said “a” ' + 'ab.'.repeat(100_000) + 'ly said “b”'],
    ['a long word before the verb', 'x'.repeat(300_000) + 'ly said “a”'],
    ['a long capitalized word', 'X'.repeat(300_000) + ' said “a”'],
    ['a long word of apostrophes', '“' + "a'".repeat(150_000) + '”'],
  ];
  for (const [name, input] of cases) {
    it(`survives ${name}`, () => {
      const qs = extractQuotes(input);
      checkInvariants(input, qs.slice(0, 200));
    });
  }

  it('handles a 1 MB quotation in linear time', () => {
    const body = 'the minister said that the plan would work and that nobody should worry about it. '.repeat(12_500);
    const t = `Petro said: “${body}” and left.`;
    const t0 = performance.now();
    const qs = extractQuotes(t);
    const ms = performance.now() - t0;
    expect(qs).toHaveLength(1);
    expect(qs[0].text.length).toBe(body.length);
    expect(qs[0].speaker).toBe('Petro');
    expect(ms).toBeLessThan(15_000);
  });

  it('stays linear on quote-dense text and on long runs of unclosed or mismatched marks', () => {
    // Time for n units against n/4 units: linear is about 4×, quadratic 16×. Ratios hold on a loaded machine too.
    const time = (s: string) => {
      const t0 = performance.now();
      extractQuotes(s);
      return performance.now() - t0;
    };
    const generators: ((n: number) => string)[] = [
      (n) => 'He said “a” and Petro called it “b”. '.repeat(n / 40),
      (n) => '“x '.repeat(n / 3),
      (n) => '«'.repeat(n),
      (n) => '"\'“‘'.repeat(n / 4),
      (n) => '"a '.repeat(n / 3),
      (n) => ('—¿a? —B. ').repeat(n / 9),
    ];
    for (const g of generators) {
      time(g(8_000)); // warm up
      const small = time(g(30_000));
      const big = time(g(120_000));
      expect(big, g(40)).toBeLessThan(10 * small + 500);
    }
  });

  it('returns hundreds of thousands of quotations without overflowing the stack', () => {
    // One-line Q&A turns and straight quotes that each close the previous one (a spread of a huge array would throw).
    expect(extractQuotes('—¿a? —B. '.repeat(15_000))).toHaveLength(30_000);
    const qs = extractQuotes('"a '.repeat(70_000));
    expect(qs).toHaveLength(70_000);
    checkInvariants('"a '.repeat(70_000), qs.slice(0, 50));
  });

  it('property: offsets are exact and quotations nest without crossing, for any text', () => {
    const alphabet = fc.constantFrom(
      'a', 'b', 'E', ' ', ' ', '\n', '.', ',', ':', '?', '¿', '—', '–', '“', '”', '‘', '’', '«', '»', '‹', '›', '"', "'",
      'said', ' dijo ', 'Petro', ' he ', 'P. ', '\uD800', '’s', 'n’',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chunks) => {
        const input = chunks.join('');
        checkInvariants(input, extractQuotes(input));
      }),
      { numRuns: 400 },
    );
  });
});

describe('with the segmenter', () => {
  it('gives the same quotations from segment() sentences as from the raw text', async () => {
    const { segment } = await import('../src/segment/index.js');
    const fromSentences = extractQuotes(segment(seed));
    const fromText = extractQuotes(seed);
    const view = (qs: Quote[]) => qs.map((q) => [q.text, q.start, q.kind, q.speaker, q.lang]);
    expect(view(fromSentences)).toEqual(view(fromText));
  });
});
