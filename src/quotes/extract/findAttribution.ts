/**
 * Finds who a quotation is attributed to, from the narration around it, the way English and Spanish
 * journalism attributes quotes:
 * - a reporting verb with its subject before the quote (`Petro said:`, `Trump has publicly claimed to be “…”`,
 *   `the U.S. president told him he had been “…”`), or after it (`“…,” Petro said.`, `“…,” said Petro.`,
 *   `—dijo el presidente—`), Spanish subject inversion included (`afirmó Petro`);
 * - a non-finite reporting verb whose subject is the main clause's (`…, noting that “…”`);
 * - `according to X`, `según X`, `de acuerdo con X`;
 * - a noun of saying with an owner (`Trump’s characterizations of him as a “sick man”`, `las palabras de Petro`);
 * - a name introducing the quote with a colon (`Gustavo Petro, presidente de Colombia: “…”`).
 * The nearest cue before the quote wins; a cue right after a quote that ends its clause (`“…,” X said`) wins
 * over it. When the nearest verb sits inside another reported clause (`Petro stated that … the U.S. president
 * told him …`), the outer speaker is kept as `reportedBy`.
 * @module
 */
import {
  DETERMINERS,
  FINITE_REPORTING_VERBS,
  NONFINITE_REPORTING_VERBS,
  NOT_NAME_WORDS,
  OWNERS,
  PREPOSITIONS,
  ROLE_NOUNS,
  SPANISH_REPORTING_VERBS,
  SPEECH_NOUNS,
  SUBJECT_PRONOUNS,
  SUBJECT_VERB_FILLERS,
} from './reportingWords.js';
import { affiliationCut, APPOSITION_WORDS, fold, nameRunEndingAt, nameRunStartingAt, normalizePlace, OCCUPATIONS, type NameRun } from './PersonRegistry.js';
import type { ContextToken } from './tokenizeContext.js';

/** How the speaker of a quotation was found. */
export type AttributionCue = 'verb' | 'according' | 'possessive' | 'colon' | 'dialogue' | 'inherited';

/** A phrase naming who speaks: a name, a pronoun, or a descriptor (`the U.S. president`). */
export interface SpeakerMention {
  kind: 'name' | 'pronoun' | 'descriptor';
  start: number;
  end: number;
  /** For names: the name without titles (`Petro` out of `President Petro`). */
  name?: string;
  /** For descriptors: the role noun (`president`) and place modifiers (normalized). */
  role?: string;
  places?: string[];
}

/** An attribution found in the narration. */
export interface Attribution {
  mention: SpeakerMention;
  cue: AttributionCue;
  /** The outer reporter when the cue is nested in another reported clause. */
  reportedBy?: SpeakerMention;
  /** The reporting verb (lower case), when the cue is a verb. */
  verb?: string;
}

const ADVERB = /^\p{Ll}{3,}ly$/u;
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'fue', 'fueron', 'es', 'son', 'sido', 'era', 'eran']);
const RELATIVES = new Set(['who', 'which', 'quien', 'quienes', 'que', 'whose', 'cuyo', 'cuya']);
const CLAUSE_PUNCT = new Set(['.', '!', '?', ';', '…']);

/** Reporting verbs that are also nouns inside names (`United States`, `Claims Court`). */
const NAME_NOUNS = new Set(['states', 'claims', 'notes', 'reports', 'remarks', 'tells']);

const AUXILIARIES = new Set(['ha', 'han', 'había', 'habían', 'habría', 'has', 'have', 'had']);
const SPANISH_AUXILIARIES = new Set(['ha', 'han', 'había', 'habían', 'habría']);

/**
 * True when token `i` is a finite reporting verb, or a participle after a perfect auxiliary
 * (`ha dicho`, `han asegurado`, `has said`).
 */
function isFiniteVerb(tokens: readonly ContextToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'w') return false;
  const before = tokens[i - 1];
  // `the United States`, `the Small Claims Court`: a capitalized noun inside a name, not a verb.
  if (t.cap && NAME_NOUNS.has(t.lower) && before?.kind === 'w' && before.cap) return false;
  // `Calloway’s remarks`, `the minister's claims`, `his notes`: a plural noun after an owner, not a verb.
  if (t.lower.endsWith('s') && before?.kind === 'w' && (before.possessive || before.lower === 'the' || OWNERS.has(before.lower))) return false;
  if (FINITE_REPORTING_VERBS.has(t.lower)) return true;
  return NONFINITE_REPORTING_VERBS.has(t.lower) && before?.kind === 'w' && AUXILIARIES.has(before.lower) && !t.lower.endsWith('ing') && !t.lower.endsWith('ndo');
}

/** True for a Spanish reporting verb form (finite, or participle after `ha`/`han`), which allows the subject after it. */
function isSpanishVerb(tokens: readonly ContextToken[], i: number): boolean {
  const t = tokens[i];
  return SPANISH_REPORTING_VERBS.has(t.lower) || (isFiniteVerb(tokens, i) && /(?:ado|ido|cho|ito)$/u.test(t.lower) && SPANISH_AUXILIARIES.has(tokens[i - 1]?.lower ?? ''));
}

function isFiller(t: ContextToken | undefined): boolean {
  return t !== undefined && t.kind === 'w' && !t.cap && (SUBJECT_VERB_FILLERS.has(t.lower) || ADVERB.test(t.lower));
}

function isWord(t: ContextToken | undefined): t is ContextToken {
  return t !== undefined && t.kind === 'w';
}

function nameMention(text: string, tokens: readonly ContextToken[], whole: NameRun): SpeakerMention {
  // `William Schaffner of Vanderbilt University`: the person is named before the affiliation.
  const run = affiliationCut(tokens, whole) ?? whole;
  const first = tokens[run.from];
  const last = tokens[run.to];
  const lastEnd = last.possessive ? last.start + last.text.length : last.end;
  if (run.nameFrom < 0) {
    // Only a title: `President` / `the Minister` → a descriptor.
    return {
      kind: 'descriptor', start: first.start, end: lastEnd,
      role: run.titles[run.titles.length - 1]?.title, places: run.titles[run.titles.length - 1]?.places ?? [],
    };
  }
  const nameStart = tokens[run.nameFrom].start;
  return { kind: 'name', start: first.start, end: lastEnd, name: text.slice(nameStart, lastEnd) };
}

/** Lower-case words inside an institution's name (`School of Hygiene and Tropical Medicine`, `&amp;`). */
const INSTITUTION_JOINERS = new Set(['of', 'and', 'for', 'the', 'from', 'at', 'on', 'amp']);
/** Last words of an institution's name: a run ending in one is not a person. */
const INSTITUTION_HEADS = new Set(['school', 'university', 'college', 'institute', 'ministry', 'department', 'agency', 'center', 'centre', 'centers', 'centres', 'council', 'committee', 'bank', 'fund', 'office', 'organization', 'organisation', 'association', 'union', 'court', 'commission', 'hospital', 'foundation', 'group', 'party', 'service']);

function looksInstitutional(tokens: readonly ContextToken[], run: { from: number; to: number }): boolean {
  for (let k = run.from; k <= run.to; k++) if (INSTITUTION_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * The subject phrase that ends at token `j` (a pronoun, a name, or a determiner + modifiers + noun), or null.
 */
function phraseEndingAt(text: string, tokens: readonly ContextToken[], j: number): { mention: SpeakerMention; from: number } | null {
  const t = tokens[j];
  if (!isWord(t)) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && !t.possessive) {
    return { mention: { kind: 'pronoun', start: t.start, end: t.end }, from: j };
  }
  if (t.cap) {
    const run = nameRunEndingAt(text, tokens, j);
    if (!run) return null;
    // the president of Colombia / el presidente de Colombia
    const of = tokens[run.from - 1];
    const head = tokens[run.from - 2];
    if (isWord(of) && (of.lower === 'of' || of.lower === 'de' || of.lower === 'del') && isWord(head) && !head.cap && ROLE_NOUNS.has(head.lower)) {
      const d = descriptorEndingAt(text, tokens, run.from - 2);
      if (d) {
        d.mention.end = tokens[j].end;
        d.mention.places = [...(d.mention.places ?? []), normalizePlace(text.slice(tokens[run.from].start, tokens[run.to].end))];
        return d;
      }
    }
    // Ateş Kara of the Turkish Health Ministry / Ana Ruiz from the union: the person before `of`/`from` is the
    // subject, the institution after it only places them (a name of two words or more, or with a title).
    // The institution may itself hold `of`/`and` (`the London School of Hygiene and Tropical Medicine`): the
    // leftmost such person within a few words wins.
    let personHit: { mention: SpeakerMention; from: number } | null = null;
    for (let p = run.from - 1; p >= 1 && p >= run.from - 14; p--) {
      const w = tokens[p];
      const joiner = isWord(w) && (w.cap || INSTITUTION_JOINERS.has(w.lower));
      if (!joiner && !(w.kind === 'p' && (w.text === '&' || w.text === ';'))) break;
      if (!isWord(w) || !(w.lower === 'of' || w.lower === 'from' || w.lower === 'at')) continue;
      const q = tokens[p + 1]?.lower === 'the' ? p + 1 : p;
      if (!(tokens[q + 1]?.cap)) continue;
      const person = tokens[p - 1]?.cap ? nameRunEndingAt(text, tokens, p - 1) : null;
      if (person && person.nameFrom >= 0 && (person.to - person.nameFrom >= 1 || person.titles.length > 0) && !tokens[person.to].possessive && !looksInstitutional(tokens, person)) {
        personHit = { mention: nameMention(text, tokens, person), from: person.from };
      }
    }
    if (personHit) return personHit;
    // the reporter Juan Gil / Colombia's president Gustavo Petro: the phrase starts before the name.
    let from = run.from;
    const noun = tokens[from - 1];
    const det = tokens[from - 2];
    if (isWord(noun) && !noun.cap && !SUBJECT_VERB_FILLERS.has(noun.lower) && !DETERMINERS.has(noun.lower) && isWord(det) && (DETERMINERS.has(det.lower) || det.possessive)) {
      from -= 2;
      if (det.possessive && isWord(tokens[from - 1]) && DETERMINERS.has(tokens[from - 1].lower)) from--;
    }
    return { mention: nameMention(text, tokens, run), from };
  }
  return descriptorEndingAt(text, tokens, j);
}

/** A descriptor ending at the lower-case noun `j`: back to a determiner within 5 words (or a bare plural noun). */
function descriptorEndingAt(text: string, tokens: readonly ContextToken[], j: number): { mention: SpeakerMention; from: number } | null {
  const head = tokens[j];
  if (!isWord(head) || head.cap || DETERMINERS.has(head.lower) || SUBJECT_VERB_FILLERS.has(head.lower)) return null;
  const places: string[] = [];
  const headEnd = head.possessive ? head.start + head.text.length : head.end;
  for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (DETERMINERS.has(t.lower)) {
      for (let m = k + 1; m < j; m++) if (tokens[m].cap) places.push(normalizePlace(tokens[m].text));
      // Spanish adjective after the noun is handled by callers; here modifiers come before the noun.
      return {
        mention: { kind: 'descriptor', start: t.start, end: headEnd, role: head.lower, places },
        from: k,
      };
    }
    if (t.possessive) {
      // the president’s spokesman / Petro’s office / the foundation's president
      let from = k;
      if (isWord(tokens[k - 1]) && DETERMINERS.has(tokens[k - 1].lower)) from = k - 1;
      return { mention: { kind: 'descriptor', start: tokens[from].start, end: headEnd, role: head.lower, places }, from };
    }
  }
  // A headline drops its determiner: `Spanish mayor vows …`, `Economy minister says …`.
  if (ROLE_NOUNS.has(head.lower)) {
    let k = j - 1;
    while (k >= 0 && k >= j - 3 && isWord(tokens[k]) && tokens[k].cap) k--;
    if (k < 0 && j > 0) {
      for (let m = 0; m < j; m++) places.push(normalizePlace(tokens[m].text));
      return { mention: { kind: 'descriptor', start: tokens[0].start, end: headEnd, role: head.lower, places }, from: 0 };
    }
  }
  // A bare noun subject: officials said, critics called it.
  const prev = tokens[j - 1];
  if (head.lower.endsWith('s') && (!prev || !isWord(prev) || RELATIVES.has(prev.lower) || prev.lower === 'and' || prev.lower === 'y')) {
    return { mention: { kind: 'descriptor', start: head.start, end: headEnd, role: head.lower, places }, from: j };
  }
  return null;
}

/** Articles that open place names (`La Esmeralda`, `El Paso`, `Los Ángeles`, `The Hague`). */
const PLACE_ARTICLES = new Set(['la', 'el', 'los', 'las', 'the', 'le', 'les']);

/** The subject of the verb at token `v`, looking backwards (skipping fillers and a comma-delimited apposition). */
function subjectBefore(text: string, tokens: readonly ContextToken[], v: number): { mention: SpeakerMention; from: number } | null {
  let j = v - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 3 && isFiller(tokens[j])) {
    j--;
    skipped++;
  }
  if (j >= 0 && tokens[j].text === ',') {
    // X, the president of Colombia, said / X, who …, said
    let k = j - 1;
    while (k >= 0 && k > j - APPOSITION_WORDS - 1 && tokens[k].text !== ',' && !CLAUSE_PUNCT.has(tokens[k].text)) k--;
    if (k >= 1 && tokens[k].text === ',') {
      const r = phraseEndingAt(text, tokens, k - 1);
      // The largest union, CESM, said / the foundation's president, Rosario Ñauta, said: prefer the name.
      const inner = j - 1 > k ? nameRunEndingAt(text, tokens, j - 1) : null;
      // A name after a preposition is the descriptor's complement (the UN envoy for Karsenia, Helga Marstrand, said).
      // A place name may open with an article the name run leaves out (the mayor of La Esmeralda, …).
      let b = r !== null ? r.from - 1 : -1;
      if (b > 0 && PLACE_ARTICLES.has(tokens[b].lower)) b--;
      const complement = b >= 0 && PREPOSITIONS.has(tokens[b].lower);
      if (inner && inner.from === k + 1 && inner.nameFrom >= 0 && (!r || r.mention.kind === 'descriptor' || complement)) {
        return { mention: nameMention(text, tokens, inner), from: r ? r.from : inner.from };
      }
      if (r) return r;
    }
    return null;
  }
  return j >= 0 ? phraseEndingAt(text, tokens, j) : null;
}

/** Spanish words that open a subject after an addressee (`dijo a la BBC su director`, `… el ministro`). */
const SUBJECT_OPENERS = new Set(['su', 'sus', 'el', 'la', 'los', 'las']);
/** Most words of an addressee skipped before the subject (`a la agencia de noticias Reuters`). */
const ADDRESSEE_WORDS = 5;

/**
 * The person named after a role that a capitalized modifier or possessor qualifies (`Fed chair Jerome Powell`,
 * `Joe Biden's spokeswoman, Karine Jean-Pierre`): from token `k`, one to three lower-case words whose last is a role
 * noun, an optional comma, then a name run of two or more words. Else null.
 */
function nameAfterRole(text: string, tokens: readonly ContextToken[], k: number): SpeakerMention | null {
  let m = k;
  while (m < tokens.length && m < k + 3 && isWord(tokens[m]) && !tokens[m].cap) m++;
  if (m === k || !(ROLE_NOUNS.has(tokens[m - 1].lower) || OCCUPATIONS.has(fold(tokens[m - 1].lower)))) return null;
  // The name may stand in apposition: `said Joe Biden's spokeswoman, Karine Jean-Pierre`.
  const comma = m < tokens.length && tokens[m].text === ',';
  if (comma) m++;
  if (m >= tokens.length || !isWord(tokens[m]) || !tokens[m].cap) return null;
  const run = nameRunStartingAt(text, tokens, m);
  if (!run || run.nameFrom < 0) return null;
  if (run.to <= run.nameFrom) {
    // One name, only in apposition that closes the clause: `said Smith's wife, Anna.`
    const after = tokens[run.to + 1];
    if (!comma || (after !== undefined && !(after.kind === 'p' && /^[.,;:]$/u.test(after.text)))) return null;
  }
  return nameMention(text, tokens, run);
}

/** The subject right after token `v` (Spanish inversion `dijo Petro`, `afirmó el presidente colombiano`). */
function subjectAfter(text: string, tokens: readonly ContextToken[], v: number): SpeakerMention | null {
  let j = v + 1;
  while (j < tokens.length && j < v + 3 && isFiller(tokens[j]) && !DETERMINERS.has(tokens[j].lower)) j++;
  // The addressee before the subject: `dijo a la BBC su director, …`, `declaró al diario Clarín el ministro`.
  if (isWord(tokens[j]) && (tokens[j].lower === 'a' || tokens[j].lower === 'al')) {
    let k = j + 1;
    if (isWord(tokens[k]) && DETERMINERS.has(tokens[k].lower)) k++;
    let seen = 0;
    while (k < tokens.length && seen < ADDRESSEE_WORDS && isWord(tokens[k]) && !SUBJECT_OPENERS.has(tokens[k].lower)) {
      k++;
      seen++;
    }
    if (seen > 0 && isWord(tokens[k]) && SUBJECT_OPENERS.has(tokens[k].lower)) j = k;
    else {
      // `dijo a esta agencia Héctor Almada`: a name right after a lower-case addressee.
      for (let m = j + 2; m <= j + ADDRESSEE_WORDS + 1 && m < tokens.length && isWord(tokens[m]); m++) {
        if (tokens[m].cap && !tokens[m - 1].cap && !DETERMINERS.has(tokens[m - 1].lower)) {
          j = m;
          break;
        }
      }
    }
  }
  const t = tokens[j];
  if (!isWord(t)) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  if (t.cap) {
    const run = nameRunStartingAt(text, tokens, j);
    if (!run) return null;
    // An organization, place or person that only qualifies the role of the person named next: `said Fed chair
    // Jerome Powell`, `said Hamas leader Yahya Sinwar`, `said Joe Biden's spokeswoman, Karine Jean-Pierre`.
    const next = nameAfterRole(text, tokens, run.to + 1);
    return next ?? nameMention(text, tokens, run);
  }
  if (!DETERMINERS.has(t.lower) && !SUBJECT_VERB_FILLERS.has(t.lower) && !PREPOSITIONS.has(t.lower)) {
    // An occupation before the name, no determiner: `said pilot Orlando Betancur`, `said chief economist Ana Gil`.
    for (let m = j + 1; m <= j + 2 && m < tokens.length; m++) {
      const w = tokens[m];
      if (!isWord(w)) break;
      if (!w.cap) {
        if (DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || SUBJECT_VERB_FILLERS.has(w.lower)) break;
        continue;
      }
      const run = nameRunStartingAt(text, tokens, m);
      if (run && run.nameFrom >= 0 && (run.to > run.nameFrom || run.titles.length > 0)) return { ...nameMention(text, tokens, run), start: t.start };
      break;
    }
  }
  if (!DETERMINERS.has(t.lower)) {
    // A bare plural noun: described by critics as …
    return /\p{L}{3,}s$/u.test(t.lower) && !SUBJECT_VERB_FILLERS.has(t.lower)
      ? { kind: 'descriptor', start: t.start, end: t.end, role: t.lower, places: [] }
      : null;
  }
  {
    // determiner + (modifiers) + noun [+ adjective] [+ name]
    const places: string[] = [];
    let k = -1;
    for (let m = j + 1; m < tokens.length && m <= j + 5; m++) {
      const w = tokens[m];
      if (!isWord(w) || NOT_NAME_WORDS.has(w.lower) || FINITE_REPORTING_VERBS.has(w.lower)) break;
      k = m;
      // A compound role runs to its last noun (`its chief executive`, `its executive director`).
      const nextRole = isWord(tokens[m + 1]) && !tokens[m + 1].cap && ROLE_NOUNS.has(tokens[m + 1].lower);
      if (ROLE_NOUNS.has(w.lower) && !nextRole) break;
      if (w.cap) places.push(normalizePlace(w.text));
    }
    if (k < 0) return null;
    places.length = 0;
    for (let m = j + 1; m < k; m++) if (tokens[m].cap) places.push(normalizePlace(tokens[m].text));
    {
      const w = tokens[k];
      // the noun: maybe followed by a name (el presidente Gustavo Petro) or an adjective (el presidente colombiano)
      const after = tokens[k + 1];
      if (isWord(after) && after.cap && !DETERMINERS.has(after.lower) && !w.cap) {
        const run = nameRunStartingAt(text, tokens, k + 1);
        if (run && run.nameFrom >= 0) {
          const m = nameMention(text, tokens, run);
          return { ...m, start: t.start };
        }
      }
      let end = w.end;
      let last = k;
      if (isWord(after) && !after.cap && /(?:ano|ana|ense|és|esa|ino|ina|eño|eña|ian|ean)$/u.test(after.lower)) {
        places.push(normalizePlace(after.text));
        end = after.end;
        last = k + 1;
      } else if (isWord(after) && (after.lower === 'de' || after.lower === 'of') && isWord(tokens[k + 2]) && tokens[k + 2].cap) {
        places.push(normalizePlace(tokens[k + 2].text));
        end = tokens[k + 2].end;
        last = k + 2;
      }
      // Apposition with the name: el presidente colombiano, Gustavo Petro, …
      if (tokens[last + 1]?.text === ',' && isWord(tokens[last + 2]) && tokens[last + 2].cap) {
        const run = nameRunStartingAt(text, tokens, last + 2);
        if (run && run.nameFrom >= 0) return nameMention(text, tokens, run);
      }
      return { kind: 'descriptor', start: t.start, end, role: w.lower, places };
    }
  }
  return null;
}

/** The first subject-like phrase of the clause before token `limit` (for non-finite reporting verbs). */
function mainSubject(text: string, tokens: readonly ContextToken[], limit: number): SpeakerMention | null {
  for (let k = 0; k < limit; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    if (PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) continue; // In a post on X, …
    if (SUBJECT_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
    if (t.cap) {
      const run = nameRunStartingAt(text, tokens, k);
      if (run && run.to < limit && run.nameFrom >= 0) {
        const next = tokens[run.to + 1];
        // A subject is followed by a verb-like lower-case word (or a comma apposition), not by `of`.
        if (isWord(next) && !next.cap && !['of', 'de', 'del', 'and', 'y'].includes(next.lower)) return nameMention(text, tokens, run);
        k = run.to;
      }
    }
  }
  return null;
}

/** A speaker after `according to` / `según` / `de acuerdo con`, starting at token `j`. */
function phraseStartingAt(text: string, tokens: readonly ContextToken[], j: number): SpeakerMention | null {
  return subjectAfter(text, tokens, j - 1);
}

interface CueHit {
  mention: SpeakerMention;
  cue: AttributionCue;
  /** Token index where the cue phrase begins (to continue searching before it). */
  from: number;
  verb?: string;
}

/** Scans `tokens` backwards from `start` for the nearest attribution cue. */
function cueBefore(text: string, tokens: readonly ContextToken[], start: number, allowColon: boolean): CueHit | null {
  for (let i = start; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'p') {
      // The context is one sentence already: a period here ends an abbreviation (`Oct. 2`), not the clause.
      if (t.text !== '.' && CLAUSE_PUNCT.has(t.text)) return null;
      if (t.text === ':' && allowColon && i === tokens.length - 1) {
        const hit = colonIntro(text, tokens, i);
        if (hit) return hit;
      }
      continue;
    }
    if (t.kind !== 'w') continue;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      const m = phraseStartingAt(text, tokens, i + 2);
      if (m) return { mention: m, cue: 'according', from: i };
    }
    if (t.lower === 'según') {
      // según Petro / según explicó Petro / según ha explicado el ministro
      let j = i + 1;
      if (isWord(tokens[j]) && SPANISH_AUXILIARIES.has(tokens[j].lower)) j++;
      const m = isWord(tokens[j]) && (FINITE_REPORTING_VERBS.has(tokens[j].lower) || NONFINITE_REPORTING_VERBS.has(tokens[j].lower))
        ? subjectAfter(text, tokens, j)
        : phraseStartingAt(text, tokens, i + 1);
      if (m) return { mention: m, cue: 'according', from: i };
    }
    if (t.lower === 'acuerdo' && tokens[i - 1]?.lower === 'de' && next?.lower === 'con') {
      const m = phraseStartingAt(text, tokens, i + 2);
      if (m) return { mention: m, cue: 'according', from: i - 1 };
    }
    if (isFiniteVerb(tokens, i)) {
      // Passive (`was described as`) has no speaker unless an agent follows (`described by critics as`).
      if (next?.lower === 'by' || next?.lower === 'por') {
        const m = phraseStartingAt(text, tokens, i + 2);
        if (m) return { mention: m, cue: 'verb', from: i, verb: t.lower };
      }
      if (BE_FORMS.has(tokens[i - 1]?.lower ?? '')) continue;
      const s = subjectBefore(text, tokens, i);
      if (s) return { mention: s.mention, cue: 'verb', from: s.from, verb: t.lower };
      if (isSpanishVerb(tokens, i)) {
        const m = subjectAfter(text, tokens, i);
        if (m) return { mention: m, cue: 'verb', from: i, verb: t.lower };
      }
      continue;
    }
    if (NONFINITE_REPORTING_VERBS.has(t.lower)) {
      if (BE_FORMS.has(tokens[i - 1]?.lower ?? '')) continue;
      // …, Aravena wrote that “…,” arguing that …: the subject of the finite verb before.
      const finite = i > 0 ? cueBefore(text, tokens, i - 1, false) : null;
      if (finite && finite.cue === 'verb') return { mention: finite.mention, cue: 'verb', from: finite.from, verb: t.lower };
      const m = mainSubject(text, tokens, i);
      if (m) return { mention: m, cue: 'verb', from: 0, verb: t.lower };
      continue;
    }
    // `Calloway’s remarks were “a caricature”`: the quote describes the remarks; whoever says so is the speaker.
    if (SPEECH_NOUNS.has(t.lower) && !BE_FORMS.has(next?.lower ?? '')) {
      // Owner before: Trump’s (previous) characterizations; his words.
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const o = tokens[k];
        if (!isWord(o)) break;
        if (o.possessive) {
          const p = phraseEndingAt(text, tokens, k);
          if (p) return { mention: p.mention, cue: 'possessive', from: p.from };
          break;
        }
        if (o.lower === 'his' || o.lower === 'her') {
          return { mention: { kind: 'pronoun', start: o.start, end: o.end }, cue: 'possessive', from: k };
        }
        if (DETERMINERS.has(o.lower) || o.cap) break;
      }
      // Owner after: the words of Petro, las palabras de Petro.
      if (next?.lower === 'of' || next?.lower === 'de' || next?.lower === 'del') {
        const m = phraseStartingAt(text, tokens, i + 2);
        if (m && m.kind !== 'descriptor') return { mention: m, cue: 'possessive', from: i };
      }
    }
  }
  return null;
}

/** `Gustavo Petro, presidente de Colombia: “…”`, `El presidente: «…»`: a name or role right before a colon. */
function colonIntro(text: string, tokens: readonly ContextToken[], colon: number): CueHit | null {
  let c0 = colon - 1;
  while (c0 >= 0 && tokens[c0].kind !== 'p' && tokens[c0].kind !== 'q') c0--;
  // c0 is a punctuation token (or -1): allow one comma (apposition).
  if (c0 >= 0 && tokens[c0].text === ',') {
    let k = c0 - 1;
    while (k >= 0 && tokens[k].kind === 'w') k--;
    if (k + 1 <= c0 - 1) {
      const run = nameRunEndingAt(text, tokens, c0 - 1);
      if (run && run.from === k + 1 && run.nameFrom >= 0) return { mention: nameMention(text, tokens, run), cue: 'colon', from: run.from };
      if (run && run.nameFrom >= 0 && run.from > k + 1 && tokens.slice(k + 1, run.from).every((t) => t.cap)) {
        return { mention: nameMention(text, tokens, run), cue: 'colon', from: run.from };
      }
    }
    return null;
  }
  if (c0 + 1 > colon - 1) return null;
  const run = nameRunEndingAt(text, tokens, colon - 1);
  if (run && run.from === c0 + 1) return { mention: nameMention(text, tokens, run), cue: 'colon', from: run.from };
  const d = phraseEndingAt(text, tokens, colon - 1);
  if (d && d.from === c0 + 1 && d.mention.kind === 'descriptor' && ROLE_NOUNS.has(d.mention.role ?? '')) {
    return { mention: d.mention, cue: 'colon', from: d.from };
  }
  return null;
}

/**
 * The attribution in the narration before a quotation (`before`: tokens from the sentence start to the
 * opening mark), with the outer reporter when the cue is nested in another reported clause.
 */
export function attributionBefore(text: string, before: readonly ContextToken[]): Attribution | null {
  const hit = cueBefore(text, before, before.length - 1, true);
  if (!hit) return null;
  const outer = hit.from > 0 ? cueBefore(text, before, hit.from - 1, false) : null;
  const result: Attribution = { mention: hit.mention, cue: hit.cue };
  if (hit.verb) result.verb = hit.verb;
  if (outer && outer.cue === 'verb' && outer.mention.start !== hit.mention.start) result.reportedBy = outer.mention;
  return result;
}

/**
 * The attribution right after a quotation that ends its clause (`after`: tokens from the closing mark to the
 * sentence end): `, Petro said.`, `, said Petro.`, `, according to X.`, `—dijo Petro—`. A verb that opens a
 * new complement (`Petro insisted that …`) is not an attribution of the quote before it.
 */
export function attributionAfter(text: string, after: readonly ContextToken[]): Attribution | null {
  let i = 0;
  while (i < after.length && after[i].kind === 'p' && !CLAUSE_PUNCT.has(after[i].text)) i++;
  if (i > 0 && after[i - 1]?.text === ':') return null;
  const t = after[i];
  if (!isWord(t)) return null;
  if (t.lower === 'according' && after[i + 1]?.lower === 'to') {
    const m = phraseStartingAt(text, after, i + 2);
    return m ? { mention: m, cue: 'according' } : null;
  }
  if (t.lower === 'según') {
    const m = phraseStartingAt(text, after, i + 1);
    return m ? { mention: m, cue: 'according' } : null;
  }
  const complementFollows = (v: number, subjectEnd: number) => {
    const n = after[Math.max(v, subjectEnd) + 1];
    return isWord(n) && (n.lower === 'that' || n.lower === 'que' || n.lower === 'if' || n.lower === 'si');
  };
  if (isWord(t) && SPANISH_AUXILIARIES.has(t.lower) && isFiniteVerb(after, i + 1)) i++; // «…», ha dicho Petro.
  if (isFiniteVerb(after, i) || FINITE_REPORTING_VERBS.has(after[i].lower)) {
    const t = after[i];
    const m = subjectAfter(text, after, i);
    if (!m) return null;
    let e = i + 1;
    while (e < after.length && after[e].end <= m.end) e++;
    return complementFollows(i, e - 1) ? null : { mention: m, cue: 'verb', verb: t.lower };
  }
  // Subject then verb within a few words: Petro said / the president told reporters / Petro, 65, said.
  for (let v = i + 1; v < after.length && v <= i + 20; v++) {
    const w = after[v];
    if (w.kind === 'p' && CLAUSE_PUNCT.has(w.text)) return null;
    if (w.kind !== 'w' || !isFiniteVerb(after, v)) continue;
    const s = subjectBefore(text, after, v);
    // The subject opens the clause, or follows a short modifier of its title (`APSA president Helena Quintas told`,
    // `union leader Ana Gil said`).
    if (!s || s.from < i || (s.from > i && !titleModifiers(after, i, s.from))) return null;
    return complementFollows(v, v) ? null : { mention: s.mention, cue: 'verb', verb: w.lower };
  }
  return null;
}

/** Words that open a clause or an aside, never a title's modifier (`as her supporters have called it`). */
const NOT_MODIFIERS = new Set(['as', 'when', 'while', 'if', 'because', 'since', 'though', 'although', 'like', 'so', 'and', 'but', 'or', 'then', 'even', 'also', 'which', 'who', 'where', 'como', 'cuando', 'mientras', 'si', 'porque', 'y', 'pero', 'o', 'que']);

/** Whether tokens `[a, b)` (at most three) are words that can modify a title before a name: no verb, no determiner. */
function titleModifiers(tokens: readonly ContextToken[], a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!isWord(t) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || NOT_MODIFIERS.has(t.lower) || isFiniteVerb(tokens, k)) return false;
  }
  return true;
}

/** The speaker named in a dialogue interjection (`—dijo Petro—`, `—preguntó el periodista—`, `—Petro sonrió—`). */
export function attributionInInterjection(text: string, tokens: readonly ContextToken[]): Attribution | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t) || !isFiniteVerb(tokens, i)) continue;
    const s = subjectBefore(text, tokens, i);
    if (s) return { mention: s.mention, cue: 'dialogue', verb: t.lower };
    const m = subjectAfter(text, tokens, i);
    if (m) return { mention: m, cue: 'dialogue', verb: t.lower };
    return null;
  }
  // No reporting verb: a name opening the interjection is the one acting (`—Petro sonrió—`).
  const first = tokens.findIndex((t) => t.kind === 'w');
  if (first >= 0 && tokens[first].cap) {
    const run = nameRunStartingAt(text, tokens, first);
    const next = run ? tokens[run.to + 1] : undefined;
    if (run && run.nameFrom >= 0 && isWord(next) && !next.cap) return { mention: nameMention(text, tokens, run), cue: 'dialogue' };
  }
  return null;
}
