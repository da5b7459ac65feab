import { describe, expect, it } from 'vitest';
import { countNegations } from '../src/quotes/check/negationCues.js';
import { antonymRendered } from '../src/quotes/check/antonymRendered.js';
import { quotedPart } from '../src/quotes/check/negationFindings.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const count = (t: string, lang: 'en' | 'es'): number => countNegations(t, lang).count;
const negation = (en: string, es: string): boolean =>
  findQuoteMismatches(en, es).quotes.some((q) => q.findings.some((f) => f.type === 'negation'));

describe('negation cues: what is not a negated statement', () => {
  it('reads litotes and fixed phrases as no negation (`not unlike`, `no later than`)', () => {
    expect(count('They were not unlike any other professional criminals.', 'en')).toBe(0);
    expect(count('The plant must close no later than 31 December 2026.', 'en')).toBe(0);
  });

  it('reads `no dejó de` (kept on) as a litotes, so `kept raising` renders it', () => {
    expect(countNegations('y luego no dejó de subir las comisiones', 'es').litotes).toBe(1);
    expect(countNegations('no lo dejó entrar', 'es').litotes).toBe(0);
    expect(negation('"It closed every other route and then kept raising the fees," said Judge Ada Lund.', '«Cerró todas las demás rutas y luego no dejó de subir las comisiones», dijo la jueza Ada Lund.')).toBe(false);
  });

  it('reads the `no` of a distributive pair as no negation (`un día sí y dos no`), but not a `no` that negates a verb', () => {
    expect(count('Desde marzo tenemos agua un día sí y dos no.', 'es')).toBe(0);
    expect(count('Unos sí y otros no, depende del barrio.', 'es')).toBe(0);
    expect(count('Dijo que sí y luego que no quería ir.', 'es')).toBe(1);
    expect(count('Sí, no lo sé.', 'es')).toBe(1);
  });

  it('reads negative words after `demasiado … para` and `mejor/más que` as “any” (`too big to answer to anyone`)', () => {
    expect(count('las empresas que se creían demasiado grandes para rendir cuentas ante nadie', 'es')).toBe(0);
    expect(count('Es demasiado pronto para decir nada', 'es')).toBe(0);
    expect(count('Lo conoce mejor que nadie', 'es')).toBe(0);
    expect(count('Lo quiero más que nada en el mundo', 'es')).toBe(0);
    // A negative word of its own clause, or before the `demasiado`, still negates.
    expect(count('Era demasiado tarde y nadie vino', 'es')).toBe(1);
    expect(count('Nadie es demasiado viejo para aprender', 'es')).toBe(1);
    expect(count('No hay nada más que hacer', 'es')).toBe(1);
    // English `better than nothing` as Spanish `mejor que nada`.
    expect(count('It is better than nothing', 'en')).toBe(0);
    expect(count('Nothing is better than this', 'en')).toBe(1);
    expect(negation('The judge called the plan "better than nothing."', 'El juez calificó el plan de «mejor que nada».')).toBe(false);
    expect(
      negation(
        'Daniel Ferrante called the decision "a turning point for every company that thought it was too big to answer to anyone."',
        'Daniel Ferrante calificó la decisión de «un punto de inflexión para todas las empresas que se creían demasiado grandes para rendir cuentas ante nadie».',
      ),
    ).toBe(false);
  });

  it('reads a phrase quoted mid-sentence in the source as part of its sentence, not as another passage', () => {
    expect(
      negation(
        '"This isn\'t nimbyism. We simply don\'t want anyone else to go through what we went through," she said.',
        '«Esto no es el típico “en mi barrio, no”. Sencillamente no queremos que nadie más pase por lo que pasamos», dijo.',
      ),
    ).toBe(false);
  });

  it('counts a `nunca` after a `sin` phrase with no verb as a negation of its own, not one inside `sin`', () => {
    expect(count('Sin ellos nunca habría llegado a ser número uno.', 'es')).toBe(1);
    expect(count('Se fue sin decir nunca nada.', 'es')).toBe(0);
    expect(count('sin sal ni pimienta', 'es')).toBe(0);
  });

  it('reads a contrastive `y no` before a phrase and `y nada más` as flexible, not as negated statements', () => {
    expect(count('Prefiero decírselo ahora y no dentro de seis meses.', 'es')).toBe(0);
    expect(count('Ganó por quién la hizo y no por lo que es.', 'es')).toBe(0);
    expect(count('Me dijo que siguiera, y nada más.', 'es')).toBe(0);
    expect(count('Lo esperamos y no vino.', 'es')).toBe(1);
    expect(count('No dijo nada más.', 'es')).toBe(1);
  });

  it('reads `ni` before a form of `haber` as a second clause (`ni hemos pretendido nunca`)', () => {
    expect(negation('"We are not above the law, and we have never claimed to be," she said.', '«No estamos por encima de la ley, ni hemos pretendido nunca estarlo», dijo.')).toBe(false);
  });

  it('reads question tags as tags', () => {
    expect(count('Así que vive en Valdora, ¿no?', 'es')).toBe(0);
    expect(count('Así que vive en Valdora, ¿no', 'es')).toBe(0);
    expect(count("You live in Valdora, don't you?", 'en')).toBe(0);
    expect(count("It isn't far, is it?", 'en')).toBe(1);
    expect(count('¿No vive en Valdora?', 'es')).toBe(1);
  });
  it('folds what follows `sin` into its scope', () => {
    expect(count('Nos quedamos sin pan ni leche', 'es')).toBe(0);
    expect(countNegations('Nos quedamos sin pan ni leche', 'es').without).toBe(1);
    expect(count('Se fue sin decir nada', 'es')).toBe(0);
  });
  it('reads `nada más` + infinitive as “as soon as” and `nothing but` as “only”', () => {
    expect(count('Se marchó nada más llegar la policía', 'es')).toBe(0);
    expect(count('No quiero nada más', 'es')).toBe(1);
    expect(count('I could hear nothing but the rain', 'en')).toBe(0);
  });
  it('counts idioms and affixes as optional (morph), not as negations', () => {
    for (const t of ["I can't wait to see the new bridge", 'No matter what he says, he wins', 'Little does she know what is coming', 'a non-native speaker', 'sugar-free drinks']) {
      const c = countNegations(t, 'en');
      expect(c.count, t).toBe(0);
      expect(c.morph, t).toBe(1);
    }
    expect(count("You can't help me with this", 'en')).toBe(1);
    expect(countNegations("I can't help laughing", 'en').morph).toBe(1);
    expect(countNegations('We are unable to come', 'en').morph).toBe(1);
    expect(countNegations('No importa lo que diga', 'es').morph).toBe(1);
    expect(countNegations('Sin importar lo que diga', 'es')).toMatchObject({ count: 0, without: 0, morph: 1 });
  });
  it('reads `not’ve` and clauses opened by `and neither` / `y … tampoco`', () => {
    expect(count("I should not've said it", 'en')).toBe(1);
    expect(count("Lidia doesn't swim and neither does Bruno", 'en')).toBe(2);
    expect(count('Lidia no nada, y Bruno tampoco', 'es')).toBe(2);
    expect(count('No vino nadie', 'es')).toBe(1);
  });
  it('stays linear on long runs of cue-like words', () => {
    const t0 = performance.now();
    countNegations("can't ".repeat(100_000), 'en');
    countNegations('nada más '.repeat(100_000), 'es');
    countNegations('¿no '.repeat(100_000), 'es');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('negation findings', () => {
  it('does not flag faithful renderings', () => {
    expect(negation('Marco Ventis said: "We have just run out of bread and milk in Valdora."', 'Marco Ventis afirmó: «Nos acabamos de quedar sin pan ni leche en Valdora».')).toBe(false);
    expect(negation('Marco Ventis said: "We are sorry we are unable to accept your offer."', 'Marco Ventis afirmó: «Lamentamos no poder aceptar su oferta».')).toBe(false);
  });
  it('pairs affixes across the languages before they explain a negation', () => {
    expect(negation('"It is not completely impossible to finish the bridge within a month," said Ada Frell.', '«Es completamente imposible terminar el puente en un mes», dijo Ada Frell.')).toBe(true);
    expect(negation('"It is completely impossible to finish the bridge within a month," said Ada Frell.', '«Es completamente imposible terminar el puente en un mes», dijo Ada Frell.')).toBe(false);
  });
});

describe('negation cues: concord, clause openers and lexical negatives', () => {
  it('counts a Spanish negative word after a conjunction or a comma as a negation of its own', () => {
    expect(count('Siete años no me van a devolver a mi padre, y nada de lo que ha dicho la jueza cambia lo que pasó', 'es')).toBe(2);
    expect(count('Mi cliente no ha robado nada y jamás firmó un pago sin el visto bueno de los técnicos', 'es')).toBe(2);
    expect(count('No sentía que lo mereciera cuando tantos nunca habían recibido nada', 'es')).toBe(2);
    expect(count('Y porque, si no lo hacía yo, nadie se acordaría de estas canciones', 'es')).toBe(2);
    // negative concord inside one clause stays one negation
    expect(count('No tenemos agua ni luz', 'es')).toBe(1);
    expect(count('No me llevé nada, ni siquiera las gafas', 'es')).toBe(1);
  });
  it('reads `que nunca` as a negation unless a comparative makes it “ever”', () => {
    expect(count('Una máscara que nunca baila es una máscara muerta', 'es')).toBe(1);
    expect(count('Hay dos o tres que nunca llegan a un médico', 'es')).toBe(1);
    expect(count('Ahora juega mejor que nunca', 'es')).toBe(0);
  });
  it('reads a cue glued to a closing quote, and skips a quoted mention', () => {
    expect(count('me dijo: ‘Marta, ahora o nunca’, y salí', 'es')).toBe(1);
    expect(count('que una eléctrica le diga ‘no’ a un proyecto es casi una novedad', 'es')).toBe(0);
    expect(count("a utility saying 'no' to a project is almost a novelty", 'en')).toBe(0);
  });
  it('folds elliptical English `not` into the negation it repeats', () => {
    expect(count("I didn't take anything, not even my glasses", 'en')).toBe(1);
    expect(count('There is not a single email, not a single document', 'en')).toBe(1);
    expect(count('I have never taken anything, not in my career and not in my life', 'en')).toBe(1);
    expect(count('I like cats but not dogs', 'en')).toBe(1);
  });
  it('counts lexical negatives, litotes and prepositional quantifiers as optional (morph)', () => {
    expect(countNegations('This company failed to tell the public the truth', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('things that are simply untrue', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('The worst of the rain is yet to come', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations("I don't care who won", 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('We go home with nothing', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('mientras no hayamos visto cinco años de seguimiento', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(count('There was no lack of character', 'en')).toBe(0);
  });
});

describe('negation findings: polarity per sentence and around the quote', () => {
  it('keeps faithful renderings with double negation or lexical negation clean', () => {
    expect(negation('Ana Ruiz said: "For three years, this company failed to tell the public the truth. The people were never given the chance to protect themselves."', 'Ana Ruiz afirmó: «Durante tres años, esta empresa no le contó a la ciudadanía la verdad. Los vecinos nunca tuvieron la oportunidad de protegerse».')).toBe(false);
    expect(negation('Ana Ruiz said: "My client has not stolen anything, and he never signed a single payment."', 'Ana Ruiz afirmó: «Mi cliente no ha robado nada y jamás firmó un solo pago».')).toBe(false);
  });
  it('takes the polarity of a partial quote from the English words before it', () => {
    expect(negation('The union said it had not received "any concrete offer" from the airline.', 'El sindicato dijo que no había recibido «ninguna oferta concreta» de la aerolínea.')).toBe(false);
  });
  it('reads a sentence whose only negation negates words the English does not render as the same sentence said otherwise', () => {
    // TICO-19 (CC0): `Left unchecked` / `si no se controlan`; the second sentence negates on both sides (`impossible`).
    const en =
      '"Left unchecked, infectious outbreaks typically plateau and then start to decline when the disease runs out of available hosts. But it\'s almost impossible to make any sensible projection right now about when that will be," said Maciej Boni.';
    const es =
      '«Los brotes infecciosos, si no se controlan, generalmente se estabilizan y luego comienzan a disminuir cuando la enfermedad se queda sin huéspedes disponibles. Pero, en este momento, es casi imposible hacer alguna previsión razonable de cuándo pasará eso», dijo Maciej Boni.';
    expect(negation(en, es)).toBe(false);
  });
  it('catches a negation dropped from one sentence of a quote whose other sentence negates', () => {
    const es = 'Ana Ruiz afirmó: «El presupuesto no es el que yo habría redactado en un año bueno. Sencillamente no podemos seguir endeudándonos para pagar los intereses».';
    expect(negation('Ana Ruiz said: "The budget is not the one I would have written in a good year. We simply cannot keep borrowing to pay the interest."', es)).toBe(false);
    expect(negation('Ana Ruiz said: "The budget is the one I would have written in a good year. We simply cannot keep borrowing to pay the interest."', es)).toBe(true);
  });
});

describe('negation findings: the quoted part of a wide source span', () => {
  it('compares with the passage quoted inside the span', () => {
    const es = 'Cuando fuimos a la mina, un señor nos dijo: ‘Tengan paciencia, esto se arregla en dos semanas’. Ya pasó más de un mes y nadie ha vuelto';
    expect(quotedPart('Be patient, this will be sorted out in two weeks.', es).text).toBe('Tengan paciencia, esto se arregla en dos semanas');
    expect(quotedPart('Be patient, this will be sorted out in two weeks.', 'Tengan paciencia, esto se arregla en dos semanas').start).toBe(0);
  });
  it('keeps the whole span when the English quote has quotation marks of its own', () => {
    const es = 'Le dije: ‘Papá no hizo nada malo’. Y eso es lo que voy a demostrar';
    expect(quotedPart("I told him: 'Daddy didn't do anything wrong.' And that is what I will prove", es).text).toBe(es);
  });
  it('does not flag a faithful quote whose span runs into the next sentence', () => {
    expect(negation('Ana Ruiz said his mother told him: "Be patient, this will be sorted out in two weeks." The family waited.', 'Ana Ruiz contó que su madre le dijo: «Tengan paciencia, esto se arregla en dos semanas». Ya pasó más de un mes y nadie ha vuelto. La familia esperó.')).toBe(false);
  });
  it('counts the same cue in two sentences as two negations', () => {
    const es = 'Ana Ruiz afirmó: «No lo sabíamos. Nadie nos avisó y no teníamos agua».';
    expect(negation('Ana Ruiz said: "We did not know. Nobody warned us and we had no water."', es)).toBe(false);
  });
});

describe('negation cues: idioms, clausal `ni` and `or not`', () => {
  it('counts idioms worded with or without a negation as optional (morph)', () => {
    expect(countNegations('Hoy no tengo palabras', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('Pero que no nos vengan con cuentos', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('No cabe duda de que fue un error', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('No tengo ninguna duda', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('Sin duda fue un error', 'es')).toMatchObject({ count: 0, without: 0, morph: 1 });
    expect(countNegations('There is no doubt that it was a mistake', 'en')).toMatchObject({ count: 0, morph: 1 });
    // the same verbs with other objects stay negations
    expect(count('No tengo dinero', 'es')).toBe(1);
    expect(count('No nos dijeron nada', 'es')).toBe(1);
  });
  it('reads `ni` before a verb as a negated clause of its own', () => {
    expect(countNegations('No somos piqueteros ni queremos complicarle la vida a nadie', 'es')).toMatchObject({ count: 2, morph: 0 });
    expect(countNegations('Acá no ganó ni perdió nadie', 'es')).toMatchObject({ count: 2, morph: 0 });
    expect(countNegations('No tenemos agua ni luz', 'es')).toMatchObject({ count: 1, morph: 0 });
  });
  it('counts `or not` as a negation of its own, as Spanish counts `o no`', () => {
    expect(count("I don't know if it is true or not", 'en')).toBe(2);
    expect(count('No sé si es verdad o no', 'es')).toBe(2);
  });
});

describe('negation findings: idioms, clausal `ni` and repeated cues in two clauses', () => {
  it('keeps faithful idioms and clausal `ni` clean', () => {
    expect(negation('"Today I\'m lost for words," said the striker.', '"Hoy no tengo palabras", dijo el delantero.')).toBe(false);
    expect(negation('"But they can spare us the fairy tales: the river is no longer ours," said Choque.', '"Pero que no nos vengan con cuentos: el río ya no es nuestro", dijo Choque.')).toBe(false);
    expect(negation('"We are not picketers and we don\'t want to make life difficult for anybody," said Montenegro.', '"No somos piqueteros ni queremos complicarle la vida a nadie", dijo Montenegro.')).toBe(false);
    expect(negation('"Nobody won and nobody lost here," said the minister.', '"Acá no ganó ni perdió nadie", dijo el ministro.')).toBe(false);
    expect(negation('"I don\'t want anyone to go to prison, and I don\'t want revenge," said the widow.', '"No quiero que nadie vaya a la cárcel, ni quiero venganza", dijo la viuda.')).toBe(false);
    expect(negation('"I don\'t want anyone to go to prison, nor do I want revenge," said the widow.', '"No quiero que nadie vaya a la cárcel, ni quiero venganza", dijo la viuda.')).toBe(false);
    // The second clause's negation dropped in English: reported.
    expect(negation('"I don\'t want anyone to go to prison, and I do want revenge," said the widow.', '"No quiero que nadie vaya a la cárcel, ni quiero venganza", dijo la viuda.')).toBe(true);
  });
  it('counts the same cue in two clauses joined by a conjunction as two negations', () => {
    const es = '"No queremos alarmar a nadie, pero la gente no debe volver a las casas dañadas", dijo la enfermera.';
    expect(negation('"We don\'t want to alarm anyone, but people must not go back into damaged homes," said the nurse.', es)).toBe(false);
    expect(negation('"We don\'t want to alarm anyone, but people must go back into damaged homes," said the nurse.', es)).toBe(true);
  });
  it('still reads a cue repeated in one clause as emphasis', () => {
    expect(negation('"No, I don\'t know where he is," said Ana Ruiz.', '"No, no sé dónde está, no", dijo Ana Ruiz.')).toBe(false);
  });
});

describe('negation cues: lexical negatives that pair across the languages', () => {
  it('reads desconfiar and faltar as optional negations, and unfortunately / desaparecer as none', () => {
    expect(countNegations('la gente desconfíe de las vacunas', 'es').morph).toBe(1);
    expect(countNegations('Lo que falta es voluntad política', 'es').morph).toBe(1);
    expect(countNegations('Hace falta voluntad política', 'es').morph).toBe(0);
    expect(countNegations('unfortunately I expect them to go down', 'en').morph).toBe(0);
    expect(countNegations('estos márgenes desaparecen de un plumazo', 'es').morph).toBe(0);
  });
});

describe('negation messages', () => {
  it('says “more often” when both sides negate a different number of times, in both locales', () => {
    // The Spanish keeps the first negation and drops the second (`y lo conozco`: and I know him).
    const en = '"I have not seen him and I do not know him," said Ana Gil.';
    const es = '«No lo he visto y lo conozco», dijo Ana Gil.';
    const f = (locale: 'en' | 'es') => findQuoteMismatches(en, es, { locale }).quotes[0].findings.find((x) => x.type === 'negation');
    expect(f('en')?.message).toBe('The English negates more often (“not, not”) than the source (“No”).');
    expect(f('es')?.message).toBe('El inglés niega más veces («not, not») que la fuente («No»).');
    expect(f('en')?.severity).toBe('error');
  });
});

describe('negation cues: polarity items and coordinated phrases', () => {
  it('reads a negative word after `apenas` as licensed by it (“hardly anything”), not a negation of its own', () => {
    expect(countNegations('apenas ha hecho nada para prepararse', 'es')).toMatchObject({ count: 0, morph: 1 });
    const es = '«Halvern sabe desde hace tres años que esto iba a llegar y apenas ha hecho nada para prepararse», dijo Inés Tovar.';
    expect(negation('"Halvern has known for three years that this was coming, and it has done hardly anything to prepare," said Inés Tovar.', es)).toBe(false);
  });

  it('reads a negative word after a verb of denial as licensed by it (“denied any wrongdoing”)', () => {
    expect(countNegations('Negó haber cometido ninguna irregularidad', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(negation('"He denied any wrongdoing at the company," she said.', '«Negó haber cometido ninguna irregularidad en la empresa», dijo.')).toBe(false);
    // A negation of its own after a comma is still one.
    expect(countNegations('Lo negó, pero nadie le creyó', 'es')).toMatchObject({ count: 1 });
  });

  it('reads `far from good` as a negation worded or not, but not `far from it`', () => {
    expect(countNegations('The results are far from good', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(negation('"The results are far from good," she said.', '«Los resultados no son nada buenos», dijo.')).toBe(false);
    expect(countNegations('He is the finished article, far from it', 'en')).toMatchObject({ count: 0, morph: 0 });
  });

  it('lets a phrase joined by `ni` to a negated clause be worded as a negated clause of its own', () => {
    expect(countNegations('No fue un accidente ni un hecho aislado', 'es')).toMatchObject({ count: 1, coordinated: 1 });
    expect(countNegations('no somos piqueteros ni queremos venganza', 'es')).toMatchObject({ count: 2, coordinated: 0 });
    const es = '«No fue un accidente ni un hecho aislado», dijo la fiscal Irene Sotomayor.';
    expect(negation('"This was not an accident and it was not a one-off," said prosecutor Irene Sotomayor.', es)).toBe(false);
    // Two negations more than the source has `ni` phrases for are still reported.
    const one = '«No fue un accidente», dijo la fiscal Irene Sotomayor.';
    expect(negation('"This was not an accident and it was not a one-off," said prosecutor Irene Sotomayor.', one)).toBe(true);
  });
});

describe('negation cues: comparisons and phrases quoted inside a sentence', () => {
  it('reads `no … tan` as a comparison English may word with `less`', () => {
    expect(countNegations('aunque los resultados no fueron tan sólidos', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('no es tan fácil', 'es')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('no es fácil', 'es')).toMatchObject({ count: 1, morph: 0 });
  });

  it('reads the whole span when the source quotes a phrase inside its own sentence (`aseguró que «jamás…» había…`)', () => {
    expect(quotedPart('never set foot in that museum in my life', 'jamás en la vida» había puesto un pie en ese museo').text).toBe(
      'jamás en la vida» había puesto un pie en ese museo',
    );
    // Marks between sentences still pick the piece the quote renders.
    expect(quotedPart('This night was very hard', 'no está controlado". "Esta noche ha sido muy dura').text).toBe('Esta noche ha sido muy dura');
  });
});

describe('negation cues: bounds, affixes and abbreviations', () => {
  it('reads quantity bounds as worded with or without a negation (`no fewer than` / `al menos`)', () => {
    for (const [t, l] of [
      ['no fewer than 40 people', 'en'],
      ['no more than 40 people', 'en'],
      ['no más de 40 personas', 'es'],
      ['nada menos que el presidente', 'es'],
      ['hundreds, if not thousands, of people', 'en'],
      ['cientos, si no miles, de personas', 'es'],
      ["I couldn't agree more", 'en'],
      ['no hacen más que quejarse', 'es'],
    ] as const) {
      expect(countNegations(t, l), t).toMatchObject({ count: 0, morph: 1 });
    }
    // A conditional `si no` stays a negation.
    expect(count('porque, si no lo hacía yo, nadie se acordaría', 'es')).toBe(2);
  });

  it('reads `no-` compounds as affixal, `No. 1` as no negation, and `not least` / `nothing short of` as none', () => {
    expect(countNegations('a no-confidence vote', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('the world No. 1 player', 'en')).toMatchObject({ count: 0, morph: 0 });
    expect(count('not least because of the rain', 'en')).toBe(0);
    expect(count('nothing short of a miracle', 'en')).toBe(0);
    expect(count('the player is not the No. 1', 'en')).toBe(1);
  });
});

describe('negation cues: litotes of a negative verb', () => {
  it('explains `no descartamos` by an English rendering with neither the negation nor the verb (`it is possible`)', () => {
    expect(countNegations('No podemos descartar que la ladera vuelva a ceder', 'es')).toMatchObject({ count: 1, litotes: 1 });
    expect(countNegations("we can't rule it out", 'en')).toMatchObject({ count: 1, morph: 1, litotes: 1 });
    const es = '«No podemos descartar que la ladera vuelva a ceder, porque sigue lloviendo», dijo el geólogo Fabio Cardona.';
    expect(negation('"It is possible the slope will give way again, because it is still raining," said geologist Fabio Cardona.', es)).toBe(false);
    expect(negation('"We cannot rule out that the slope will give way again, because it is still raining," said geologist Fabio Cardona.', es)).toBe(false);
    // Keeping the negative verb and dropping the negation turns the statement around.
    expect(negation('"We rule out that the slope will give way again, because it is still raining," said geologist Fabio Cardona.', es)).toBe(true);
  });

  it('reads `not impossible`, `will not deny`, `no lo voy a negar` as litotes, and `the last thing we want` as a flexible negation', () => {
    expect(countNegations('It is not impossible that we will have to live with it', 'en')).toMatchObject({ count: 1, litotes: 1 });
    expect(countNegations("I won't deny it hurts", 'en')).toMatchObject({ count: 1, litotes: 1 });
    expect(countNegations('Perder a Iker duele, no lo voy a negar', 'es')).toMatchObject({ count: 1, litotes: 1 });
    expect(countNegations('we do not want it', 'en')).toMatchObject({ count: 1, litotes: 0 });
    expect(countNegations('Fining people is the last thing we want', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(negation('"Of course losing Iker hurts," said the club president, Ana Llorente.', '«Perder a Iker duele, no lo voy a negar», dijo la presidenta del club, Ana Llorente.')).toBe(false);
  });

  it('reads `ignored` as a lexical negative (`nadie le hizo caso`)', () => {
    expect(countNegations('he raised the alarm and was ignored', 'en')).toMatchObject({ count: 0, morph: 1 });
  });
});

describe('negation cues: renderings a translator words without the negation', () => {
  const said = (en: string, es: string): boolean => negation(`"${en}," the official said.`, `«${es}», dijo el funcionario.`);

  it('reads a negated word the other side words by its opposite as the same polarity (`not guilty` / `inocente`)', () => {
    expect(antonymRendered('He was found not guilty of all charges', [{ text: 'not', start: 14, end: 17 }], 'en', 'Fue declarado inocente')).toBe(1);
    expect(said('He was found not guilty of all charges', 'Fue declarado inocente de todos los cargos')).toBe(false);
    expect(said('He is innocent and we will prove it', 'No es culpable y lo vamos a demostrar')).toBe(false);
    expect(said('It is not easy to leave your home', 'Es difícil dejar tu casa')).toBe(false);
    // The opposite must be there: a dropped negation still shows.
    expect(said('I believe he is guilty of the crime', 'Yo creo que él no es culpable del crimen')).toBe(true);
    expect(said('It is easy to leave your home', 'No es fácil dejar tu casa')).toBe(true);
  });

  it('reads `not the first time` / `no es la primera vez` as “again”, and `lost` / `no ganamos` as one polarity', () => {
    expect(said('This has happened before', 'No es la primera vez que ocurre')).toBe(false);
    expect(said('It is not the first time this has happened', 'Ya ha ocurrido otras veces')).toBe(false);
    // `the first time` against `no es la primera vez` is the opposite claim.
    expect(said('It is the first time this has happened', 'No es la primera vez que ocurre')).toBe(true);
    expect(said('We lost the game', 'No ganamos el partido')).toBe(false);
    expect(said('We won the game', 'No ganamos el partido')).toBe(true);
  });

  it('reads `stay` / `no salgan`, `stay calm` / `no pierdan la calma` and `not … unless` / `solo si` as one polarity', () => {
    expect(said('Stay indoors', 'No salgan de casa')).toBe(false);
    expect(said('Keep calm and stay at home', 'Mantengan la calma y no salgan de casa')).toBe(false);
    expect(said('Stay calm', 'No pierdan la calma')).toBe(false);
    expect(said('Please do not travel unless it is essential', 'Por favor, viajen solo si es imprescindible')).toBe(false);
    expect(said('Only travel if it is essential', 'No viajen salvo que sea imprescindible')).toBe(false);
    // `leave` is no opposite of `salir`: nothing explains the negation there.
    expect(antonymRendered('No salgan de casa', [{ text: 'No', start: 0, end: 2 }], 'es', 'Leave your homes')).toBe(0);
    expect(antonymRendered('No salgan de casa', [{ text: 'No', start: 0, end: 2 }], 'es', 'Stay indoors')).toBe(1);
  });

  it('reads `fracasó`, `missed`, `incomplete` and `the streets were empty` / `no había nadie` as one polarity', () => {
    expect(said('The plan did not work', 'El plan fracasó')).toBe(false);
    expect(said('He missed the meeting', 'No asistió a la reunión')).toBe(false);
    expect(said('The report is incomplete', 'El informe no está completo')).toBe(false);
    expect(said('The streets were empty', 'No había nadie en las calles')).toBe(false);
    expect(said('There was no one in the streets', 'Las calles estaban vacías')).toBe(false);
    expect(countNegations('Negó haber cometido ninguna irregularidad', 'es').morph).toBe(1);
  });

  it('reads an exceptive `no … más que` / `no … más remedio que` as “only” / “had to”, not a negation', () => {
    expect(count('No nos hacen falta más que tres votos', 'es')).toBe(0);
    expect(count('No tuvimos más remedio que irnos', 'es')).toBe(0);
    expect(count('no hacen más que quejarse', 'es')).toBe(0);
    expect(count('No es más alto que su hermano', 'es')).toBe(1);
    expect(said('We only need three more votes', 'No nos hacen falta más que tres votos')).toBe(false);
    expect(said('We had to leave', 'No tuvimos más remedio que irnos')).toBe(false);
    expect(said('This is the only way', 'No hay otra manera')).toBe(false);
  });

  it('reads `declined to` as a refusal and `it doesn’t matter` as `da igual`', () => {
    expect(countNegations('The minister declined to comment', 'en')).toMatchObject({ count: 0, morph: 1 });
    expect(countNegations('Prices declined to a record low', 'en')).toMatchObject({ count: 0, morph: 0 });
    expect(said('The minister declined to comment', 'El ministro no quiso hacer comentarios')).toBe(false);
    expect(said('It does not matter who wins the election', 'Da igual quién gane las elecciones')).toBe(false);
  });

  it('does not lend the words before a colon to the quotation it introduces', () => {
    const en = 'Asked about more increases, Arizmendi declined to commit herself: "We are ruling anything out, but nothing has been decided either."';
    const es = 'Preguntada por más subidas, Arizmendi evitó comprometerse: «No descartamos nada, pero tampoco hay nada decidido».';
    expect(negation(en, es)).toBe(true);
    expect(negation(en.replace('are ruling', 'are not ruling'), es)).toBe(false);
  });
});
