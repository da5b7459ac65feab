/**
 * The people a text names, so that `Petro`, `President Petro` and `Gustavo Petro` are one speaker, `the U.S.
 * president` is the person introduced as `United States President Donald Trump`, and `he` is the person the
 * text has just been talking about.
 *
 * A capitalized run of words (`Colombian President Gustavo Petro`) is split at its last title word: what comes
 * after is the name, what comes before are the title and its modifiers. A name counts as a person when the text
 * gives evidence: a title (before it, or in apposition: `Gustavo Petro, presidente de Colombia`), being the subject
 * of a reporting verb (`Petro noted`), or owning words (`Trump’s characterizations`). Names that share a surname
 * (last name word, accents folded) are the same person, named by the longest form the text uses.
 * @module
 */
import {
  DETERMINERS,
  FINITE_REPORTING_VERBS,
  NAME_PARTICLES,
  NONFINITE_REPORTING_VERBS,
  NOT_NAME_WORDS,
  OWNERS,
  PREPOSITIONS,
  SPANISH_REPORTING_VERBS,
  SPEECH_NOUNS,
  ROLE_NOUNS,
  SUBJECT_VERB_FILLERS,
  TITLE_DOMAINS,
  TITLE_WORDS,
} from './reportingWords.js';
import type { ContextToken } from './tokenizeContext.js';
import { tokenizeContext } from './tokenizeContext.js';
import { sentenceStartBefore } from './sentenceBounds.js';

/** One person the text names. */
export interface Person {
  /** The longest name form the text uses (`Gustavo Petro`). */
  name: string;
  /** Folded surname key (`petro`). */
  key: string;
  /** Titles the text gives the person, each with its place modifiers (normalized). */
  titles: PersonTitle[];
  /** The text gives evidence that this is a person (or an organization that speaks). */
  isPerson: boolean;
  /** The name looks like an organization's (`International Monetary Fund`, `Ministerio de Salud`): never `he`/`she`. */
  isOrg: boolean;
}

/** A place in the text where a person is named. */
export interface PersonMention {
  start: number;
  end: number;
  person: number;
}

/** A title a person holds, with the places it names and the gender it marks (when it marks one). */
export interface PersonTitle {
  /** Normalized title (`president`, `minister`). */
  title: string;
  /** Normalized place modifiers (`us`, `colom`). */
  places: string[];
  /** `f` for Mrs., Sra., presidenta, ministra…; `m` for Mr., Sr., ministro…; absent when the title does not say. */
  gender?: 'f' | 'm';
}

const FEMININE_TITLES = new Set([
  'mrs', 'ms', 'miss', 'sra', 'srta', 'doña', 'dona', 'lady', 'dame', 'queen', 'princess', 'spokeswoman', 'chairwoman',
  'congresswoman', 'presidenta', 'vicepresidenta', 'ministra', 'senadora', 'embajadora', 'gobernadora', 'alcaldesa',
  'diputada', 'jueza', 'directora', 'secretaria', 'candidata', 'vocera', 'asesora', 'consejera', 'delegada',
  'comisionada', 'exministra', 'expresidenta', 'defensora', 'procuradora', 'fundadora', 'reina', 'jefa', 'dra',
]);
const MASCULINE_TITLES = new Set([
  'mr', 'sr', 'don', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'ministro',
  'senador', 'embajador', 'gobernador', 'alcalde', 'diputado', 'juez', 'secretario', 'candidato', 'vocero',
  'asesor', 'consejero', 'delegado', 'comisionado', 'exministro', 'rey', 'defensor', 'procurador', 'fundador',
]);

/** The gender a title word marks, if any (`Sra.` → f, `ministro` → m, `president` → undefined). */
export function titleGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return FEMININE_TITLES.has(w) ? 'f' : MASCULINE_TITLES.has(w) ? 'm' : undefined;
}

/** Folds accents and case: `Rodríguez` → `rodriguez`. */
export function fold(s: string): string {
  if (s.length <= 32) {
    const hit = FOLD_CACHE.get(s);
    if (hit !== undefined) return hit;
  }
  // ASCII needs no decomposition.
  // eslint-disable-next-line no-control-regex
  const out = /^[\x00-\x7f]*$/u.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (s.length <= 32) {
    if (FOLD_CACHE.size > 20_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, out);
  }
  return out;
}

const FOLD_CACHE = new Map<string, string>();

const TITLE_EQUIVALENTS: Record<string, string> = {
  presidente: 'president', presidenta: 'president', mandatario: 'president', mandataria: 'president',
  'president-elect': 'president', ministro: 'minister', ministra: 'minister', canciller: 'minister',
  secretario: 'secretary', secretaria: 'secretary', senador: 'senator', senadora: 'senator', sen: 'senator',
  embajador: 'ambassador', embajadora: 'ambassador', gobernador: 'governor', gobernadora: 'governor',
  gov: 'governor', alcalde: 'mayor', alcaldesa: 'mayor', lider: 'leader', dirigente: 'leader', jefe: 'chief',
  jefa: 'chief', portavoz: 'spokesperson', vocero: 'spokesperson', vocera: 'spokesperson',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', juez: 'judge', jueza: 'judge', diputado: 'lawmaker',
  diputada: 'lawmaker', congresista: 'lawmaker', congressman: 'lawmaker', congresswoman: 'lawmaker',
  legislator: 'lawmaker', representative: 'lawmaker', rey: 'king', reina: 'queen', papa: 'pope',
  vicepresidente: 'vice president', vicepresidenta: 'vice president', fiscal: 'prosecutor',
  director: 'director', directora: 'director', candidato: 'candidate', candidata: 'candidate',
};

/** Normalizes a title word across English and Spanish (`presidenta` → `president`). */
export function normalizeTitle(word: string): string {
  const f = fold(word).replace(/\.$/u, '');
  return TITLE_EQUIVALENTS[f] ?? f;
}

const US = new Set(['us', 'u.s', 'u.s.', 'usa', 'u.s.a.', 'united states', 'american', 'estadounidense', 'ee.uu.', 'ee.uu', 'eeuu', 'ee. uu.', 'norteamericano', 'norteamericana', 'america', 'estados unidos']);
const UK = new Set(['uk', 'u.k.', 'british', 'britain', 'united kingdom', 'reino unido', 'britanico', 'britanica']);

/** Normalizes a place modifier (`U.S.`, `United States`, `Colombian`, `de Colombia`) to a comparable key. */
export function normalizePlace(words: string): string {
  const f = fold(words).trim();
  if (US.has(f)) return 'us';
  if (UK.has(f)) return 'uk';
  return f.replace(/[^a-z]/gu, '').slice(0, 5);
}

const WORDISH = /[\p{L}\p{N}]/u;

/** Month and weekday names (English and Spanish, folded). */
const CALENDAR_WORDS = new Set(
  ('january february march april june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre ' +
    'noviembre diciembre lunes martes miercoles jueves viernes sabado domingo').split(' '),
);

const PRONOUN_START = /^(?:He|She|Él|Ella)(?![\p{L}])/u;
/** One to three lower-case words between two mentions (`Fenatras president Marisol Cárcamo`): a role of the second
 * when the last one is a role noun. */
/** Most words of an aside between commas after a name and before its verb (`X, an emergency physician who …, said`). */
export const APPOSITION_WORDS = 13;

const MODIFIER_GAP = /^\s+\p{Ll}+(?:[\s-]+\p{Ll}+){0,2}\s+$/u;

const ORG_LAST = new Set([
  'fund', 'bank', 'council', 'ministry', 'union', 'court', 'party', 'government', 'office', 'agency', 'association',
  'foundation', 'committee', 'commission', 'institute', 'university', 'company', 'corp', 'inc', 'group', 'news',
  'wire', 'times', 'post', 'press', 'club', 'department', 'service', 'services', 'organization', 'organisation',
  'federation', 'network', 'board', 'authority', 'house', 'senate', 'congress', 'assembly', 'army', 'police',
  'reuters', 'agency', 'society', 'center', 'centre', 'secretariat', 'tribunal', 'prosecutor', 'system',
]);
const ORG_FIRST = new Set([
  'ministerio', 'banco', 'fondo', 'consejo', 'fundación', 'partido', 'gobierno', 'corte', 'tribunal', 'asociación',
  'universidad', 'club', 'comisión', 'comité', 'instituto', 'secretaría', 'sindicato', 'federación', 'agencia',
  'cámara', 'senado', 'congreso', 'fiscalía', 'policía', 'ejército', 'empresa', 'grupo', 'the', 'el', 'la',
]);

/**
 * For a run `Person of/from Institution` (`William Schaffner of Vanderbilt University`, `Maciej Boni of Penn State
 * University`): the run cut to the person (the institution's own title words, `State`, dropped), or null. The
 * person part is two or more capitalized words, none a title or an institution word; the part after holds one.
 */
export function affiliationCut(tokens: readonly ContextToken[], run: NameRun): NameRun | null {
  for (let k = run.from + 2; k < run.to; k++) {
    const w = tokens[k];
    if (w.kind !== 'w' || w.cap) continue;
    if (!(w.lower === 'of' || w.lower === 'from' || w.lower === 'de' || w.lower === 'del')) return null;
    for (let m = run.from; m < k; m++) {
      const f = fold(tokens[m].lower).replace(/\.$/u, '');
      if (!tokens[m].cap || ORG_LAST.has(f) || ORG_FIRST.has(f) || TITLE_WORDS.has(f) || NOT_NAME_WORDS.has(f)) return null;
    }
    let org = false;
    for (let m = k + 1; m <= run.to && !org; m++) org = tokens[m].cap && (ORG_LAST.has(tokens[m].lower) || ORG_FIRST.has(fold(tokens[m].lower)));
    // `Raymond Cheung of Fenwick & Cole`: a name joined by `&` is a firm's.
    if (tokens[run.to + 1]?.text === '&') org = true;
    return org ? { from: run.from, to: k - 1, nameFrom: run.from, titles: [] } : null;
  }
  return null;
}

function looksLikeOrg(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return ORG_LAST.has(words[words.length - 1]) || ORG_FIRST.has(words[0]) || /^[\p{Lu}\d]{2,}$/u.test(name);
}

/** Verbs only people do (besides reporting verbs): `Petro spoke`, `Petro sonrió`. */
const PERSON_VERBS = new Set([
  'spoke', 'speaks', 'talked', 'talks', 'met', 'meets', 'smiled', 'smiles', 'laughed', 'laughs', 'nodded',
  'shrugged', 'sighed', 'interrupted', 'habló', 'habla', 'conversó', 'sonrió', 'sonríe', 'rio', 'rió', 'asintió',
  'suspiró', 'se reunió',
]);

/** Title abbreviations written with a period (`Dr. Tom Frieden`, `Sra. Ruiz`). */
const ABBREVIATED_TITLES = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'prof', 'sen', 'gov', 'rep', 'gen', 'sr', 'sra', 'srta', 'lt', 'col', 'capt', 'rev', 'st']);

/** True for `Dr` `.` `Tom`: a title abbreviation, its period right after it, one space, then a capitalized word. */
function abbreviatedTitle(text: string, title: ContextToken | undefined, dot: ContextToken | undefined, name: ContextToken | undefined): boolean {
  return (
    isCapWord(title) && dot !== undefined && dot.kind === 'p' && dot.text === '.' && dot.start === title!.end &&
    isCapWord(name) && name!.start - dot.end === 1 && text[dot.end] === ' ' && ABBREVIATED_TITLES.has(title!.lower)
  );
}

/** True when the gap between two tokens is plain inline whitespace (no line break, no punctuation). */
function inlineGap(text: string, a: ContextToken, b: ContextToken): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (text[i] === '\n' || text[i] === '\r' || !/\s/u.test(text[i])) return false;
  return true;
}

/** `for`/`para` only join a title to its domain (`Secretary of State for Health`); other particles join names. */
function particleJoins(before: ContextToken, particle: ContextToken): boolean {
  if (particle.lower !== 'for' && particle.lower !== 'para') return true;
  const w = fold(before.lower);
  return TITLE_WORDS.has(w) || TITLE_DOMAINS.has(w);
}

function isCapWord(t: ContextToken | undefined): boolean {
  return t !== undefined && t.kind === 'w' && t.cap && WORDISH.test(t.text[0]);
}

/** A capitalized run `[from, to]` of token indices (inclusive), split into title part and name part. */
export interface NameRun {
  from: number;
  to: number;
  /** First token index of the name proper (after titles), or -1 when the run is only a title. */
  nameFrom: number;
  /** Normalized titles inside the run, with the place modifiers before them. */
  titles: PersonTitle[];
}

/**
 * The capitalized run that ends at token `to` (walking back over capitalized words and name particles on one
 * line), split at its last title word. Returns null when `to` is not a capitalized word.
 */
export function nameRunEndingAt(text: string, tokens: readonly ContextToken[], to: number): NameRun | null {
  if (!isCapWord(tokens[to])) return null;
  let from = to;
  while (from > 0) {
    const prev = tokens[from - 1];
    if (isCapWord(prev) && inlineGap(text, prev, tokens[from]) && !prev.possessive) {
      from--;
      continue;
    }
    if (from >= 2 && abbreviatedTitle(text, tokens[from - 2], prev, tokens[from])) {
      from -= 2; // Dr. Tom Frieden
      continue;
    }
    if (
      prev.kind === 'w' && !prev.cap && NAME_PARTICLES.has(prev.lower) && from >= 2 &&
      isCapWord(tokens[from - 2]) && particleJoins(tokens[from - 2], prev) &&
      inlineGap(text, tokens[from - 2], prev) && inlineGap(text, prev, tokens[from])
    ) {
      from -= 2;
      continue;
    }
    break;
  }
  return splitRun(tokens, from, to);
}

/** The capitalized run that starts at token `from` (see {@link nameRunEndingAt}). */
export function nameRunStartingAt(text: string, tokens: readonly ContextToken[], from: number): NameRun | null {
  if (!isCapWord(tokens[from])) return null;
  let to = from;
  while (to + 1 < tokens.length) {
    const next = tokens[to + 1];
    if (tokens[to].possessive) break;
    if (isCapWord(next) && inlineGap(text, tokens[to], next)) {
      to++;
      continue;
    }
    if (abbreviatedTitle(text, tokens[to], next, tokens[to + 2])) {
      to += 2; // Dr. Tom Frieden
      continue;
    }
    if (
      next.kind === 'w' && !next.cap && NAME_PARTICLES.has(next.lower) && isCapWord(tokens[to + 2]) &&
      particleJoins(tokens[to], next) && inlineGap(text, tokens[to], next) && inlineGap(text, next, tokens[to + 2])
    ) {
      to += 2;
      continue;
    }
    break;
  }
  return splitRun(tokens, from, to);
}

function splitRun(tokens: readonly ContextToken[], from: number, to: number): NameRun | null {
  while (from <= to && NOT_NAME_WORDS.has(tokens[from].lower)) from++;
  while (from <= to && tokens[from].kind === 'w' && !tokens[from].cap) from++; // a particle left at the edge
  if (from > to) return null;
  // A run of month or weekday names (`February`, `Monday`, `Lunes`) is a date, never a name.
  let calendar = true;
  for (let k = from; k <= to && calendar; k++) calendar = CALENDAR_WORDS.has(fold(tokens[k].lower));
  if (calendar) return null;
  let lastTitle = -1;
  for (let k = from; k <= to; k++) if (TITLE_WORDS.has(fold(tokens[k].lower).replace(/\.$/u, ''))) lastTitle = k;
  const titles: PersonTitle[] = [];
  let nameFrom = from;
  if (lastTitle >= 0) {
    nameFrom = lastTitle + 1;
    // Skip a particle + place after the title: Secretary of State Marco Rubio.
    while (
      nameFrom <= to &&
      (!tokens[nameFrom].cap || TITLE_WORDS.has(tokens[nameFrom].lower) ||
        (TITLE_DOMAINS.has(fold(tokens[nameFrom].lower)) && !tokens[nameFrom - 1].cap))
    ) nameFrom++;
    const places: string[] = [];
    let firstTitle = lastTitle;
    const isTitle = (t: ContextToken | undefined) => t !== undefined && TITLE_WORDS.has(fold(t.lower).replace(/\.$/u, ''));
    for (;;) {
      if (firstTitle > from && isTitle(tokens[firstTitle - 1])) firstTitle--;
      else if (firstTitle - 1 > from && NAME_PARTICLES.has(tokens[firstTitle - 1].lower) && isTitle(tokens[firstTitle - 2])) firstTitle -= 2;
      else break;
    }
    const placeWords = tokens.slice(from, firstTitle).map((t) => t.text);
    if (placeWords.length) places.push(normalizePlace(placeWords.join(' ')));
    for (const w of placeWords) places.push(normalizePlace(w));
    for (let k = firstTitle; k <= lastTitle; k++) {
      if (ROLE_NOUNS.has(fold(tokens[k].lower).replace(/\.$/u, '')) || ROLE_NOUNS.has(tokens[k].lower) || titleGender(tokens[k].lower)) {
        titles.push({ title: normalizeTitle(tokens[k].lower), places, gender: titleGender(tokens[k].lower) });
      }
    }
    if (nameFrom > to) nameFrom = -1;
  }
  return { from, to, nameFrom, titles };
}

/** The name text of a run (`Gustavo Petro` out of `Colombian President Gustavo Petro`). */
export function runName(text: string, tokens: readonly ContextToken[], run: NameRun): string | null {
  if (run.nameFrom < 0) return null;
  const first = tokens[run.nameFrom];
  const last = tokens[run.to];
  return last.possessive ? text.slice(first.start, first.start + (last.start - first.start) + last.text.length) : text.slice(first.start, last.end);
}

/**
 * Whether two names can be one person's: unless both give a first name (two words or more) and the first names
 * differ (`Amalia Urquiza` / `Rocío Salcedo Urquiza`). Initials match any first name with that letter.
 */
function sameGivenName(a: string, b: string): boolean {
  const words = (n: string): string[] => {
    const w = n.split(/\s+/u);
    let i = 0;
    while (i < w.length - 1 && (TITLE_WORDS.has(fold(w[i]).replace(/\.$/u, '')) || ABBREVIATED_TITLES.has(fold(w[i]).replace(/\.$/u, '')))) i++;
    return w.slice(i);
  };
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 2 || wb.length < 2) return true;
  const x = fold(wa[0]).replace(/\.$/u, '');
  const y = fold(wb[0]).replace(/\.$/u, '');
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return false;
}

/** Occupations that, right before a capitalized name, make it a person's (`chief economist Daniela Osses`). */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  'economist', 'analyst', 'researcher', 'scientist', 'expert', 'teacher', 'nurse', 'doctor', 'farmer', 'resident',
  'lawyer', 'engineer', 'student', 'worker', 'activist', 'historian', 'writer', 'novelist', 'singer', 'journalist',
  'reporter', 'physician', 'epidemiologist', 'seismologist', 'meteorologist', 'forecaster', 'pilot', 'firefighter',
  'economista', 'analista', 'investigador', 'investigadora', 'cientifico', 'cientifica', 'experto', 'experta',
  'profesor', 'profesora', 'maestro', 'maestra', 'enfermero', 'enfermera', 'medico', 'medica', 'agricultor',
  'agricultora', 'vecino', 'vecina', 'abogado', 'abogada', 'ingeniero', 'ingeniera', 'estudiante', 'trabajador',
  'trabajadora', 'activista', 'historiador', 'historiadora', 'escritor', 'escritora', 'novelista', 'cantante',
  'cantautor', 'cantautora', 'periodista', 'sismologo', 'sismologa', 'meteorologo', 'meteorologa', 'piloto',
  'bombero', 'bombera', 'pintor', 'pintora', 'painter', 'poet', 'poeta', 'actor', 'actriz', 'actress',
  // kin and relations, after an owner (`her son, Martín Corvalán`)
  'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'partner', 'friend',
  'rival', 'colleague', 'neighbor', 'neighbour', 'lawyer', 'grandson', 'granddaughter', 'hijo', 'hija', 'esposa',
  'esposo', 'madre', 'padre', 'hermano', 'hermana', 'viuda', 'viudo', 'pareja', 'amigo', 'amiga', 'rival', 'colega',
  'nieto', 'nieta', 'companero', 'companera',
]);

function surnameKey(name: string): string {
  const words = name.split(/\s+/u);
  return fold(words[words.length - 1]);
}

/**
 * Builds the registry of people named in `text` (one linear pass over its words).
 */
export class PersonRegistry {
  /** Every person (and person-like name) found. */
  readonly persons: Person[] = [];
  /** Every mention, sorted by offset. */
  readonly mentions: PersonMention[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byFull = new Map<string, number>();
  private readonly byToken = new Map<string, number>();
  private readonly firstMention: number[] = [];
  private readonly previousCache = new Map<string, Person | undefined>();
  private readonly byTitle = new Map<string, number[]>();

  /**
   * @param text the whole text
   * @param masks spans to skip (sorted, non-overlapping): the quotations, whose names are the speakers' words,
   *   not the narration's
   */
  constructor(
    private readonly text: string,
    masks: ReadonlyArray<{ start: number; end: number }> = [],
  ) {
    const tokens = tokenizeContext(text, 0, text.length, masks);
    const runs: { run: NameRun; name: string; evidence: boolean; titles: PersonTitle[] }[] = [];
    let k = 0;
    while (k < tokens.length) {
      const run = isCapWord(tokens[k]) ? nameRunStartingAt(text, tokens, k) : null;
      if (!run) {
        k++;
        continue;
      }
      const end = run.to;
      k = end + 1;
      // `William Schaffner of Vanderbilt University`: the person, then the affiliation (a name of its own).
      const cut = affiliationCut(tokens, run);
      if (cut) {
        Object.assign(run, cut);
        k = cut.to + 1;
      }
      const name = runName(text, tokens, run);
      if (!name) continue;
      const titles = [...run.titles];
      let evidence = titles.length > 0;
      // A lower-case title before the run: the president Gustavo Petro, interim leader Delcy Rodriguez.
      const before = tokens[run.from - 1];
      if (before && before.kind === 'w' && !before.cap && TITLE_WORDS.has(before.lower) && run.nameFrom === run.from) {
        evidence = true;
        const mod = tokens[run.from - 2];
        const places = mod && mod.kind === 'w' && mod.cap ? [normalizePlace(mod.text)] : [];
        titles.push({ title: normalizeTitle(before.lower), places, gender: titleGender(before.lower) });
      }
      // Apposition before the name, on the same line: the city's mayor, Álvaro Peña / the president of the
      // club X, Tomás Arguedas. The role is right before the comma, or opens an `of`/`de` phrase that reaches it.
      if (before?.text === ',' && run.nameFrom === run.from) {
        for (let j = run.from - 2; j >= 0 && j >= run.from - 10; j--) {
          const t = tokens[j];
          if (t.kind !== 'w' || !inlineGap(text, t, tokens[j + 1]) || FINITE_REPORTING_VERBS.has(t.lower)) break;
          // `Her son, Martín Corvalán,` / `his rival, Carlos Varela,`: a person noun owned by someone.
          if (!t.cap && OCCUPATIONS.has(fold(t.lower)) && run.from - 1 - j <= 1 && tokens[j - 1]?.kind === 'w' && OWNERS.has(tokens[j - 1].lower)) {
            evidence = true;
            break;
          }
          if (!t.cap && ROLE_NOUNS.has(t.lower)) {
            const nextWord = tokens[j + 1];
            const near = run.from - 1 - j <= 2;
            // `the president of the club X,`, `the UN envoy for Karsenia,`, `ambassador to France,`, `profesora en Lima,`.
            const ofPhrase = nextWord !== undefined && ['of', 'for', 'to', 'at', 'de', 'del', 'para', 'en'].includes(nextWord.lower);
            if (near || ofPhrase) {
              const places: string[] = [];
              for (let m = j + 1; m < run.from - 1; m++) if (tokens[m].cap) places.push(normalizePlace(tokens[m].text));
              titles.push({ title: normalizeTitle(t.lower), places, gender: titleGender(t.lower) });
              evidence = true;
            }
            break;
          }
        }
      }
      // Apposition: Gustavo Petro, presidente de Colombia / Marco Rubio, the U.S. secretary of state
      if (tokens[end + 1]?.text === ',') {
        let j = end + 2;
        const mods: string[] = [];
        if (tokens[j]?.kind === 'w' && DETERMINERS.has(tokens[j].lower)) j++;
        while (j < tokens.length && j < end + 6 && isCapWord(tokens[j]) && !TITLE_WORDS.has(tokens[j].lower)) mods.push(tokens[j++].text);
        const t = tokens[j];
        if (t && t.kind === 'w' && !t.cap && TITLE_WORDS.has(t.lower)) {
          const after = tokens[j + 1];
          const after2 = tokens[j + 2];
          if (after?.kind === 'w' && (after.lower === 'de' || after.lower === 'of') && isCapWord(after2)) mods.push(after2.text);
          else if (after?.kind === 'w' && !after.cap && !TITLE_WORDS.has(after.lower) && !DETERMINERS.has(after.lower)) mods.push(after.text); // el presidente colombiano
          titles.push({ title: normalizeTitle(t.lower), places: mods.map(normalizePlace), gender: titleGender(t.lower) });
          evidence = true;
        }
      }
      // Subject of a reporting verb (skipping fillers): Petro noted, Trump has publicly claimed.
      let v = end + 1;
      // … or after an aside between commas: `Daniela Osses, by contrast, said`, `Ignacio Valdebenito, an emergency
      // physician who does not belong to the union, said` (as long as findAttribution reads one).
      if (tokens[v]?.text === ',') {
        let c = v + 1;
        while (c < tokens.length && c <= v + APPOSITION_WORDS && tokens[c].kind === 'w') c++;
        // Not a capitalized aside: that is a name in apposition (`the envoy for Karsenia, Helga Marstrand, said`),
        // the verb's subject, not an aside about this name.
        if (c > v + 1 && tokens[c]?.text === ',' && !tokens[v + 1].cap) v = c + 1;
      }
      while (v < tokens.length && v < end + 12 && tokens[v].kind === 'w' && (SUBJECT_VERB_FILLERS.has(tokens[v].lower) || /ly$/u.test(tokens[v].lower))) v++;
      if (tokens[v]?.kind === 'w' && (FINITE_REPORTING_VERBS.has(tokens[v].lower) || PERSON_VERBS.has(tokens[v].lower))) evidence = true;
      // An occupation right before the name: `chief economist Daniela Osses`, `la enfermera Yolanda Cedeño`.
      if (before?.kind === 'w' && !before.cap && OCCUPATIONS.has(fold(before.lower)) && run.nameFrom === run.from) evidence = true;
      // Subject of a clause that goes on to a reporting participle: `Ghebreyesus expressed a similar view, saying`.
      if (!evidence && tokens[end + 1]?.kind === 'w' && !tokens[end + 1].cap) {
        for (let j = end + 2; j < tokens.length && j <= end + 12; j++) {
          const t = tokens[j];
          if (t.kind === 'p' && t.text !== ',') break;
          if (t.kind === 'w' && t.lower.endsWith('ing') && NONFINITE_REPORTING_VERBS.has(t.lower) && tokens[j - 1]?.text === ',') {
            evidence = true;
            break;
          }
        }
      }
      // Spanish inversion: dijo Petro.
      if (before?.kind === 'w' && SPANISH_REPORTING_VERBS.has(before.lower)) evidence = true;
      // English inversion right after a quotation: `…,” said Ana Ruiz` (not `the report said Brazil…`).
      const beforeVerb = run.from >= 2 ? tokens[run.from - 2] : undefined;
      if (before?.kind === 'w' && FINITE_REPORTING_VERBS.has(before.lower) && (beforeVerb === undefined || beforeVerb.kind !== 'w')) evidence = true;
      // Owner of words: Trump’s previous characterizations.
      if (tokens[end].possessive) {
        for (let j = end + 1; j < tokens.length && j <= end + 3; j++) {
          if (tokens[j].kind === 'w' && SPEECH_NOUNS.has(tokens[j].lower)) evidence = true;
        }
      }
      runs.push({ run, name, evidence, titles });
    }
    // People first (evidence), so that surname keys point at people; then plain names join them.
    for (const pass of [true, false]) {
      for (const r of runs) {
        if (r.evidence !== pass) continue;
        const key = surnameKey(r.name);
        const full = fold(r.name);
        let id = this.byFull.get(full) ?? this.byKey.get(key);
        if (id === undefined) id = this.byToken.get(key);
        // Two full names that share a surname but not a first name are two people (`Amalia Urquiza` and her
        // daughter `Rocío Salcedo Urquiza`; `Valeria Paredes Salcedo`).
        const separate = id !== undefined && !sameGivenName(this.persons[id].name, r.name);
        if (separate) id = undefined;
        if (id === undefined && separate) {
          id = this.persons.length;
          this.persons.push({ name: r.name, key, titles: [], isPerson: pass, isOrg: looksLikeOrg(r.name) && (!pass || r.titles.length === 0) });
        }
        if (id === undefined) {
          if (!pass) {
            // A bare name with no evidence: still remember it, as a non-person.
            id = this.persons.length;
            this.persons.push({ name: r.name, key, titles: [], isPerson: false, isOrg: looksLikeOrg(r.name) });
            this.byKey.set(key, id);
          } else {
            id = this.persons.length;
            this.persons.push({ name: r.name, key, titles: [], isPerson: true, isOrg: looksLikeOrg(r.name) && r.titles.length === 0 });
            this.byKey.set(key, id);
          }
        }
        const p = this.persons[id];
        if (!this.byFull.has(full)) this.byFull.set(full, id);
        if (pass) p.isPerson = true;
        if (pass && r.name.split(/\s+/u).length > p.name.split(/\s+/u).length) p.name = r.name;
        for (const t of r.titles) {
          const same = p.titles.some((x) => x.title === t.title && x.gender === t.gender && x.places.join() === t.places.join());
          if (!same && p.titles.length < 32) p.titles.push(t);
        }
        const words = r.name.split(/\s+/u);
        for (let w = 1; w < words.length; w++) {
          const tk = fold(words[w]);
          if (!this.byToken.has(tk)) this.byToken.set(tk, id);
        }
        const first = tokens[r.run.nameFrom];
        const last = tokens[r.run.to];
        this.mentions.push({ start: first.start, end: last.end, person: id });
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
    this.indexMentions();
    // Role descriptors that are subjects (`the minister said`) mention the person who holds the role.
    const extra: PersonMention[] = [];
    const idOf = new Map(this.persons.map((p, id) => [p, id] as const));
    for (let v = 1; v < tokens.length; v++) {
      const t = tokens[v];
      if (t.kind !== 'w' || !FINITE_REPORTING_VERBS.has(t.lower)) continue;
      let j = v - 1;
      while (j > 0 && tokens[j].kind === 'w' && (SUBJECT_VERB_FILLERS.has(tokens[j].lower) || /ly$/u.test(tokens[j].lower))) j--;
      const head = tokens[j];
      const det = tokens[j - 1];
      if (head.kind !== 'w' || head.cap || !ROLE_NOUNS.has(head.lower)) continue;
      if (!det || det.kind !== 'w' || !DETERMINERS.has(det.lower)) continue;
      const p = this.resolveDescriptor(head.lower, [], head.start);
      if (p) extra.push({ start: det.start, end: head.end, person: idOf.get(p)! });
    }
    // Inverted: “…,” said the minister.
    for (let v = 0; v + 2 < tokens.length; v++) {
      const t = tokens[v];
      const det = tokens[v + 1];
      const head = tokens[v + 2];
      if (t.kind !== 'w' || !FINITE_REPORTING_VERBS.has(t.lower) || det.kind !== 'w' || !DETERMINERS.has(det.lower)) continue;
      if (head.kind !== 'w' || head.cap || !ROLE_NOUNS.has(head.lower)) continue;
      const p = this.resolveDescriptor(head.lower, [], head.start);
      if (p) extra.push({ start: det.start, end: head.end, person: idOf.get(p)! });
    }
    // A role descriptor opening a sentence (`The minister defended …`) is its subject: a mention too.
    for (let d = 0; d + 1 < tokens.length; d++) {
      const det = tokens[d];
      const head = tokens[d + 1];
      if (det.kind !== 'w' || !DETERMINERS.has(det.lower) || !det.cap || head.kind !== 'w' || head.cap || !ROLE_NOUNS.has(head.lower)) continue;
      const prev = tokens[d - 1];
      const opens = !prev || (prev.kind === 'p' && '.!?'.includes(prev.text)) || /[\n\r]/u.test(text.slice(prev.end, det.start));
      if (!opens) continue;
      const p = this.resolveDescriptor(head.lower, [], head.start);
      if (p) extra.push({ start: det.start, end: head.end, person: idOf.get(p)! });
    }
    if (extra.length) {
      for (const m of extra) this.mentions.push(m);
      this.mentions.sort((a, b) => a.start - b.start);
      this.indexMentions();
    }
  }

  private indexMentions(): void {
    this.firstMention.length = 0;
    this.byTitle.clear();
    for (const m of this.mentions) if (this.firstMention[m.person] === undefined) this.firstMention[m.person] = m.start;
    this.persons.forEach((p, id) => {
      if (!p.isPerson) return;
      for (const t of new Set(p.titles.map((x) => x.title))) {
        const list = this.byTitle.get(t) ?? [];
        list.push(id);
        this.byTitle.set(t, list);
      }
    });
  }

  /** The person a name (as written, with or without titles or `’s`) refers to, if the text names them. */
  lookup(name: string): Person | undefined {
    const clean = name.replace(/['’]s$/u, '');
    const key = surnameKey(clean);
    const id = this.byFull.get(fold(clean)) ?? this.byKey.get(key) ?? this.byToken.get(key);
    // A full name whose first name differs is someone else who shares the surname.
    return id === undefined || !sameGivenName(this.persons[id].name, clean) ? undefined : this.persons[id];
  }

  /** Index of the first mention starting at or after `pos`. */
  private mentionIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The person a pronoun at `pos` most likely refers to: the first person named earlier in the same sentence
   * (its subject), else the first person named in the nearest earlier sentence that names one (within
   * `window` characters). Undefined when no person is that close.
   */
  resolvePronoun(pos: number, sentenceStart: number, window = 600, gender?: 'f' | 'm'): Person | undefined {
    let i = this.mentionIndexAt(sentenceStart);
    while (i < this.mentions.length && this.mentions[i].start < pos) {
      const p = this.persons[this.mentions[i].person];
      if (this.fits(p, gender) && !this.modifiesNext(i)) return p;
      i++;
    }
    const key = `${sentenceStart}:${gender ?? ''}`;
    if (this.previousCache.has(key)) return this.previousCache.get(key);
    const found = this.personInEarlierSentences(sentenceStart, Math.max(0, pos - window), gender);
    this.previousCache.set(key, found);
    return found;
  }

  /** A person a `he`/`she` can stand for: not an organization, and not of the other gender when a title says. */
  private fits(p: Person, gender: 'f' | 'm' | undefined): boolean {
    if (!p.isPerson || p.isOrg) return false;
    if (!gender) return true;
    const known = p.titles.find((t) => t.gender)?.gender;
    return known === undefined || known === gender;
  }

  /**
   * Whether mention `k` only modifies a role of the next mention (`Fenatras president Marisol Cárcamo`, `Apple chief
   * executive Tim Cook`): one to three lower-case words ending in a role noun stand between them.
   */
  private modifiesNext(k: number): boolean {
    const next = this.mentions[k + 1];
    if (!next) return false;
    const between = this.text.slice(this.mentions[k].end, next.start);
    if (between.length > 40 || !MODIFIER_GAP.test(between)) return false;
    // The last word is the role (`president`, `chief executive`), not a verb (`Petro met Trump`).
    const words = between.trim().split(/[\s-]+/u);
    return ROLE_NOUNS.has(words[words.length - 1].toLowerCase());
  }

  /** Whether the word right before offset `at` is a preposition. */
  private afterPreposition(at: number): boolean {
    const m = /(\p{L}+)[^\p{L}]{1,3}$/u.exec(this.text.slice(Math.max(0, at - 16), at));
    return m !== null && PREPOSITIONS.has(m[1].toLowerCase());
  }

  /** The first person named in the nearest earlier sentence (after `floor`) that names one and is not a pronoun chain. */
  private personInEarlierSentences(sentenceStart: number, floor: number, gender?: 'f' | 'm'): Person | undefined {
    let j = this.mentionIndexAt(sentenceStart) - 1;
    while (j >= 0 && this.mentions[j].start >= floor) {
      // The sentence of this mention: take its first person.
      const s = sentenceStartBefore(this.text, this.mentions[j].start, Math.max(floor, this.mentions[j].start - 400));
      let f = this.mentionIndexAt(s);
      // A sentence whose subject is itself a pronoun continues the same person: look further back.
      if (PRONOUN_START.test(this.text.slice(s, s + 6))) f = j + 1;
      // The sentence's first person that is not a preposition's complement (`the envoy for Karsenia, Helga
      // Marstrand, said`: Marstrand), else its first person.
      let fallback: Person | undefined;
      for (; f <= j; f++) {
        const p = this.persons[this.mentions[f].person];
        if (!this.fits(p, gender) || this.modifiesNext(f)) continue;
        if (!this.afterPreposition(this.mentions[f].start)) return p;
        fallback ??= p;
      }
      if (fallback) return fallback;
      j = this.mentionIndexAt(s) - 1;
    }
    return undefined;
  }

  /**
   * The person a role descriptor (`the U.S. president`: title `president`, places `['us']`) refers to, among
   * the people named before `pos`: the only one with that title (and those places, when given). Undefined when
   * none or several fit.
   */
  resolveDescriptor(title: string, places: readonly string[], pos: number): Person | undefined {
    const t = normalizeTitle(title);
    const exact: Person[] = [];
    const open: Person[] = [];
    const anywhere: Person[] = [];
    for (const id of this.byTitle.get(t) ?? []) {
      const p = this.persons[id];
      const titles = p.titles.filter((pt) => pt.title === t);
      const fitsExactly = titles.some((pt) => places.every((pl) => pt.places.includes(pl)));
      const fitsOpen = fitsExactly || titles.some((pt) => pt.places.length === 0);
      if (fitsOpen) anywhere.push(p);
      if (!(this.firstMention[id] < pos)) continue;
      if (fitsExactly) exact.push(p);
      else if (fitsOpen) open.push(p);
    }
    // Only one person named before with that title (and places); else the only one with no stated place;
    // else (a headline, before anyone is named) the only holder of the title in the whole text.
    const fits = exact.length ? exact : open.length ? open : anywhere;
    return fits.length === 1 ? fits[0] : undefined;
  }
}
