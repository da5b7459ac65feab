import { describe, expect, it } from 'vitest';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

describe('source span: a whole quotation and the source’s narration', () => {
  const es =
    'El ministerio presentó el lunes un plan contra las inundaciones que contará con una inversión de 30 millones de dólares para la región. ' +
    '«Vamos a proteger cada pueblo ribereño este año», dijo la ministra Clara Ibáñez.';

  it('leaves unsourced a whole quotation that only loosely matches the narration of a source that quotes its speakers', () => {
    const en =
      'The ministry presented a plan against floods on Monday. "We will protect every river town this year," Minister Clara Ibáñez said. ' +
      'Ambassador John Rowe said in English: "This is an investment in families and in the future of the region."';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[0].status).toBe('match');
    expect(r.quotes[0].source?.text).toBe('Vamos a proteger cada pueblo ribereño este año');
    expect(r.quotes[1].status).toBe('unsourced');
    expect(r.quotes[1].source).toBeNull();
  });

  it('still sources a phrase quoted from the narration (not a whole quotation)', () => {
    const en = 'The ministry said the plan was "a plan against floods" for the region.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].source).not.toBeNull();
  });

  it('still sources an interview answer (a turn, not narration)', () => {
    const en = 'Asked about the money, she answered: "The money is useless if it is not spent."';
    const turns = '—¿Y el dinero?\n\n—El dinero no sirve de nada si no se ejecuta, y lo sabemos. «Ejecutar» es la palabra.';
    const r = findQuoteMismatches(en, turns);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].status).not.toBe('unsourced');
  });
});

describe('source span: a loosely rendered clause of a longer Spanish sentence', () => {
  it('sources it when the rendered words sit close together, though the clause window opens on words it does not render', () => {
    // Half of the quote's content words rendered (harm → daño, day → día); the window that holds them starts at
    // the clause start `el paro está causando…`, far longer than the quote, but the rendering itself is compact.
    const en = '“Not a single patient whose life was at risk has been turned away,” the statement said. “and that harm grows with every day it continues.”';
    const es = '“Ningún paciente cuya vida estuviera en riesgo ha dejado de ser atendido”, señaló el comunicado. “Aun así, el paro está causando un daño real, que se agrava con cada día que se prolonga”.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[1].status).not.toBe('unsourced');
    expect(r.quotes[1].source?.text).toContain('daño real, que se agrava con cada día');
  });
});

describe('source span: one Spanish passage reported as two English quotes', () => {
  it('starts the second quote\'s span at the sentence it renders, not on the end of the first', () => {
    const en = '"If every family turns off the faucet while brushing their teeth and stops hosing down the car, we\'ll hit the target easily," he said. "We\'re not asking anyone to stop showering."';
    const es = '“Si cada familia cierra la llave mientras se lava los dientes y deja de lavar el coche con manguera, llegamos a la meta sin problema. No le estamos pidiendo a nadie que deje de bañarse”, señaló.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes[1].source?.text).toBe('No le estamos pidiendo a nadie que deje de bañarse');
    // The first sentence is not reported as dropped from the second quote.
    expect(r.quotes[1].status).toBe('match');
    // The first quote's span ends where the second quote's begins (the search alone keeps the whole passage, as a
    // translator may split one sentence in two): the second sentence's `No` is not held against it.
    expect(r.quotes[0].source?.text).toBe('Si cada familia cierra la llave mientras se lava los dientes y deja de lavar el coche con manguera, llegamos a la meta sin problema');
    expect(r.quotes[0].status).toBe('match');
  });

  it('takes the innermost passage that holds the window (a quotation the speaker quotes)', () => {
    const en = 'One worker said her supervisor had told her, "Mr. Valdivieso does not want to see any red on these sheets," so they stopped marking anything.';
    const es = '«Mi supervisor me dijo: ‘El señor Valdivieso no quiere ver nada en rojo en estas hojas’, así que dejamos de marcar nada», contó una trabajadora.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].source?.text).toBe('El señor Valdivieso no quiere ver nada en rojo en estas hojas');
  });
});

describe('source span: a loosely rendered quotation introduced by narration with a colon', () => {
  it('takes the quoted passage, not the narration before its opening mark that the quote’s function words link to', () => {
    const en = 'Vallesur sell their striker for a fortune: ‘Nobody wanted him to leave, but there was no way to keep him.’';
    const es = 'El Vallesur vende a su delantero por una fortuna: «Nadie quería que se fuera, pero era imposible retenerlo».';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].source?.text).toBe('Nadie quería que se fuera, pero era imposible retenerlo');
    expect(r.quotes[0].status).toBe('match');
  });
});

describe('source span: a whole passage between narration that shares a few words with the quote', () => {
  it('takes the passage, though the window also held a weakly linked narration before it and a repeated word after it', () => {
    const en =
      'Ortrud Vales has just spoken to reporters outside her home, and she is not going quietly. “I have done nothing wrong, and I will not be hounded out of office by a newspaper that has never once asked me for my side of the story,” she said. ' +
      'Asked whether she had ever discussed the contracts with her brother, she replied: “Never. Not once.”';
    const es =
      'Ortrud Vales acaba de atender a los periodistas a la puerta de su casa, y no piensa marcharse sin plantar cara. «No he hecho nada malo y no voy a permitir que me saque del cargo a empujones un periódico que ni una sola vez me ha pedido mi versión de los hechos», declaró. ' +
      'Preguntada por si alguna vez había hablado de los contratos con su hermano, respondió: «Nunca. Ni una sola vez».';
    const q = findQuoteMismatches(en, es).quotes[0];
    expect(q.source?.text).toBe('No he hecho nada malo y no voy a permitir que me saque del cargo a empujones un periódico que ni una sola vez me ha pedido mi versión de los hechos');
    expect(q.status).toBe('match');
  });
});

describe('source span: a passage whose first clause the quote says otherwise', () => {
  it('takes the whole passage when the rest of it is the quote’s own edge said otherwise (`walk away` / `dar un paso al costado`)', () => {
    const en = '"I\'m not going to walk away, because I believe in these players," he said.';
    const es = '“No voy a dar un paso al costado, porque creo en estos jugadores”, dijo.';
    const q = findQuoteMismatches(en, es).quotes[0];
    expect(q.source?.text).toBe('No voy a dar un paso al costado, porque creo en estos jugadores');
    expect(q.status).toBe('match');
  });

  it('keeps the window when the quote renders its own edges (the passage holds more than the quote says)', () => {
    const en = '"because I believe in these players," he said.';
    const es = '“No voy a dar un paso al costado, porque creo en estos jugadores”, dijo.';
    const q = findQuoteMismatches(en, es).quotes[0];
    expect(q.source?.text).toBe('porque creo en estos jugadores');
  });
});
