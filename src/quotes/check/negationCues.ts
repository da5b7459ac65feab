/**
 * Negation cues in English and Spanish, counted so that one negated statement counts once
 * (Spanish negative concord: `no hay nada`, `no … ni …` are one negation).
 * @module
 */
import type { Span } from '../../types.js';
import { foldWord } from '../../lexicon/normalize.js';

/** Negation cues of a text. */
export interface NegationCount {
  /** Number of negated statements. */
  count: number;
  /** The cue tokens, in order. */
  cues: Span[];
  /** Cues meaning “never” (never, nunca, jamás). */
  never: number;
  /** “not always” / “no siempre” / “no es siempre”. */
  notAlways: number;
  /** `sin` / `without`. */
  without: number;
  /** Words negated by a prefix or suffix (unfounded, powerless; descontento, imposible). */
  morph: number;
  /**
   * Concord cues that join a second phrase to a negated clause (`no fue un accidente ni un hecho aislado`, `not
   * food nor water`): not counted, but the other language may word the second phrase as a negated clause of its
   * own (`it was not an accident and it was not a one-off`).
   */
  coordinated: number;
  /**
   * Negations of a negative verb (`no descartamos`, `no se descarta`; `we cannot rule out`): a litotes that means
   * “it is possible”, which the other language may word with no negation and no negative verb at all.
   */
  litotes: number;
}

const EN_CUES = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'nowhere', "n't"]);
const ES_CUES = new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ninguno', 'ninguna', 'ningun', 'ningunos', 'ningunas']);
/** “sin” / “without” negate a phrase, not the statement, and are often rendered by a prefix (sin fundamento =
 * unfounded): they are counted apart ({@link NegationCount.without}). */
const WITHOUT = new Set(['sin', 'without']);
/** Words negated by a prefix or suffix (unfounded, powerless, useless; descontento, imposible). */
const EN_MORPH =
  /^(?:un\p{L}{4,}|unable|\p{L}{3,}less|impossible|inability|illegal|irresponsible|dis(?:agree|like|honest|trust)\p{L}*|in(?:complete|sufficient|adequate|accurate|correct|capable|consistent|effective|efficient|visible|active|convenient)\p{L}*|im(?:patient|perfect|practical|probable|mature|moral)\p{L}*|ir(?:regular(?:ly)?|relevant\p{L}*|reversibl\p{L}*)|illegitimate)$/u;
/**
 * English words whose meaning holds a negation that Spanish usually words with `no`/`sin`/`nunca` (failed to tell /
 * no le contó, lack / no tener, refuse / no querer, until / mientras no, unless / si no, hardly / casi no, ignored /
 * nadie hizo caso).
 */
const EN_LEXICAL_NEG = new Set(
  ('fail fails failed failing failure lack lacks lacked lacking refuse refuses refused refusing deny denies denied ' +
    'denying unless hardly barely rarely seldom absent absence ignore ignores ignored ignoring missed').split(' '),
);
const EN_MORPH_NOT = new Set(['under', 'united', 'uncle', 'unity', 'unite', 'unites', 'unto', 'undo', 'unveil', 'unveiled', 'unfold', 'unfolded', 'unfolding', 'unleash', 'unleashed', 'unlock', 'unlocked', 'unpack', 'unrest', 'unload', 'union', 'unique', 'universe', 'university', 'universal', 'unit', 'units', 'nevertheless', 'regardless', 'unfortunately', 'unfortunate', 'unemployment', 'understand', 'understood', 'understanding', 'undertake', 'undergo', 'underway']);
const ES_MORPH = /^(?:des(?:contento|conoc|acuerdo|conf[ií]|igual|empleo|leal|hones|orden|prote|cuid|obedec)\p{L}*|imposib\p{L}*|imprud\p{L}*|ignor\p{L}*|descart\p{L}*|carec\p{L}*|neg(?:o|aron|aba|aban|arse|ado|ada)|niega|niegan|apenas|inutil\p{L}*|incapa\p{L}*|ilegal\p{L}*|injust\p{L}*|insegur\p{L}*|incumpl\p{L}*|inaceptable\p{L}*|irresponsab\p{L}*|indefens\p{L}*|fracas\p{L}*|incomplet\p{L}*|insuficient\p{L}*|inadecuad\p{L}*|incorrect\p{L}*|imperfect\p{L}*|improbable\p{L}*|irregular(?:es)?|irrelevant\p{L}*)$/u;
/** Cues that only reinforce an earlier negation in the same clause. */
const ES_CONCORD = new Set(['nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ninguno', 'ninguna', 'ningun', 'ningunos', 'ningunas']);
const EN_CONCORD = new Set(['nor', 'no', 'neither']);
/** Fixed phrases where the cue is not a negation of the statement (`sin embargo`: however; `nothing but`: only;
 * `no lack`, `no shortage`: plenty; `no later` than, `no sooner`: by, as soon as; `not unlike`: like). */
const NOT_NEG = new Set(['sin embargo', 'nothing but', 'nobody but', 'none but', 'no lack', 'no shortage', 'no later', 'no sooner', 'not unlike', 'not least', 'nothing short']);
/**
 * Idioms whose negation the other language may or may not word as one (`can't wait` / `me muero de ganas`,
 * `no matter` / `no importa` / `sin importar`, `little does he know` / `ni siquiera sabe`): counted as affixal negations
 * ({@link NegationCount.morph}), which explain a negation on the other side without requiring one.
 */
function isFlexible(raw: string, w: string, next: string, after: string, prev: string, prev2: string): boolean {
  const r = raw.toLowerCase().replace(/’/g, "'");
  if ((r === "can't" || r === 'cannot') && next === 'wait') return true;
  // `can't help laughing`, `cannot help but`, `can't help it` (but not `can't help me`).
  if ((r === "can't" || r === 'cannot') && next === 'help' && /^(?:\p{L}+ing|but|it)$/u.test(after)) return true;
  if ((w === 'no' || w === 'sin') && (next === 'matter' || next === 'importa' || next === 'importan' || next === 'importar')) return true;
  // `no doubt` / `sin duda` / `no cabe duda`: “certainly”, worded with or without a negation.
  if (w === 'no' && next === 'doubt') return true;
  if (w === 'sin' && (next === 'duda' || next === 'dudas')) return true;
  if (w === 'no' && DOUBT_VERBS.has(next) && /^(?:duda|dudas|ninguna)$/u.test(after)) return true;
  // `no fewer than 40`, `no less than`, `no more than` / `al menos 40`, `como máximo`, `no más de 40`, `nada menos que`,
  // `none other than`: a bound on a quantity, worded with or without a negation.
  if ((w === 'no' && (next === 'fewer' || next === 'less' || (next === 'more' && after === 'than'))) || (w === 'none' && next === 'other')) return true;
  if ((w === 'no' && (next === 'menos' || (next === 'mas' && (after === 'de' || after === 'del')))) || (w === 'nada' && next === 'menos')) return true;
  // `hundreds, if not thousands` / `cientos, o incluso miles`.
  if (prev2 === ',' && ((w === 'not' && prev === 'if') || (w === 'no' && prev === 'si')) && IF_NOT_NEXT.has(next)) return true;
  // `I couldn't agree more` / `estoy totalmente de acuerdo`.
  if ((w === "n't" || w === 'not') && next === 'agree' && after === 'more') return true;
  // `far from good` / `nada buenos`, `lejos de ser`: a negation worded or not (not `far from it`, which
  // reinforces a negation English words anyway: `not the finished article, far from it`).
  if (w === 'far' && next === 'from' && after !== 'it') return true;
  // `the last thing we want` / `no queremos`.
  if (w === 'last' && next === 'thing' && prev === 'the') return true;
  // `no fueron tan sólidos`, `no hay tantos`: a comparison English words as often with `less`/`fewer` as with `not as`.
  if (w === 'no' && (TANTO.has(next) || TANTO.has(after))) return true;
  // `no tengo palabras`, `no hay palabras`: “I'm lost for words”, `sin palabras`: “speechless”.
  if ((w === 'no' && WORDS_VERBS.has(next) && after === 'palabras') || (w === 'sin' && next === 'palabras')) return true;
  // `que no nos vengan con cuentos`, `no me vengas con excusas`: “spare us the fairy tales”.
  if (w === 'no' && CLITICS.has(next) && after.startsWith('veng')) return true;
  // `I don't care` / `me da igual`; `it doesn't matter` / `da igual`.
  if ((w === "n't" || w === 'not') && (next === 'care' || next === 'mind' || next === 'matter')) return true;
  // `the worst is yet to come` / `lo peor todavía no ha llegado`.
  if (w === 'yet' && next === 'to' && /^(?:is|are|was|were|has|have|had|be)$/u.test(prev)) return true;
  // `ahora y no dentro de seis meses`, `por quién la hizo y no por lo que es`: a contrast English words with
  // `rather than`, `instead of` or `than` as often as with `not`.
  if (w === 'no' && (prev === 'y' || prev === ',') && CONTRAST_NEXT.has(next)) return true;
  // `y nada más`: “and that was all” (not `nada más llegar`, as soon as).
  if (w === 'nada' && prev === 'y' && next === 'mas' && !ES_INFINITIVE.test(after)) return true;
  // `Little does he know`: a negative inversion opening the clause.
  return w === 'little' && (next === 'do' || next === 'does' || next === 'did') && !/\p{L}/u.test(prev);
}
/** `declined to comment` / `no quiso hacer comentarios`: a refusal (not `prices declined to a record low`). */
const DECLINE = new Set(['decline', 'declines', 'declined', 'declining']);

/** Nouns of `no … más remedio que`, `no … otra opción que`: “had to”. */
const EXCEPTIVE_NOUNS = 'remedio|opcion|salida|alternativa|camino|cosa';
/** `más que` right after a word, or after one of {@link EXCEPTIVE_NOUNS}; `otra manera` (`no hay otra manera`: “the only
 * way”); `salvo`, `excepto`, `a menos que`; in the rest of the clause. */
const EXCEPTIVE = new RegExp(
  `(?:^|\\s)(?:(?:mas|otra|otro)\\s+(?:(?:${EXCEPTIVE_NOUNS})\\s+)?que|otra\\s+(?:manera|forma|opcion|salida|alternativa)|salvo|excepto|a\\s+menos\\s+que)(?:\\s|$)`,
  'u',
);

/**
 * Whether the `no` ending at `at` is exceptive: `no … más que`, `no nos hacen falta más que tres votos` (“we only
 * need three”), `no tuvimos más remedio que irnos` (“we had to leave”), `no hay otra salida que…`, read in the rest of the clause ({@link clauseAfter}).
 */
function exceptive(text: string, at: number): boolean {
  const clause = foldWord(clauseAfter(text, at)).replace(/[^\p{L}\s]/gu, ' ');
  // `no hay nada más que hacer`: “nothing more to do”, a negation.
  return EXCEPTIVE.test(clause) && !/(?:^|\s)(?:nada|nadie|nunca|ninguno|ninguna)\s+mas\s/u.test(clause);
}

/** `do not travel unless it is essential` / `viajen solo si es imprescindible`: `not … unless` is “only if”. */
function unlessAfter(text: string, at: number): boolean {
  return /(?:^|\s)(?:unless|except)(?:\s|$)/iu.test(clauseAfter(text, at));
}

/** The rest of the clause after `at`: up to a punctuation or quotation mark, at most {@link CLAUSE_READ} characters. */
function clauseAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < CLAUSE_READ && !/[,;:.!?«»“”"]/u.test(text[end])) end++;
  return text.slice(at, end);
}

/** How far past a cue {@link clauseAfter} reads. */
const CLAUSE_READ = 60;

/** Spanish negative verbs that license a following negative word (`negó haber cometido ninguna irregularidad`). */
const LICENSING = /^(?:neg(?:o|aron|aba|aban|arse|ado|ada)|niega|niegan|descart\p{L}*|imposib\p{L}*)$/u;
/** `tan`, `tanto`…: a comparison after `no` (`no fueron tan sólidos`). */
const TANTO = new Set(['tan', 'tanto', 'tantos', 'tantas']);
/** Words after `, if not` / `, si no` that raise an estimate (`hundreds, if not thousands`), not a condition (`si no lo hacía`). */
const IF_NOT_NEXT = new Set(
  ('thousands millions billions hundreds dozens tens years decades months weeks days more most all entirely completely impossible ' +
    'miles millones cientos centenares decenas docenas anos decadas meses semanas dias mas todos todas totalmente completamente imposible').split(' '),
);
/** Words after a contrastive `y no` / `, no` that open a phrase, not a clause (`y no por lo que es`). */
const CONTRAST_NEXT = new Set(['por', 'en', 'dentro', 'a', 'al', 'de', 'del', 'para', 'con', 'sobre', 'como', 'ahora', 'hoy', 'antes', 'despues', 'el', 'la', 'los', 'las', 'un', 'una']);
/** Spanish verbs of `no cabe duda`, `no hay duda`, `no tengo dudas`. */
const DOUBT_VERBS = new Set(['cabe', 'hay', 'habia', 'tengo', 'tenemos', 'tiene', 'tienen', 'queda', 'quedan']);
/** Spanish verbs of `no tengo palabras`, `no hay palabras`. */
const WORDS_VERBS = new Set(['tengo', 'tenemos', 'tiene', 'tienen', 'hay', 'habia', 'tenia', 'encuentro', 'encontramos']);
/** Spanish object clitics before a verb (`no nos vengan`, `ni me importa`). */
const CLITICS = new Set(['me', 'te', 'se', 'nos', 'os', 'le', 'les']);
/** Spanish finite verbs by their ending (`perdió`, `queremos`, `sabía`, `dirán`), or a common irregular one. */
const ES_FINITE =
  /^(?:\p{L}{2,}(?:ó|é|aron|ieron|amos|emos|imos|aba|aban|ía|ían|ará|erá|irá|arán|erán|irán)|es|son|somos|vamos|he|has|ha|hemos|han|había|habían|habíamos|era|eran|fue|fueron|hay|sé|sabe|saben|quiero|quiere|quieren|puedo|puede|pueden|tengo|tiene|tienen|voy|va|van|hace|hacen|hizo|dice|dicen|dijo|da|dan|dio|está|están)$/u;

/** True when the word after a Spanish `ni` is a finite verb or a clitic before one (`ni queremos`, `ni se
 * arrepiente`): `ni` then joins two clauses, not two phrases (`ni agua ni luz`). */
function isClausalNi(rawNext: string): boolean {
  const n = rawNext.toLowerCase();
  return CLITICS.has(n) || ES_FINITE.test(n);
}

/** Auxiliaries after which `nor` opens a negated clause of its own (`nor do I want`, `nor will we`), as a Spanish `ni` before a verb does. */
const EN_NOR_AUX = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'must', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had']);

/** English auxiliaries that can open a negative question tag (`…, isn't it?`, `…, don't you?`). */
const EN_TAG_AUX = /^(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|must|ai|wo|ca|sha)n['’]t$/u;
/** Subject pronouns of an English question tag. */
const EN_TAG_SUBJECT = new Set(['it', 'he', 'she', 'they', 'you', 'we', 'i', 'there', 'this', 'that']);
/**
 * Conjunctions that open a new clause: a concord cue after them is a negation of its own (`no vino, y nadie
 * llamó`, `…, and neither does Mary`, `y Mary tampoco`, `no sabía nada cuando nunca…`).
 */
const CONJUNCTIONS = new Set([
  'and', 'but', 'or', 'because', 'while', 'when', 'although', 'though', 'if', 'since',
  'y', 'e', 'pero', 'sino', 'o', 'u', 'porque', 'mientras', 'cuando', 'aunque', 'si',
]);
/** Prepositions before which a negative quantifier is a noun phrase, not the clause's negation (`home with
 * nothing` / `con las manos vacías`, `a vaccine for nobody` / `para nadie`). */
const PREPOSITIONS = new Set(['with', 'for', 'to', 'of', 'about', 'con', 'para', 'por', 'de', 'a']);
const QUANTIFIERS = new Set(['nothing', 'nobody', 'nada', 'nadie']);
/** Spanish infinitive endings (`nada más llegar`: as soon as he arrived). */
const ES_INFINITIVE = /^\p{L}{1,}(?:ar|er|ir)(?:se|lo|la|le|los|las|les)?$/u;

const OPENING_QUOTE = /['‘“"«]$/u;
const CLOSING_QUOTE = /^['’”"»]/u;

/** True when the word at `start`…`end` stands alone in quotation marks (`'no'`, `‘no’`, `“never”`). */
function isMention(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  const open = raw.startsWith("'") || OPENING_QUOTE.test(text.slice(Math.max(0, start - 1), start));
  const close = raw.endsWith("'") || raw.endsWith('’') || CLOSING_QUOTE.test(text.slice(end, end + 1));
  return open && close;
}

/** True when the cue word (`word` starts the word, `at`…`end` is the cue) is a question tag rather than a
 * negation: Spanish `¿no?` (or `¿no` ending the text), English `…, isn't it?` / `…, don't you?`. */
function isTag(text: string, word: number, at: number, end: number, lang: 'en' | 'es'): boolean {
  const after = text.slice(end, end + 16);
  if (lang === 'es') return /¿\s*$/u.test(text.slice(Math.max(0, at - 3), at)) && /^\s*(?:\?|$)/u.test(after);
  if (!/,\s*$/u.test(text.slice(Math.max(0, word - 3), word))) return false;
  if (!EN_TAG_AUX.test(text.slice(word, end).toLowerCase())) return false;
  const m = /^\s+(\p{L}+)\s*(?:[?!.]|$)/u.exec(after);
  return m !== null && EN_TAG_SUBJECT.has(m[1].toLowerCase());
}

const WORD = /[\p{L}’']+|[,;:.!?]/gu;
const NEXT_WORD = /[ \t\n\r\u00a0-]{1,8}([\p{L}’']{1,30})/uy;

const SECOND_WORD = /[ \t\n\r\u00a0]{1,8}[\p{L}’']{1,30}[ \t\n\r\u00a0]{1,8}([\p{L}’']{1,30})/uy;

/** The second word after position `pos`, or ''. */
function secondWordAt(text: string, pos: number): string {
  SECOND_WORD.lastIndex = pos;
  return SECOND_WORD.exec(text)?.[1] ?? '';
}

/** The word after position `pos` (across spaces or a hyphen), or ''. Sticky, so linear in the word's length. */
function wordAt(text: string, pos: number): string {
  NEXT_WORD.lastIndex = pos;
  return NEXT_WORD.exec(text)?.[1] ?? '';
}

/** English forms of `rule` in `rule out`. */
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling']);
/** `out` within two words after `rule` (`rule out`, `ruling anything out`, `rule it out`). */
const RULE_OUT = /^\s+(?:\p{L}+\s+){0,2}out\b/u;
/** What may stand between a negation and the negative verb or adjective it negates (`no se descarta`, `no lo voy a
 * negar`, `no es imposible`; `cannot yet rule out`, `won't deny`, `not impossible`). */
const LITOTES_ES =
  /^(?:\s+(?:se|lo|la|los|las|le|les|nos|me|te|podemos|puede|pueden|podía|quiero|queremos|quiere|hay que|es posible|va a|vamos a|voy a|es|era|sería|parece|resulta)){0,2}\s+(?:descart|dej(?:ar|a|an|o|ó|aron|aba|aban|ará|arán|e|en|amos|emos)\s+de\b|neg(?:ar|amos|aré|ará)\b|niego\b|niega\b|niegan\b|imposib|improbab|inusual|injustific|desdeñable|despreciable)/iu;
const LITOTES_EN =
  /^(?:\s+(?:be|yet|completely|entirely|fully|totally|even|being|just|simply|going to|gonna|will|can|is|was|seem|seems|altogether)){0,2}\s+(?:(?:rule|rules|ruled|ruling)\s+(?:\p{L}+\s+){0,2}out\b|deny\b|denying\b|impossible\b|unlikely\b|uncommon\b|unusual\b|unreasonable\b|unheard\b|insignificant\b|negligible\b)/iu;

/** True when the negation ending at `end` negates a negative verb (`no descartamos`, `can't rule it out`). */
function negatesNegativeVerb(text: string, end: number, lang: 'en' | 'es'): boolean {
  const after = text.slice(end, end + 60);
  return (lang === 'es' ? LITOTES_ES : LITOTES_EN).test(after);
}

/** Counts the negations of `text` in `lang`. Linear time, never throws. */
export function countNegations(text: string, lang: 'en' | 'es'): NegationCount {
  const cues: Span[] = [];
  let count = 0;
  let never = 0;
  let notAlways = 0;
  let without = 0;
  let morph = 0;
  let coordinated = 0;
  let litotes = 0;
  let clauseNeg = false;
  /** The clause's negation so far is a `sin` with no verb after it yet (`Sin ellos`, not `sin decir`). */
  let sinOnly = false;
  let clauseMas = false;
  /** A `demasiado` (`too`) in this clause: a `para` after it licenses negative words as “any” (`demasiado grandes para rendir cuentas ante nadie`). */
  let tooOpen = false;
  /** A `sí` after a word of this clause, then a `y`/`o`: a distributive pair (`un día sí y dos no`) is open. */
  let affirmed = false;
  let pairOpen = false;
  let conj = false;
  let prev = '';
  let prev2 = '';
  WORD.lastIndex = 0;
  const cueSet = lang === 'en' ? EN_CUES : ES_CUES;
  const concord = lang === 'en' ? EN_CONCORD : ES_CONCORD;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    if (/^[,;:.!?]$/.test(raw)) {
      affirmed = false;
      pairOpen = false;
      if (raw !== ',') {
        clauseNeg = false;
        sinOnly = false;
        clauseMas = false;
        tooOpen = false;
      }
      prev2 = prev;
      prev = raw;
      continue;
    }
    let w = foldWord(raw).replace(/’/g, "'");
    // A closing single quote glued to the word (`nunca’`), not an elision (`n't`, `not've`).
    if (w.endsWith("'") && !w.endsWith("n't") && w.length > 1) w = w.replace(/'+$/u, '');
    // A word in quotation marks is mentioned, not used: `saying 'no' to a project`, `le diga ‘no’`.
    if (isMention(text, m.index, m.index + raw.length)) {
      prev2 = prev;
      prev = w.replace(/^'+|'+$/gu, '');
      continue;
    }
    let at = m.index;
    let len = raw.length;
    if (lang === 'en' && w.endsWith("n't")) {
      at = m.index + raw.length - 3;
      w = "n't";
      len = 3;
    } else if (lang === 'en' && /^not'(?:ve|d|ll)$/u.test(w)) {
      // `should not've`: the contraction of `not have`.
      w = 'not';
      len = 3;
    }
    // `No. 1`, `No. 10 Downing Street`: the abbreviation of `number`.
    if (w === 'no' && text[m.index + raw.length] === '.' && /^\.\s?\d/u.test(text.slice(m.index + raw.length, m.index + raw.length + 3))) {
      prev2 = prev;
      prev = 'no.';
      continue;
    }
    // A no-fly zone, a no-confidence vote, no-go: a negation by affix (`moción de censura`).
    if (w === 'no' && text[m.index + raw.length] === '-' && /\p{L}/u.test(text[m.index + raw.length + 1] ?? '')) {
      morph++;
      prev2 = prev;
      prev = w;
      continue;
    }
    if (CONJUNCTIONS.has(w)) conj = true;
    const next = foldWord(wordAt(text, m.index + raw.length)).replace(/’/g, "'");
    if (w === 'siempre' || w === 'always') {
      if (prev === 'no' || prev === 'not' || prev === "n't" || prev === 'es') {
        if (prev !== 'es' || clauseNeg) notAlways++;
      }
    }
    if (w === 'mas' || w === 'mejor' || w === 'peor') clauseMas = true;
    // `demasiado grandes para rendir cuentas ante nadie`: “too big to answer to anyone”; the `para` of `demasiado`
    // licenses the negative words after it, as `too … to` licenses English `any`.
    if (lang === 'es' && /^demasiad[oa]s?$/u.test(w)) tooOpen = true;
    if (lang === 'es' && w === 'para' && tooOpen && !clauseNeg) {
      clauseNeg = true;
      conj = false;
    }
    if (lang === 'es' && w === 'de' && /^(?:dejar|deja|dejan|dejo|dejaron|dejara|dejado)$/.test(prev)) morph++;
    // `un día sí y dos no`, `unos sí y otros no`: the `no` of a distributive pair negates nothing.
    if (lang === 'es' && /^sí$/iu.test(raw) && prev !== '' && !/^[,;:.!?]$/u.test(prev)) affirmed = true;
    if (lang === 'es' && (w === 'y' || w === 'o') && affirmed) pairOpen = true;
    // `rule out`: a negative verb, as Spanish `descartar` is.
    if (lang === 'en' && RULE.has(w) && RULE_OUT.test(text.slice(m.index + raw.length, m.index + raw.length + 40))) morph++;
    // `lo que falta es…`, `faltan médicos`: “lacking”, “there are no doctors” (not `hace falta`: “it takes”, nor
    // `sin falta`: “without fail”).
    if (lang === 'es' && /^(?:falta|faltan|faltaba|faltaban|falto|faltaron)$/u.test(w) && !/^(?:hace|hacen|hacia|haga|hara|hizo|hiciera|sin|una|la|esa|esta)$/u.test(prev)) morph++;
    if (sinOnly && prev !== '' && (ES_INFINITIVE.test(w) || /(?:ando|iendo)$/u.test(w)) && !WITHOUT.has(w)) sinOnly = false;
    const phrase = `${w} ${next}`;
    const hyphenNext = text[m.index + raw.length] === '-';
    if (WITHOUT.has(w)) {
      if (!NOT_NEG.has(phrase) && next !== 'importar' && !(w === 'sin' && /^(?:duda|dudas|palabras)$/u.test(next))) {
        without++;
        // `sin sal ni pimienta`, `sin decir nada`, `without any`: what follows `sin` is in its scope.
        if (!clauseNeg) sinOnly = lang === 'es';
        clauseNeg = true;
        conj = false;
      }
    } else if (lang === 'en' ? EN_MORPH.test(w) && !EN_MORPH_NOT.has(w) : ES_MORPH.test(w)) {
      morph++;
      // `apenas ha hecho nada`: “hardly anything”, `negó haber cometido ninguna irregularidad`: “denied any
      // wrongdoing”; the negative word after `apenas` or a verb of denial is licensed by it, not a negation of its own.
      if (w === 'apenas' || LICENSING.test(w)) {
        clauseNeg = true;
        conj = false;
      }
    } else if (lang === 'en' && ((w === 'non' && hyphenNext) || (w === 'free' && text[m.index - 1] === '-'))) {
      // non-native, hands-free, tax-free: a negation by affix.
      morph++;
    }
    const second = next === 'help' || next === 'agree' || w === 'no' || w === 'nada' || w === 'far' ? foldWord(secondWordAt(text, m.index + raw.length)) : '';
    if (
      isFlexible(raw, w, next, second, prev, prev2) ||
      (lang === 'es' && w === 'no' && exceptive(text, m.index + raw.length)) ||
      (lang === 'en' && (w === 'not' || w === "n't") && unlessAfter(text, m.index + raw.length))
    ) {
      morph++;
      // `no tengo ninguna duda`: what follows the idiom's cue is in its scope.
      if (cueSet.has(w)) {
        clauseNeg = true;
        conj = false;
      }
    } else if (lang === 'es' && w === 'no' && (prev === 'mientras' || (prev === 'que' && prev2 === 'hasta'))) {
      // `mientras no hayamos visto`, `hasta que no llegue`: “until”, a negation English may not word.
      morph++;
    } else if (lang === 'en' && (EN_LEXICAL_NEG.has(w) || (DECLINE.has(w) && next === 'to' && !/^(?:a|an|the|its|their|his|her|our|about|around|\d.*)$/u.test(foldWord(secondWordAt(text, m.index + raw.length)))))) {
      morph++;
    } else if (QUANTIFIERS.has(w) && PREPOSITIONS.has(prev) && (lang === 'en' || !clauseNeg)) {
      // `with nothing`, `para nadie`: may or may not be worded as a negation on the other side.
      morph++;
    } else if (cueSet.has(w)) {
      // `neither`/`tampoco` after `and`/`y` open a clause of their own (`…, and neither does Mary`).
      // `not even` after a negation (`I didn't take anything, not even my glasses`) reinforces it.
      // `not a single email, not a single document`, `never, not once`: an elliptical `not` after a comma repeats
      // the clause's negation. A Spanish negative word after a comma other than `ni` opens a clause of its own
      // (`si no lo hacía yo, nadie se acordaría`).
      // `not in my career and not in my life` too.
      // `… or not` is a negation of its own, as Spanish counts `o no` (`whether we win or not` / `ganemos o no`).
      const elliptical = lang === 'en' && w === 'not' && (prev === ',' || prev === 'and');
      // `Sin ellos nunca habría llegado`: a `nunca`/`jamás`/`tampoco` after a `sin` phrase with no verb negates
      // the verb that follows, a negation of its own (`sin decir nunca nada` stays in the `sin` phrase).
      const preverbal = lang === 'es' && ((prev === ',' && w !== 'ni') || (sinOnly && prev !== 'sin' && (w === 'nunca' || w === 'jamas' || w === 'tampoco')));
      const isConcord = clauseNeg && (elliptical || ((concord.has(w) || (w === 'not' && next === 'even')) && !conj && !preverbal));
      // `más … que nunca`, `el mejor visto jamás`: “ever”, not a negation (`dos que nunca llegan` is one).
      // So is `mejor que nadie`, `más que nada`: “better than anyone”, “more than anything”.
      // English `better than nothing` (`mejor que nada`) alike.
      const ever =
        ((w === 'nunca' || w === 'jamas') && clauseMas) ||
        (lang === 'es' && clauseMas && prev === 'que' && (w === 'nadie' || w === 'nada')) ||
        (lang === 'en' && prev === 'than' && (w === 'nothing' || w === 'nobody' || w === 'none'));
      // `nada más llegar`: as soon as.
      const assoon = lang === 'es' && w === 'nada' && next === 'mas' && ES_INFINITIVE.test(secondWordAt(text, m.index + raw.length));
      const tag = ((w === 'no' || w === "n't") && isTag(text, m.index, at, at + len, lang)) || (w === 'no' && pairOpen && !/\p{L}/u.test(next));
      // `no somos piqueteros ni queremos…`, `no ganó ni perdió nadie`: a `ni` before a verb joins a second negated
      // clause, which English words as a negation of its own (`and we don't want`, `nor do we want`, `nobody won
      // and nobody lost`): a negation of its own, so an English quote that drops it shows (`ni quiero venganza` /
      // `and I do want revenge`). So is an English `nor` before an auxiliary (`nor do I want`).
      const clausalNi =
        isConcord && ((lang === 'es' && w === 'ni' && isClausalNi(wordAt(text, m.index + raw.length))) || (lang === 'en' && w === 'nor' && EN_NOR_AUX.has(next)));
      if (isConcord && !clausalNi && (w === 'ni' || w === 'nor')) coordinated++;
      if (!isConcord && negatesNegativeVerb(text, m.index + raw.length, lang)) litotes++;
      if ((!isConcord || clausalNi) && !NOT_NEG.has(phrase) && !ever && !assoon && !tag) {
        count++;
        cues.push({ text: text.slice(at, at + len), start: at, end: at + len });
        if (w === 'never' || w === 'nunca' || w === 'jamas') never++;
      }
      if (!assoon && !tag) {
        clauseNeg = true;
        sinOnly = false;
        conj = false;
      }
    }
    prev2 = prev;
    prev = w;
  }
  return { count, cues, never, notAlways, without, morph, coordinated, litotes };
}
