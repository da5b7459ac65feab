/**
 * Abbreviation lexicons (English and Spanish) used to decide whether a period ends a sentence.
 *
 * The English general list reuses sentence-splitter's own lexicon (minus entries that are also ordinary
 * words and often end sentences, such as "Is.", "Me.", "Ill."), and adds Spanish abbreviations and the
 * classes the decision needs: titles that precede a name, abbreviations that precede a number, and the
 * capitalized words that commonly start a sentence.
 * @module
 */
import { English } from 'sentence-splitter/lang';

/** Lower-cases and strips final periods: `'Sra.'` → `'sra'`, `'EE.UU.'` → `'ee.uu'`. */
export function abbreviationKey(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) === 46) end--;
  return word.slice(0, end).toLowerCase();
}

/**
 * Entries of sentence-splitter's English lexicon that are also common words (or too ambiguous) and are
 * therefore not treated as abbreviations: "He is ill. Doctors…" must split.
 */
export const EXCLUDED_SENTENCE_SPLITTER_ABBREVIATIONS: readonly string[] = [
  'is', 'me', 'man', 'miss', 'ill', 'con', 'id', 'ok', 'may', 'del', 'ind', 'wash', 'ken', 'mass', 'la', 'pa', 'mo',
  'hr', 'min', 'res', 'ref', 'ver', 'exp', 'esp', 'arc', 'cl', 'ord', 'fed', 'med', 'pl', 'mm', 'rs', 'sec', 'art',
  'op', 'cal', 'md', 'ia', 'ida', 'fy', 'bart', 'pd', 'pde', 'tce', 'ut', 'wy', 'yuk', 'ont', 'que', 'man', 'mex',
  'p', 'v', 'vs', 'ph', 'd.phil', 'dr.phil', 'dr.philos', 'usafa', 'ens', 'btw',
  // words of English or Spanish (`He said no.`, `se va.`, `el ala.`, `Noah's ark.`); `no`/`nos` stay number prefixes
  'no', 'nos', 'va', 'ala', 'ark', 'al',
];

/**
 * Titles and other abbreviations that precede a name: a period after them never ends a sentence
 * (`Mr. Smith`, `Sra. Ledesma`, `Lic. Naser`, `Mt. Fuji`).
 */
export const PREPOSITIVE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English
  'mr', 'mrs', 'ms', 'messrs', 'mssrs', 'mme', 'mlle', 'msgr', 'dr', 'drs', 'prof', 'gov', 'sen', 'sens', 'rep', 'reps',
  'gen', 'lt', 'col', 'capt', 'cmdr', 'comdr', 'maj', 'sgt', 'cpl', 'pvt', 'pfc', 'brig', 'adm', 'det', 'insp', 'supt',
  'rev', 'hon', 'pres', 'atty', 'attys', 'mt', 'ft', 'st', 'ste', 'fr', 'gov', 'lieut', 'sfc',
  // Spanish
  'sr', 'sra', 'srta', 'sres', 'sras', 'dra', 'lic', 'lcdo', 'lcda', 'ldo', 'lda', 'ing', 'arq', 'excmo', 'excma',
  'ilmo', 'ilma', 'gral', 'cnel', 'tte', 'cap', 'mons', 'pdte', 'pdta', 'dip', 'dña', 'sto', 'sta', 'ud', 'uds',
  'vd', 'vds', 'profa', 'mtro', 'mtra', 'dn', 'fdo', 'avda', 'av', 'pbro',
]);

/** Titles that Spanish also writes in lower case (`la sra. Pérez`, `el dr. Ruiz`); the others must be capitalized. */
export const LOWERCASE_TITLES: ReadonlySet<string> = new Set([
  'sr', 'sra', 'srta', 'sres', 'sras', 'dr', 'dra', 'lic', 'ing', 'arq', 'dña', 'ud', 'uds', 'vd', 'vds', 'mr', 'mrs',
]);

/**
 * Abbreviations that usually precede a number: a period after them does not end a sentence when a digit
 * follows (`No. 103`, `p. 55`, `núm. 4`, `pág. 12`, `Fig. 3`, `art. 4`).
 */
export const NUMBER_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nº', 'n°', 'n', 'nro', 'nr', 'num', 'núm', 'p', 'pp', 'pg', 'pag', 'pág', 'págs', 'fig', 'figs', 'vol',
  'vols', 'art', 'arts', 'ch', 'chap', 'sec', 'secc', 'cap', 'párr', 'párrf', 'parr', 'tel', 'tels', 'ext', 'op', 'ed',
  'apt', 'apto', 'rm', 'ex', 'exh', 'ref', 'col', 'cra', 'cl', 'km', 'kms', 'hs', 'ca', 'approx', 'aprox', 'tab',
  'eq', 'ec', 'pt', 'pts', 'ap', 'lib', 'v', 'vv',
  // month abbreviations that are also common words: only before a number (`30 Ago. 1984`, `Sat. 5`)
  'ago', 'set', 'sat', 'sun', 'wed', 'mar', 'may',
  // currencies written as abbreviations (`Rs. 3520`, `Bs. 100`)
  'rs', 'bs',
]);

/**
 * Other abbreviations (months, days, company suffixes, Latin, Spanish general): their period ends a
 * sentence only when a word that typically starts a sentence follows (`Pitt, Briggs & Co. It closed`).
 */
export const GENERAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...English.ABBREVIATIONS.map(abbreviationKey).filter(
    (a) => !EXCLUDED_SENTENCE_SPLITTER_ABBREVIATIONS.includes(a),
  ),
  // English additions
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'inc', 'ltd', 'llc', 'plc', 'co', 'corp', 'bros', 'jr', 'etc', 'vs',
  'al', 'cf', 'viz', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy', 'mfg', 'esq', 'govt',
  'intl', 'natl', 'misc', 'incl', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'ph.d', 'yr', 'yrs', 'mins',
  'hrs', 'wk', 'wks', 'mos', 'oz', 'lb', 'lbs', 'sq', 'cu',
  // Spanish
  'ene', 'abr', 'dic', 'lun', 'mié', 'mie', 'jue', 'vie', 'sáb', 'dom', 'cía', 'cia', 'hnos', 'admón',
  'adm', 'dpto', 'depto', 'ej', 'p.ej', 'aprox', 'etc', 'ibíd', 'ibid', 'cit', 'pág', 'págs', 'núm', 'tel', 'dcha',
  'izq', 'izqda', 'ntra', 'ntro', 'sig', 'sigs', 'vid', 'aa.vv', 'ee.uu', 'cc.oo', 'rr.hh', 'ss.mm', 'a.c', 'd.c',
  'a.m', 'p.m', 'art', 'párrf', 'párr', 'cap', 'vol', 'trad', 'coord', 'coords', 'ed', 'eds', 'col', 'cols', 'máx',
  'mín', 'pral', 'prov', 'nac', 'ob', 'obs', 'mun', 'tlf', 'telf', 'esq', 'int', 'dto', 'urb', 'hs',
]);

/**
 * Capitalized words that commonly start a sentence in English or Spanish. After an abbreviation such as
 * `U.S.` or `Co.`, a following word from this list means the period also ended the sentence
 * (`I live in the U.S. How about you?`), while any other capitalized word does not (`U.S. Secretary`).
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'they', 'i', 'you', 'his',
  'her', 'our', 'their', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'where', 'what', 'why', 'how',
  'who', 'which', 'while', 'after', 'before', 'as', 'at', 'in', 'on', 'for', 'from', 'to', 'with', 'by', 'of', 'there',
  'here', 'then', 'now', 'today', 'however', 'also', 'still', 'although', 'though', 'because', 'since', 'meanwhile',
  'did', 'do', 'does', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had',
  'not', 'no', 'yes', 'some', 'many', 'most', 'all', 'each', 'every', 'both', 'neither', 'nor', 'such', 'once',
  'until', 'unless', 'whether', 'let', 'please', 'thus', 'instead', 'indeed', 'yesterday', 'tomorrow', 'last', 'next',
  'one', 'even', 'just', 'only', 'other', 'another', 'more', 'much', 'few', 'several', 'according', 'during', 'despite',
  // Spanish
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'eso',
  'esto', 'aquel', 'él', 'ella', 'ellos', 'ellas', 'yo', 'tú', 'usted', 'ustedes', 'nosotros', 'se', 'su', 'sus',
  'mi', 'mis', 'nuestro', 'nuestra', 'pero', 'y', 'o', 'sin', 'con', 'en', 'por', 'para', 'desde', 'tras', 'según',
  'durante', 'cuando', 'donde', 'si', 'aunque', 'mientras', 'porque', 'como', 'qué', 'cómo', 'cuándo', 'dónde',
  'quién', 'cuál', 'hoy', 'ayer', 'además', 'también', 'ya', 'sí', 'es', 'son', 'fue', 'era', 'hay', 'ha', 'han',
  'así', 'entonces', 'luego', 'después', 'antes', 'al', 'a', 'ante', 'todo', 'todos', 'todas', 'cada', 'muchos',
  'algunos', 'otro', 'otra', 'le', 'les', 'nos', 'me', 'te', 'allí', 'aquí', 'ahora', 'sobre', 'tampoco', 'nunca',
]);

/**
 * Month and weekday abbreviations: before a number they continue (`Jan. 9`, `30 Ago. 1984`), before a capitalized
 * word they end the sentence (`…closed until Oct. President Widodo…`): a date is not a title.
 */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic',
  // days of the week follow the same rule (`…on Wed. Markets rose.`)
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'lun', 'mié', 'mie', 'jue', 'vie', 'sáb',
  'dom',
]);

/** Abbreviations of the time of day (`5 a.m.`, `6 P.M.`, `8 a. m.`), keys without spaces or final period. */
export const TIME_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'am', 'pm']);

/**
 * Capitalized words that commonly follow a time of day inside the same sentence (`10 a.m. Tuesday`,
 * `9 p.m. ET`): after `a.m.`/`p.m.`, any other capitalized word starts a new sentence.
 */
export const TIME_FOLLOWERS: ReadonlySet<string> = new Set([
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest',
  'eastern', 'central', 'mountain', 'pacific', 'local', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
  'sábado', 'domingo', 'hora', 'horas', 'washington', 'bogotá', 'madrid', 'gmt',
]);

/** Names spelled with an exclamation mark (`Yahoo!`), from sentence-splitter's lexicon, lower-cased. */
export const EXCLAMATION_WORDS: ReadonlySet<string> = new Set(English.EXCLAMATION_WORDS.map((w) => w.toLowerCase()));
