import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/segment.js';
import { prepareBridgeSentence } from '../src/lexicon/prepareBridgeSentence.js';
import { buildSource, type SourceModel } from '../src/quotes/check/SourceModel.js';
import { contextLinks, DEFAULT_SOURCE_SEARCH, findSourceSpan, linkAgainstSource, SPREAD_RATIO } from '../src/quotes/check/findSourceSpan.js';
import { quotedCounterpart } from '../src/quotes/check/quotedCounterpart.js';
import { linkedRun } from '../src/quotes/check/linkedRun.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';
import type { Span } from '../src/types.js';

/** A reported sentence whose partial quote renders an idiom with no word in common with the Spanish passage. */
const GOALPOSTS = {
  es:
    'La votación se celebró el martes por la noche en el Congreso. ' +
    'El líder de la oposición, Tomás Ferrer, acusó al Gobierno de haber «cambiado las reglas a mitad del partido» al incluir los recortes de subsidios apenas unas horas antes de la votación. ' +
    'El presupuesto entrará en vigor en enero.',
  en:
    'The vote was held on Tuesday night in Congress. ' +
    'Opposition leader Tomás Ferrer accused the government of having "moved the goalposts" by adding the subsidy cuts only hours before the vote. ' +
    'The budget takes effect in January.',
};

function sourceOf(es: string): SourceModel {
  const all = segment(es);
  return buildSource(es, all.filter((s) => s.kind === 'sentence' || s.kind === 'heading'), all);
}

/** The quote `quote` of `en` (first occurrence) in its English sentence, searched by position in `es`. */
function counterpart(en: string, quote: string, es: string) {
  const source = sourceOf(es);
  const start = en.indexOf(quote);
  const q: Span = { text: quote, start, end: start + quote.length };
  const sent = segment(en).find((s) => s.start <= start && start < s.end)!;
  const sentence: Span = { text: en.slice(sent.start, sent.end), start: sent.start, end: sent.end };
  const pq = prepareBridgeSentence(quote, 'en');
  const ctx = contextLinks(prepareBridgeSentence(sentence.text, 'en'), source);
  const m = linkAgainstSource(pq, source);
  const r = quotedCounterpart(q, sentence, pq, ctx, source, m);
  return r && { text: es.slice(r.match.start, r.match.end), short: r.match.short, part: r.part && en.slice(r.part.start, r.part.end) };
}

describe('quotedCounterpart: the source passage quoted where a partial quote stands', () => {
  const { es, en } = GOALPOSTS;

  it('maps an idiom with no word in common to the passage its translated sentence quotes', () => {
    const r = counterpart(en, 'moved the goalposts', es);
    expect(r).not.toBeNull();
    expect(r!.text).toBe('cambiado las reglas a mitad del partido');
    expect(r!.short).toBe(true);
    expect(r!.part).toBeUndefined();
  });

  it('takes no clause that shares no word with the passage (an idiom plus an added clause: no evidence left)', () => {
    const added = 'moved the goalposts, and the police have already arrested several local officials';
    const en2 = en.replace('moved the goalposts', added);
    const r = counterpart(en2, added, es);
    // The added clause shares no word with the passage and the idiom none either: no evidence, no source.
    expect(r).toBeNull();
  });

  it('keeps the rendered clause of a quote with an added clause of its own (the rest is an addition)', () => {
    const es2 = 'El viceministro defendió la decisión ante el Congreso y aseguró que «ningún niño quedará sin vacunar» este año.';
    const quote = 'no child will be left unvaccinated, and the police have already arrested several local officials';
    const en2 = `The deputy minister defended the decision before Congress, insisting that "${quote}" this year.`;
    const r = counterpart(en2, quote, es2);
    expect(r).not.toBeNull();
    expect(r!.text).toBe('ningún niño quedará sin vacunar');
    expect(r!.part).toBe('no child will be left unvaccinated');
  });

  it('does not map an invented statement placed in the same sentence (too many words with nothing in common)', () => {
    const inv = 'Farmers deserve cheaper fertilizer and faster trains to the coast';
    const en2 = en.replace('moved the goalposts', inv);
    expect(counterpart(en2, inv, es)).toBeNull();
  });

  it('does not map a whole-sentence quotation (a statement, not a phrase of the reporter’s sentence)', () => {
    const es2 = '«Esto no se acaba aquí», afirmó el abogado del ciclista, Jorge Pardo, tras conocer el fallo del tribunal.';
    const en2 = '"This is not the end of the road," the cyclist’s lawyer, Jorge Pardo, said after hearing the court’s ruling.';
    expect(counterpart(en2, 'This is not the end of the road,', es2)).toBeNull();
  });

  it('does not map a short idiom whose negation the passage does not share (“failed to take off” / «no ha despegado»)', () => {
    const es2 = 'Según el directivo, la demanda industrial de hidrógeno renovable en España «no ha despegado» todavía.';
    const en2 = 'According to the executive, industrial demand for renewable hydrogen in Spain "has failed to take off" so far.';
    expect(counterpart(en2, 'has failed to take off', es2)).toBeNull();
  });

  it('needs as many quotations in the source sentence as in the English one', () => {
    const es2 = 'El líder de la oposición, Tomás Ferrer, acusó al Gobierno de haber cambiado las reglas a mitad del partido al incluir los recortes apenas unas horas antes de la votación.';
    expect(counterpart(en, 'moved the goalposts', es2)).toBeNull();
  });
});

describe('findSourceSpan: a scattered match over a long passage (spreadRatio)', () => {
  const es =
    'Olivera sostuvo que la reforma es «un punto de inflexión» y recordó que solo cuatro de cada diez jóvenes uruguayos terminan la educación media. ' +
    '«No es la primera vez que un gobierno promete cambiar los liceos. La diferencia es que nosotros vamos a medir los resultados y publicarlos cada año», afirmó.';
  const quote = "Uruguay's reform is one of the most ambitious in the region, and the decision to publish results every year is exactly right,";
  const ctxText = `“${quote}” said Elizabeth Crane, a World Bank education specialist.`;

  function search(spreadRatio?: number) {
    const source = sourceOf(es);
    const pq = prepareBridgeSentence(quote, 'en');
    const ctx = contextLinks(prepareBridgeSentence(ctxText, 'en'), source);
    return findSourceSpan(pq, linkAgainstSource(pq, source), ctx, source, { ...DEFAULT_SOURCE_SEARCH, spreadRatio });
  }

  it('rejects a span twice as long as the quote that renders only half its content words', () => {
    expect(search(SPREAD_RATIO)).toBeNull();
  });

  it('is off by default', () => {
    expect(search()).not.toBeNull();
  });

  it('keeps a faithful translation, however the option is set', () => {
    const source = sourceOf(es);
    const q2 = 'The difference is that we are going to measure the results and publish them every year';
    const pq = prepareBridgeSentence(q2, 'en');
    const r = findSourceSpan(pq, linkAgainstSource(pq, source), null, source, { ...DEFAULT_SOURCE_SEARCH, spreadRatio: SPREAD_RATIO });
    expect(r).not.toBeNull();
    expect(es.slice(r!.start, r!.end)).toContain('medir los resultados y publicarlos cada año');
  });
});

describe('findQuoteMismatches({ positional })', () => {
  const { es, en } = GOALPOSTS;

  it('turned off, an idiom with no word in common stays unsourced', () => {
    const r = findQuoteMismatches(en, es, { positional: false });
    expect(r.quotes.map((q) => [q.text, q.status])).toEqual([['moved the goalposts', 'unsourced']]);
  });

  it('finds the passage by position (the default), with no error or warning', () => {
    const r = findQuoteMismatches(en, es);
    const q = r.quotes[0];
    expect(q.status).toBe('match');
    expect(q.source?.text).toBe('cambiado las reglas a mitad del partido');
    expect(q.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves an invented quote unsourced even when asked', () => {
    const invented = en.replace('The budget takes effect in January.', '"We will paint every bridge purple," said Ferrer.');
    const r = findQuoteMismatches(invented, es, { positional: true });
    expect(r.quotes.find((q) => q.text.startsWith('We will paint'))?.status).toBe('unsourced');
  });

  it('rejects a value that is not a boolean', () => {
    expect(() => findQuoteMismatches(en, es, { positional: 'yes' as unknown as boolean })).toThrow(/positional/);
  });
});

describe('linkedRun: a whole statement placed through its context must render its own words', () => {
  const es =
    'El acuerdo fue aprobado el martes en asamblea por el 71 % de los delegados del sindicato docente. ' +
    '"No es el acuerdo que queríamos, pero es el mejor que se podía conseguir sin perder el año lectivo", declaró a la prensa la secretaria general del gremio, Norma Castellanos, al salir de la asamblea. ' +
    'El aumento se pagará en dos partes: un 10 % con los sueldos de mayo y el 8 % restante en agosto.';
  const faithful =
    'The deal was approved at a meeting on Tuesday by 71% of the delegates of the teachers’ union. ' +
    '“It isn’t the deal we wanted, but it’s the best that could be achieved without losing the school year,” the union’s general secretary, Norma Castellanos, told reporters as she left the meeting.';
  const tail = ' The raise will be paid in two parts: 10% with May salaries and the remaining 8% in August.';

  it('leaves unsourced an invented statement sharing only scattered chance words with the neighbouring passage', () => {
    const en = `${faithful} "My cat understands the budget better than the finance committee," said Okafor.${tail}`;
    for (const positional of [false, true]) {
      const q = findQuoteMismatches(en, es, { positional }).quotes.find((x) => x.text.startsWith('My cat'))!;
      expect(q.status).toBe('unsourced');
    }
  });

  it('keeps the faithful quote clean', () => {
    const q = findQuoteMismatches(faithful + tail, es, { positional: true }).quotes[0];
    expect(q.source).not.toBeNull();
    expect(q.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves unsourced an invented statement found on a few chance words where its sentence matches nothing', () => {
    const es2 =
      'La directora admitió que pensó en dimitir. "Sí, durante una semana más o menos", reconoció. ' +
      '"Luego decidí que marcharme sería la salida fácil, y quienes se quedaron merecen algo mejor". ' +
      'La empresa despidió a 120 empleados en marzo.';
    const en2 =
      'The director admitted she thought about resigning. "Yes, for a week or so," she admitted. ' +
      '"Then I decided that leaving would be the easy way out, and those who stayed deserve better." ' +
      '"Farmers deserve cheaper fertilizer and faster trains to the coast," said Okafor. ' +
      'The company laid off 120 employees in March.';
    for (const positional of [false, true]) {
      const qs = findQuoteMismatches(en2, es2, { positional }).quotes;
      expect(qs.find((x) => x.text.startsWith('Farmers'))!.status).toBe('unsourced');
      const faithfulQ = qs.find((x) => x.text.startsWith('Then I decided'))!;
      expect(faithfulQ.source).not.toBeNull();
    }
  });

  it('counts the longest run of rendered content words and the unrendered words outside one block', () => {
    const source = sourceOf('Vacunaremos a todos los niños este año, aseguró.');
    const pq = prepareBridgeSentence('We will vaccinate every child this year, and the police have arrested several officials', 'en');
    const m = linkAgainstSource(pq, source);
    const r = linkedRun(pq, m, 0, source.prepared.tokens.length, DEFAULT_SOURCE_SEARCH.linkStrength);
    expect(r.run).toBeGreaterThanOrEqual(2);
    expect(r.strayUnlinked).toBe(0);
  });
});

describe('buildSource: quoted passages in straight quotes', () => {
  it('reopens a straight quotation where a long one lost its paragraph break, so later passages pair right', () => {
    const es =
      '"Nadie hace huelga por gusto", afirmó. "Cada día sin clase nos pesaba. "Pero no íbamos a aceptar otro año así". ' +
      'Los afiliados sostenían carteles con el lema "El 14 % no alcanza". "Damos clase sin calefacción", dijo Norma Villalba.';
    const quoted = sourceOf(es).quoted.map((q) => q.text);
    expect(quoted).toContain('El 14 % no alcanza');
    expect(quoted).toContain('Pero no íbamos a aceptar otro año así');
    expect(quoted).toContain('Damos clase sin calefacción');
    expect(quoted).not.toContain('. Los afiliados sostenían carteles con el lema ');
  });
});
