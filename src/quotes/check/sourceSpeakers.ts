/**
 * Who speaks in a Spanish source: attribution inside a sentence (`dijo X`, `según X`, `X: “…”`), the byline
 * of an embedded post (`— X (@handle) fecha`), question-and-answer turns (`—¿…?` / `—…`) and the title of a
 * speech transcript (`Intervención de la alcaldesa …, X, en …`).
 * @module
 */
import type { Sentence } from '../../types.js';
import { cognateScore, COGNATE_THRESHOLD } from '../../lexicon/cognateScore.js';

/** Speaker information of one source unit (a Spanish sentence). */
export interface UnitSpeaker {
  /** The speaker's name (or description) as the source gives it, or `null`. */
  speaker: string | null;
  /** For an interview turn: `question` (the interviewer speaks) or `answer` (the interviewee speaks). */
  role: 'question' | 'answer' | null;
}

const VERBS =
  'dijo|dice|afirmó|afirma|aseguró|asegura|señaló|señala|añadió|añade|explicó|explica|declaró|declara|comentó|comenta|' +
  'indicó|indica|agregó|agrega|sostuvo|sostiene|subrayó|subraya|advirtió|advierte|insistió|insiste|concluyó|precisó|' +
  'manifestó|destacó|reconoció|admitió|respondió|responde|escribió|escribe|apuntó|apunta|recordó|recuerda|denunció|' +
  'aclaró|expresó|opinó|relató|contó|cuenta|reiteró|puntualizó|argumentó|matizó|prometió|anunció|afirmaba|decía|preguntó';
const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${CAP}(?:\\s+(?:de|del|de la|y)?\\s*${CAP}){0,4}`;
const PRE = '(?:(?:el|la|los|las|un|una)\\s+)?(?:[\\p{Ll}]+\\s+){0,3}';
// “…”, dijo [el señor] X   — the name follows a closing mark and a reporting verb.
const AFTER_QUOTE = new RegExp(`[”»"]\\s*[,.]?\\s*(?:${VERBS})\\s+(${PRE}${NAME})`, 'u');
// X dijo / X, cargo, dijo — a name before the verb.
const BEFORE_VERB = new RegExp(`(?:^|[\\s(])(${NAME})(?:,[^,]{1,80},)?\\s+(?:${VERBS})\\b`, 'u');
// según X
const SEGUN = new RegExp(`(?:^|[^\\p{L}])[sS]egún\\s+(${PRE}${NAME})`, 'u');
// X[, cargo]: “…   — a title or an embedded post.
const COLON = new RegExp(`^\\s*(?:[^\\p{L}\\p{N}]{0,8}\\s*)?(?:\\p{Lu}+\\s*\\|\\s*)?(${NAME})(?:,[^:“«"]{1,80})?:\\s*[“«"—-]`, 'u');
// — X (@handle) fecha
const BYLINE = /^\s*[—–-]\s*([^(@\n]{2,80}?)\s*\(@/u;
const SPEECH = /\b(?:Intervención|Discurso|Comparecencia|Declaración|Mensaje|Palabras|Carta|Comunicado)\b/u;
const BY = /^\s*Por\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;
const LABEL = /^\s*(\p{Lu}[\p{Lu}\s.]{2,60}?)\s*(?:\(([^()\n]{2,60})\))?:\s/u;
const DASH_TURN = /^\s*[—–-]\s*\S/u;

/** A capitalized name run inside `s` (longest, preferring two words or more), or null. */
function nameIn(s: string): string | null {
  const runs = s.match(/\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|del\s+)?\p{Lu}[\p{L}'’-]+)+/gu);
  if (runs && runs.length > 0) return runs[runs.length - 1];
  return null;
}

/** Trims a captured speaker: leading articles and lower-case words stay only when no name follows. */
function cleanSpeaker(s: string): string {
  let t = s.trim().replace(/[,.;:]+$/u, '');
  // Drop leading lower-case words (articles, `el viernes`), keeping a courtesy title (`señor Adams`).
  const m = /^(?:\p{Ll}[\p{L}.]*\s+)+/u.exec(t);
  if (m) {
    const words = m[0].trim().split(/\s+/);
    const last = words[words.length - 1];
    t = TITLES.has(fold(last).replace(/\.$/, '')) ? `${last} ${t.slice(m[0].length)}` : t.slice(m[0].length);
  }
  return t;
}

/** Courtesy titles that make a single name a person (`el señor Adams`, `Mr. Adams`). */
const TITLES = new Set(['senor', 'senora', 'sr', 'sra', 'srta', 'don', 'dona', 'reverendo', 'padre', 'doctor', 'doctora', 'dr', 'dra', 'mr', 'mrs', 'ms', 'miss', 'rev', 'sir', 'dame', 'lord', 'lady']);
/** Capitalized words that do not name a person (sentence-initial verbs, institutions, media, events). */
const NOT_PERSON = new Set([
  'dijo', 'dice', 'segun', 'afirmo', 'aseguro', 'explico', 'anadio', 'the', 'radio', 'programa', 'juegos', 'olimpicos', 'ministro',
  'ministra', 'ministerio', 'gobierno', 'partido', 'comision', 'asamblea', 'consejo', 'universidad', 'instituto', 'hill', 'times',
  'post', 'news', 'bbc', 'cnn', 'twitter', 'facebook', 'instagram', 'casa', 'blanca', 'white', 'house', 'reuters', 'associated',
  'press', 'agencia', 'diario', 'periodico', 'telegraph', 'guardian', 'journal', 'tribunal', 'corte', 'departamento',
]);

/**
 * Whether a speaker string names a person: a courtesy title and a name (`señor Adams`), or two or more name
 * words (`Rosa Elvira Quispe`), none of them an institution, medium or verb.
 */
export function isPersonName(s: string | null): boolean {
  if (!s || s.length > 80) return false;
  const words = s.split(/\s+/).map((w) => fold(w).replace(/[.,]$/u, ''));
  if (words.some((w) => NOT_PERSON.has(w))) return false;
  const caps = (s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !TITLES.has(fold(w)) && !HONORIFICS.has(fold(w)));
  if (caps.length === 0) return false;
  return caps.length >= 1;
}

/**
 * The speaker named in one Spanish sentence by attribution, or null: `“…”, dijo el señor Adams`,
 * `Petro dijo que…`, `según la ministra`, `Gustavo Petro, presidente de Colombia: “…”`.
 */
export function attributionIn(text: string): string | null {
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  const m = COLON.exec(head) ?? AFTER_QUOTE.exec(head) ?? SEGUN.exec(head) ?? BEFORE_VERB.exec(head);
  if (!m) return null;
  const s = cleanSpeaker(m[1]);
  if (/^(?:El|La|Los|Las|Un|Una|Este|Esta|Eso|Esto|Hoy|Ayer|Pero|Y|No|Sí|Si)$/u.test(s)) return null;
  return s;
}

/**
 * Speaker of every unit of a source. `units` are the source's Spanish sentences (with paragraph indices);
 * `all` are every unit of the text the source lives in (for bylines after embedded posts); `text` is that text.
 */
export function sourceSpeakers(text: string, units: readonly Sentence[], all: readonly Sentence[]): UnitSpeaker[] {
  const out: UnitSpeaker[] = units.map(() => ({ speaker: null, role: null }));
  if (units.length === 0) return out;

  // Paragraph openers: does the paragraph of a unit open with a dialogue dash?
  const paraFirst = new Map<number, Sentence>();
  for (const u of all) if (!paraFirst.has(u.paragraph)) paraFirst.set(u.paragraph, u);
  const turns = [...new Set(units.map((u) => u.paragraph))].filter((p) => DASH_TURN.test(paraFirst.get(p)?.text ?? ''));

  // Document-level speaker: a speech transcript's title, or an interview's interviewee.
  let docSpeaker: string | null = null;
  let interviewer: string | null = null;
  for (const u of units.slice(0, 4)) {
    if (DASH_TURN.test(u.text)) break;
    if (docSpeaker === null && SPEECH.test(u.text)) docSpeaker = nameIn(u.text.replace(SPEECH, ''));
    if (docSpeaker === null && turns.length >= 2) {
      const c = COLON.exec(u.text);
      if (c) docSpeaker = cleanSpeaker(c[1]);
    }
    const by = BY.exec(u.text);
    if (by) interviewer = by[1];
  }
  if (turns.length >= 2 && docSpeaker === null) {
    for (const u of units) {
      if (DASH_TURN.test(paraFirst.get(u.paragraph)?.text ?? '')) break;
      const n = nameIn(u.text.replace(BY, ''));
      if (n) {
        docSpeaker = n;
        break;
      }
    }
  }

  // Interview turns alternate question / answer, anchored on the first turn with a question mark.
  const role = new Map<number, 'question' | 'answer'>();
  if (turns.length >= 2) {
    const firstQ = turns.findIndex((p) => units.some((u) => u.paragraph === p && u.text.includes('¿')));
    const anchor = firstQ < 0 ? 0 : firstQ;
    turns.forEach((p, k) => role.set(p, (k - anchor) % 2 === 0 ? 'question' : 'answer'));
  }

  // Bylines after embedded posts: a run of Spanish units followed (within two units) by `— X (@handle)`.
  const bylineAfter = new Map<number, string>();
  let ai = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    while (ai < all.length && all[ai].start < u.end) ai++;
    for (let look = ai; look < Math.min(all.length, ai + 3); look++) {
      const b = BYLINE.exec(all[look].text);
      if (b) {
        bylineAfter.set(k, cleanSpeaker(b[1]));
        break;
      }
      if (all[look].lang === 'en' && all[look].kind === 'sentence') break;
    }
  }
  // A post is the run of units before its byline: propagate the byline backwards over adjacent units.
  for (let k = units.length - 1; k >= 0; k--) {
    if (!bylineAfter.has(k) && k + 1 < units.length && bylineAfter.has(k + 1)) {
      const between = all.some((x) => x.start >= units[k].end && x.end <= units[k + 1].start && x.lang === 'en' && x.kind === 'sentence');
      if (!between) bylineAfter.set(k, bylineAfter.get(k + 1)!);
    }
  }

  // Transcript labels: `MINISTRA DE SANIDAD (Elena Villalobos Ruiz): …`, later `MINISTRA DE SANIDAD: …`;
  // a paragraph without a label continues the previous speaker.
  const labelOf = new Map<number, string>();
  const nameOfRole = new Map<string, string>();
  const paras = [...new Set(units.map((u) => u.paragraph))];
  let labelled = 0;
  let current: string | null = null;
  for (const p of paras) {
    const first = paraFirst.get(p);
    const lm = first ? LABEL.exec(first.text) : null;
    if (lm) {
      labelled++;
      const role = lm[1].trim();
      if (lm[2]) nameOfRole.set(role, lm[2].trim());
      current = nameOfRole.get(role) ?? role;
    }
    if (current) labelOf.set(p, current);
  }
  if (labelled < 2) labelOf.clear();

  let postSpeaker: string | null = null;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const r = role.get(u.paragraph) ?? null;
    // A post's own attribution (`X, cargo: “…”`) holds for the units after it in the same paragraph.
    if (k === 0 || units[k - 1].paragraph !== u.paragraph) postSpeaker = null;
    const own = r === null ? attributionIn(u.text) : null;
    if (own && COLON.test(u.text)) postSpeaker = own;
    let speaker: string | null;
    if (r === 'question') speaker = interviewer;
    else if (r === 'answer') speaker = docSpeaker;
    else speaker = labelOf.get(u.paragraph) ?? own ?? postSpeaker ?? bylineAfter.get(k) ?? docSpeaker;
    out[k] = { speaker, role: r };
  }
  void text;
  return out;
}

const HONORIFICS = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'the', 'a', 'an', 'senor', 'senora', 'sr', 'sra', 'don', 'dona', 'mr', 'mrs', 'ms', 'dr',
  'doctor', 'doctora', 'rev', 'reverendo', 'reverend', 'father', 'padre', 'presidente', 'presidenta', 'president', 'ministro',
  'ministra', 'minister', 'senator', 'senador', 'senadora', 'mayor', 'alcalde', 'alcaldesa', 'de', 'del', 'y', 'and', 'of',
  'said', 'says', 'told', 'wrote', 'adds', 'added',
]);

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The name tokens of a speaker string: capitalized words that are not titles or honorifics, folded. */
export function speakerNameTokens(s: string | null): string[] {
  if (!s) return [];
  const words = s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return words.map((w) => fold(w).replace(/['’]s$/u, '')).filter((w) => w.length >= 3 && !HONORIFICS.has(w));
}

/**
 * Whether two speaker strings name different people: both must contain a name (not just a role such as
 * `la ministra` or `One Labour AM`) and share no name token (`Mr. Adams` and `el señor Adams` are the same).
 * Returns null when the comparison cannot be made.
 */
export function differentSpeakers(en: string | null, es: string | null): boolean | null {
  if (!isPersonName(en) || !isPersonName(es)) return null;
  const a = speakerNameTokens(en);
  const b = speakerNameTokens(es);
  if (a.length === 0 || b.length === 0) return null;
  if (/^\s*(?:one|an?|some|several|un|una|unos|unas|algunos)\b/iu.test(en ?? '') || /^\s*(?:un|una|unos|unas|algunos)\b/iu.test(es ?? '')) return null;
  // The same person when one side's surname (its last name word) is among the other's name words, or is a
  // cognate of one (Commission / Comisión): `Quispe` = `Rosa Elvira Quispe`, `Petro` = `Gustavo Petro Urrego`,
  // but `John Brennan` ≠ `John Goldsmith`.
  const same = (x: string, y: string): boolean => x === y || cognateScore(x, y) >= COGNATE_THRESHOLD;
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  return !(b.some((y) => same(lastA, y)) || a.some((x) => same(x, lastB)));
}

