import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuoteMismatches, DEFAULT_FIND_QUOTE_MISMATCHES_OPTIONS } from '../src/quotes/findQuoteMismatches.js';
import { renderText } from '../src/report/renderText.js';
import { countNegations } from '../src/quotes/check/negationCues.js';
import { attributionIn, differentSpeakers } from '../src/quotes/check/sourceSpeakers.js';
import { CotejoError } from '../src/CotejoError.js';
import { clauseParts } from '../src/quotes/check/findSourceSpan.js';
import { prepareBridgeSentence } from '../src/lexicon/prepareBridgeSentence.js';
import { checkOffsets } from './helpers/checkOffsets.js';

describe('findQuoteMismatches', () => {
  it('finds a changed number in a quote and localizes the message', () => {
    const en = 'The mayor said: "We have rehoused 21,000 families since the flood."';
    const es = 'La alcaldesa dijo: «Hemos realojado a 12.000 familias desde la inundación».';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0];
    expect(q.status).toBe('mismatch');
    const f = q.findings.find((x) => x.type === 'number');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('error');
    expect(f!.en.text).toBe('21,000');
    expect(f!.es!.text).toContain('12.000');
    const rEs = findQuoteMismatches(en, es, { locale: 'es' });
    expect(rEs.quotes[0].findings.find((x) => x.type === 'number')!.message).toMatch(/La fuente dice/);
    checkOffsets(r, en, es);
  });

  it('comes out match on a faithful translation', () => {
    const en = 'The minister said: "We have reserves, we have fiscal discipline."';
    const es = 'La ministra dijo: «Tenemos reservas, tenemos disciplina fiscal».';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes[0].status).toBe('match');
    expect(r.quotes[0].source!.text).toContain('Tenemos reservas');
  });

  it('reports “no siempre” rendered as “never” as a negation error', () => {
    const en = 'Aravena wrote that "the fastest way is never the best for Chile," in a post.';
    const es = 'No siempre lo más rápido es lo mejor para Chile.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes[0].findings.some((f) => f.type === 'negation' && f.severity === 'error')).toBe(true);
  });

  it('leaves a quote with no Spanish counterpart unsourced, never an error', () => {
    const en = 'He called it "a cultural treasure of the whole valley" on Monday.';
    const es = 'El Ayuntamiento aprobó el presupuesto de 2026 con los votos de la oposición.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes[0].status).toBe('unsourced');
    expect(r.quotes[0].source).toBeNull();
    expect(r.quotes[0].findings).toEqual([expect.objectContaining({ type: 'unsourced', severity: 'info', es: null })]);
  });

  it('uses the Spanish passages embedded in the English text as sources', () => {
    const en =
      'Petro posted on X.\nGustavo Petro, presidente de Colombia: “Su tarea central debería ser unir al pueblo de Venezuela”\n' +
      'He said her main task "should be to unite the people of Venezuela," in the post.';
    const r = findQuoteMismatches(en);
    // The Spanish quotation is a source, not an English quote to verify.
    expect(r.quotes.every((q) => !q.text.includes('tarea'))).toBe(true);
    const q = r.quotes.find((x) => x.text.includes('unite'))!;
    expect(q.source).not.toBeNull();
    expect(q.source!.text).toContain('unir al pueblo');
    checkOffsets(r, en, en);
  });

  it('checks claims outside quotes: a changed figure, an accentless name, never a derived word', () => {
    const en = 'The Colombian ministry said 21,000 families in Bogota were moved by Monday, according to Nicolas Perez.';
    const es = 'El ministerio de Colombia dijo que 12.000 familias de Bogotá fueron trasladadas antes del lunes, según Nicolás Pérez.';
    const r = findQuoteMismatches(en, es);
    const types = r.claims.map((c) => `${c.type}:${c.en.text}`);
    expect(types).toContain('number:21,000');
    expect(types).toContain('diacritics:Nicolas');
    expect(types.some((t) => t.startsWith('entity:Colombian'))).toBe(false);
    expect(r.claims.every((c) => c.type !== 'diacritics' || c.severity === 'info')).toBe(true);
    checkOffsets(r, en, es);
  });

  it('tells a misspelled name from a translated word of a name (Quiñonez / Quiñones, Adaptation / Adaptación)', () => {
    const es = 'El Fondo Adaptación entregará las casas, dijo el gerente Rubén Quiñones.';
    const en = 'The Adaptation Fund will hand over the houses, said its manager Ruben Quiñonez.';
    const types = findQuoteMismatches(en, es).claims.map((c) => `${c.type}:${c.en.text}`);
    expect(types).toContain('entity:Quiñonez');
    expect(types.some((t) => t.startsWith('entity:Adaptation'))).toBe(false);
  });

  it('sources a quote with a clause of its own and reports the clause as an addition', () => {
    const es = 'La ministra habló en el Congreso sobre la educación rural. «Las escuelas rurales cierran», dijo la ministra. Después respondió a las preguntas.';
    const en = 'The minister spoke in Congress about rural education. "Rural schools are closing, and every family in the region will pay higher taxes," the minister said.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].source?.text).toBe('Las escuelas rurales cierran');
    expect(r.quotes[0].findings.map((f) => f.type)).toEqual(['addition']);
  });

  it('reports a long added clause after a loosely rendered head (an idiom the lexicon does not pair word by word)', () => {
    const es = '«Ese dinero no lo vamos a recuperar, pero tampoco lo vamos a olvidar», dijo Lucía Ferrán.';
    const added = '"We are not going to get that money back, but we are not going to forget it either, as the army prepares a major operation along the border," said Lucía Ferrán.';
    const r = findQuoteMismatches(added, es);
    checkOffsets(r, added, es);
    expect(r.quotes[0].findings.filter((f) => f.type === 'addition').map((f) => f.en.text)).toEqual(['army prepares a major operation along the border']);
    const faithful = '"We are not going to get that money back, but we are not going to forget it either," said Lucía Ferrán.';
    expect(findQuoteMismatches(faithful, es).quotes[0].status).toBe('match');
  });

  it('sources a quote by a loosely rendered clause in the sentence its English sentence reports, and reports the rest as an addition', () => {
    const es =
      'Ibarra respondió una hora después desde el portón de la planta, rodeado de trabajadores con pancartas. «Al viceministro le digo que nosotros no le tenemos miedo a nadie», dijo. Nunca fue el jugador con más talento del circuito.';
    const narration = 'Ibarra answered an hour later from the gate of the plant, surrounded by workers with banners.';
    const added = `${narration} "To the deputy minister I say: we are not afraid of anybody, because the whole committee secretly wanted a different outcome," he said.`;
    const r = findQuoteMismatches(added, es);
    checkOffsets(r, added, es);
    expect(r.quotes[0].source?.text).toBe('Al viceministro le digo que nosotros no le tenemos miedo a nadie');
    expect(r.quotes[0].findings.filter((f) => f.type === 'addition').map((f) => f.en.text)).toEqual(['because the whole committee secretly wanted a different outcome']);
    // An invented quote in the same place shares a few chance words with the source: still unsourced.
    const invented = `${narration} "Farmers deserve cheaper fertilizer and faster trains to the coast," said Okafor.`;
    expect(findQuoteMismatches(invented, es).quotes[0].status).toBe('unsourced');
  });

  it('splits a quote into clause prefixes and suffixes, longest first, never a one-word last part', () => {
    const text = 'We will build new schools in the villages, while the hospitals are running out of beds';
    const parts = clauseParts(text, prepareBridgeSentence(text, 'en'));
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual(['We will build new schools in the villages', 'while the hospitals are running out of beds']);
    // A first clause with one content word is a part (searched as a short partial quote); a last one is not.
    const texts = (t: string): string[] => clauseParts(t, prepareBridgeSentence(t, 'en')).map((p) => t.slice(p.start, p.end));
    expect(texts('by results, not announcements.')).toEqual(['by results']);
    expect(texts('We will build new schools in the villages, not roads.')).toEqual(['We will build new schools in the villages']);
  });

  it('takes the quoted passage, not the end of the sentence before it that a chance link pulled in', () => {
    // `comentó` shares a lexicon key with `comenzó` (start): the window reaches back into the previous sentence.
    const es =
      '“La verdad, no he dormido desde el sábado”, comentó entre risas. “Si hubo debate, qué bueno. El cine debe abrir discusiones, no cerrarlas”.';
    const en = 'She laughed it off. "If there was a debate, then good. Cinema should start arguments, not end them," said Marta Quiroga.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].source?.text).toBe('Si hubo debate, qué bueno. El cine debe abrir discusiones, no cerrarlas');
    expect(r.quotes[0].status).toBe('match');
  });

  it('compares an idiom rendered by its usual Spanish phrase as rendered, not as an omission and an addition', () => {
    const es = '«La gota que colmó el vaso fue el nuevo sistema de turnos», dijo el estibador Ramón Quesada.';
    const en = '"The straw that broke the camel’s back was the new shift system," said dockworker Ramón Quesada.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].status).toBe('match');
    // `run out of` / `se nos acabó`: the span takes the clause the phrasal verb renders.
    const es2 = '«Pero después de cuatro años sin un contrato nuevo, a nosotros se nos acabó la paciencia y a la dirección se le acabaron los pretextos», dijo Tom Reyes.';
    const en2 = '"But after four years without a new contract, we have run out of patience, and management has run out of excuses," Tom Reyes said.';
    expect(findQuoteMismatches(en2, es2).quotes[0].findings.filter((f) => f.type === 'addition')).toEqual([]);
  });

  it('lets a word the lexicon does not know stand for a compound of the English (`pyme`: small business)', () => {
    const es = '«Con tasas así, ninguna pyme puede invertir ni contratar», dijo la economista Laura Benítez.';
    const en = '"With rates like these, no small business can invest or hire," said economist Laura Benítez.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].findings.filter((f) => f.type === 'addition')).toEqual([]);
  });

  it('reads the head of a possessive whose owner is rendered as part of its rendering (`mayor’s office` ~ `alcaldía`)', () => {
    const es = '«Mandamos cartas, fuimos a la alcaldía, y nunca vino nadie», dijo Dora Villamil.';
    const en = '"We sent letters, we went to the mayor\'s office, and not a single person ever came," said Dora Villamil.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].status).toBe('match');
    const added = findQuoteMismatches('"We sent letters and went to the mayor\'s office, but the police arrested three local officials," said Dora Villamil.', '«Mandamos cartas y fuimos a la alcaldía», dijo Dora Villamil.');
    expect(added.quotes[0].findings.map((f) => f.type)).toContain('addition');
  });

  it('does not source a quote by a first clause that is only a name (a vocative): unsourced, not an addition', () => {
    const en = 'Sales have collapsed. One buyer told her: "Marisa, these duties will never see the light of day."';
    const es = 'Las ventas se han desplomado. Un comprador le dijo: «Marisa, esos aranceles se van a quedar en agua de borrajas».';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].status).toBe('unsourced');
  });

  it('keeps the whole passage when the speaker quotes a word at its start (“‘Resistente’ ya no es…”)', () => {
    const en = 'The disease has spread across the region. "Resistant is no longer a word I use," she said.';
    const es = 'La enfermedad se ha extendido por la región. “‘Resistente’ ya no es una palabra que yo use”, dijo.';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].source?.text).toBe('Resistente’ ya no es una palabra que yo use');
    expect(r.quotes[0].status).toBe('match');
  });

  it('does not report words past a sentence end of the span as one omission', () => {
    const es = '«Vamos a construir escuelas nuevas en los pueblos del norte». Los alcaldes de la comarca celebraron anoche la noticia.';
    const en = 'She said: "We are going to build new schools in the villages of the north."';
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
    expect(r.quotes[0].status).toBe('match');
  });

  it('validates its arguments and options', () => {
    expect(() => findQuoteMismatches(42 as never)).toThrow(CotejoError);
    expect(() => findQuoteMismatches('a', 7 as never)).toThrow(/es must be a string/);
    expect(() => findQuoteMismatches('a', 'b', { locale: 'fr' as never })).toThrow(CotejoError);
    expect(() => findQuoteMismatches('a', 'b', { nope: 1 } as never)).toThrow(/Unknown option/);
    expect(() => findQuoteMismatches('a', 'b', { minCoverage: 2 })).toThrow(/minCoverage/);
    expect(DEFAULT_FIND_QUOTE_MISMATCHES_OPTIONS.locale).toBe('en');
  });
});

describe('findQuoteMismatches on broken input', () => {
  const es = 'El presidente dijo que la economía crecerá un 3 % este año.';
  it.each([
    ['empty English', ''],
    ['unclosed quote', 'He said "the economy will grow 3% this year and never stop'],
    ['quotes inside quotes', 'She said: "He told me \'we will grow "3%" this year\' twice."'],
    ['only marks', '"""""“”“”«»'],
    ['long run of one character', `"${'a'.repeat(50_000)}`],
  ])('%s never throws', (_name, en) => {
    const r = findQuoteMismatches(en, es);
    checkOffsets(r, en, es);
  });

  it('handles an empty Spanish file', () => {
    const en = 'He said "the economy will grow 3% this year."';
    const r = findQuoteMismatches(en, '');
    expect(r.quotes[0].status).toBe('unsourced');
    expect(r.claims).toEqual([]);
  });

  it('handles a 1 MB quotation in reasonable time', () => {
    const words = 'the economy will grow this year and the president said so again ';
    const en = `He said "${words.repeat(Math.ceil(1_000_000 / words.length))}" yesterday.`;
    const t0 = performance.now();
    const r = findQuoteMismatches(en, es);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.quotes[0].end - r.quotes[0].start).toBeGreaterThan(900_000);
  });

  it('keeps offsets exact on arbitrary text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('He said ', '"', '“', '”', '«', '»', 'not ', 'no ', '12,000 ', '12.000 ', 'Petro ', 'dijo ', 'families ', 'familias ', '. ', '\n', 'é', '😀'), { maxLength: 40 }),
        fc.array(fc.constantFrom('Petro dijo: ', '«', '»', 'no ', '12.000 ', 'familias ', '. ', '\n', 'según ', 'nunca '), { maxLength: 30 }),
        (a, b) => {
          const en = a.join('');
          const src = b.join('');
          checkOffsets(findQuoteMismatches(en, src), en, src);
          checkOffsets(findQuoteMismatches(en), en, en);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('negation cues', () => {
  it('counts Spanish negative concord once', () => {
    expect(countNegations('No hay ni una cosa ni la otra', 'es').count).toBe(1);
    expect(countNegations('No siempre lo más rápido es lo mejor', 'es').notAlways).toBe(1);
    expect(countNegations('El final más dramático visto jamás', 'es').count).toBe(0);
    expect(countNegations("We don't want photos", 'en').count).toBe(1);
    expect(countNegations('Sin embargo, llegó', 'es').without).toBe(0);
  });
  it('is linear on long runs', () => {
    const t0 = performance.now();
    countNegations('no '.repeat(200_000), 'es');
    countNegations(`${'a'.repeat(500_000)}!`, 'en');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('source speakers', () => {
  it('reads Spanish attribution', () => {
    expect(attributionIn('“Ahora la gente socializa de otra forma”, comenta el señor Adams.')).toMatch(/Adams/);
    expect(attributionIn('Gustavo Petro, presidente de Colombia: “Su tarea central…”')).toBe('Gustavo Petro');
    expect(attributionIn('Según la ministra Rosa Quispe, la economía crecerá.')).toMatch(/Rosa Quispe/);
    // Portuguese, Dutch and Arabic name particles are part of the name, not the end of it.
    expect(attributionIn('«Estamos preparados», dijo el presidente de Brasil, Luiz Inácio Lula da Silva.')).toBe('Luiz Inácio Lula da Silva');
    expect(attributionIn('«Estamos preparados», dijo el entrenador, Louis van Gaal.')).toBe('Louis van Gaal');
  });
  it('compares people, not roles', () => {
    expect(differentSpeakers('Mr. Adams', 'señor Adams')).toBe(false);
    expect(differentSpeakers('Quispe', 'Rosa Elvira Quispe')).toBe(false);
    expect(differentSpeakers('Okafor', 'señor Adams')).toBe(true);
    // A given name Spanish translates is the same person (the Pope, royalty).
    expect(differentSpeakers('Pope Francis', 'el papa Francisco')).toBe(false);
    expect(differentSpeakers('Prince Harry', 'el príncipe Enrique')).toBe(false);
    expect(differentSpeakers('Prince Harry', 'el príncipe Guillermo')).toBe(true);
    expect(differentSpeakers('One Labour AM', 'Un Miembro de la Asamblea')).toBeNull();
  });
  it('does not backtrack on adversarial names', () => {
    const t0 = performance.now();
    attributionIn(`${'Aa '.repeat(20_000)}dijo`);
    attributionIn(`“x”, dijo ${'el '.repeat(20_000)}`);
    // An addressee that never reaches a subject (`», dijo a la a la a la …`).
    attributionIn(`“x”, dijo ${'a la BBC '.repeat(7_000)}`);
    attributionIn(`${'“x”, dijo a la BBC su director '.repeat(2_000)}`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('renderText', () => {
  const en = 'The mayor said: "We have rehoused 21,000 families since the flood." He called it "a miracle".';
  const es = 'La alcaldesa dijo: «Hemos realojado a 12.000 familias desde la inundación».';
  const report = findQuoteMismatches(en, es);
  it('renders a readable report without colour by default', () => {
    const out = renderText(report);
    expect(out).toContain('Quotations checked: 2');
    expect(out).toContain('mismatch');
    expect(out).toContain('unsourced');
    expect(out).not.toContain('\u001b[');
  });
  it('colours on request and localizes labels', () => {
    expect(renderText(report, { color: true })).toContain('\u001b[31m');
    expect(renderText(report, { locale: 'es' })).toContain('Citas revisadas: 2');
  });
  it('validates options', () => {
    expect(() => renderText(report, { color: 'yes' as never })).toThrow(CotejoError);
    expect(() => renderText({} as never)).toThrow(CotejoError);
  });
});
