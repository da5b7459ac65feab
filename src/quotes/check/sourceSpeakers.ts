/**
 * Who speaks in a Spanish source: attribution inside a sentence (`dijo X`, `según X`, `X: “…”`), the byline
 * of an embedded post (`— X (@handle) fecha`), question-and-answer turns (`—¿…?` / `—…`) and the title of a
 * speech transcript (`Intervención de la alcaldesa …, X, en …`).
 * @module
 */
import type { Sentence } from '../../types.js';
import { cognateScore, COGNATE_THRESHOLD } from '../../lexicon/cognateScore.js';
import { nameVariants } from '../../lexicon/names/nameVariants.js';
import { normalizePlace, PersonRegistry } from '../extract/PersonRegistry.js';
import { ROLE_NOUNS } from '../extract/reportingWords.js';

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
  'aclaró|expresó|opinó|relató|contó|cuenta|reiteró|puntualizó|argumentó|matizó|prometió|anunció|afirmaba|decía|preguntó|' +
  'informó|informa|sugirió|remarcó|enfatizó|resaltó|planteó|adujo|alegó|confirmó|confesó|exclamó|replicó|agregaba|' +
  'continuó|prosiguió|detalló|recalcó|aseveró|sentenció|lamentó|criticó|acusó|consideró|estimó|calificó|describió|' +
  'bromeó|narró|tuiteó|publicó|insistía|explicaba|señalaba|aseguraba|' +
  'dijeron|afirmaron|aseguraron|señalaron|declararon|explicaron|indicaron|ha dicho|ha afirmado|ha asegurado|ha señalado|' +
  'ha declarado|ha explicado|ha indicado|había dicho';
const CAP = "\\p{Lu}[\\p{L}'’.-]*";
// Name particles: Spanish (`de la`), Portuguese (`Lula da Silva`, `dos Santos`), Dutch, German, Arabic (`bin`).
const PARTICLE = '(?:de|del|de la|de los|y|da|das|do|dos|van|von|van der|bin|ibn)';
const NAME = `${CAP}(?:\\s+${PARTICLE}?\\s*${CAP}){0,4}`;
const PRE = '(?:(?:el|la|los|las|un|una)\\s+)?(?:[\\p{Ll}]+\\s+){0,3}';
// “…”, dijo [el señor] X   — the name follows a closing mark and a reporting verb.
const AFTER_QUOTE = new RegExp(`[”»"]\\s*[,.]?\\s*(?:${VERBS})\\s+(${PRE}${NAME})`, 'u');
// X dijo / X, cargo, dijo / cargo, X, dijo / X le dijo — a name before the verb (its apposition kept apart; an
// object pronoun between them: `Trump dijo que Pelosi le dijo: «…»`).
const BEFORE_VERB = new RegExp(`(?:^|[\\s(])(${NAME})(?:,([^,]{1,80}),)?\\s+(?:(?:le|les|me|nos|te|lo|la|los|las)\\s+)?(?:${VERBS})(?![\\p{L}\\p{N}])`, 'u');
// An apposition that is itself a name (`El portavoz del Kremlin, Dmitry Peskov, dijo`): `[el|la] [título] Nombre`.
const APPOSITION_NAME = new RegExp(`^\\s*(?:(?:el|la)\\s+)?(?:\\p{Ll}+\\.?\\s+)?(${NAME})\\s*$`, 'u');
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

/** `William Schaffner de la Universidad de Vanderbilt`: a person's affiliation after the name. */
const AFFILIATION =
  /^(\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?)\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?(?:Universidad|Instituto|Ministerio|Comité|Comisión|Consejo|Banco|Fundación|Asociación|Hospital|Escuela|Centro|Agencia|Departamento|Partido|Sindicato|Federación|Organización)(?![\p{L}])/u;

/** Trims a captured speaker: leading articles and lower-case words stay only when no name follows. */
function cleanSpeaker(s: string): string {
  let t = s.trim().replace(/[,.;:]+$/u, '');
  const aff = AFFILIATION.exec(t);
  if (aff) t = aff[1];
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

/** Words that make a speaker an institution (English and Spanish, folded). */
const INSTITUTION_WORDS = new Set([
  'camara', 'chamber', 'federacion', 'federation', 'sindicato', 'union', 'legislatura', 'legislature', 'ministerio',
  'ministry', 'hospital', 'cruz', 'cross', 'banco', 'bank', 'empresa', 'company', 'gobierno', 'government', 'consejo',
  'council', 'comite', 'committee', 'asociacion', 'association', 'fundacion', 'foundation', 'universidad', 'university',
  'instituto', 'institute', 'agencia', 'agency', 'partido', 'party', 'prefectura', 'tribunal', 'court', 'corte', 'fiscalia',
  'policia', 'police', 'ejercito', 'army', 'departamento', 'department', 'oficina', 'office', 'comision', 'commission',
  'camaras', 'colegio', 'college', 'cooperativa', 'cooperative', 'confederacion', 'confederation', 'organizacion',
  'organization', 'organisation', 'servicio', 'service', 'network', 'museo', 'museum', 'club', 'coalicion',
  'coalition', 'alianza', 'alliance', 'movimiento', 'movement', 'frente', 'front', 'municipalidad', 'ayuntamiento',
  'council', 'senado', 'senate', 'congreso', 'congress', 'asamblea', 'assembly', 'directorio', 'board', 'junta',
]);

/** Whether a speaker string names an institution (`La Cámara`, `Costa Verde Red Cross`, `Ministerio del Interior`). */
export function looksInstitutional(s: string | null): boolean {
  if (!s) return false;
  return s.split(/\s+/u).some((w) => INSTITUTION_WORDS.has(fold(w).replace(/[.,;:]+$/u, '')));
}

const NOT_SPEAKER =
  /^(?:El|La|Los|Las|Un|Una|Este|Esta|Eso|Esto|Hoy|Ayer|Pero|Y|No|Sí|Si|Según|Como|Cuando|Mientras|Aunque|Además|También|Entonces|Así|Luego|Después|Antes|Ahora|Allí|Aquí|Él|Ella|Ellos|Ellas|Yo|Nosotros|Nosotras|Usted|Ustedes)$/u;
const AFTER_QUOTE_ALL = new RegExp(AFTER_QUOTE.source, 'gu');
/** A captured speaker that is a preposition and a name (`en la Legislatura`, `a Agencia Austral`). */
const PREPOSITION_NAME = /^(?:en|a|al|ante|desde|tras|durante|con|para|por|sobre|de|del)\s+(?:(?:el|la|los|las|un|una)\s+)?\p{Lu}/u;
/** Text ending in a preposition (and article) right before a name. */
const AFTER_PREPOSITION = /(?:^|\s)(?:de|del|a|al|en|por|para|con|sobre|ante|desde)\s+(?:(?:el|la|los|las)\s+)?$/iu;
/** A sentence that opens with a name and an apposition (`Silvia Echeverría, secretaria general de …,`). */
const OPENING_NAME = new RegExp(`^\\s*(${NAME}),\\s+\\p{Ll}`, 'u');
/** An addressee between a reporting verb and its subject (`dijo a la BBC su director`, `declaró al diario Clarín el …`). */
const ADDRESSEE = '(?:(?:a|al)\\s+(?:(?:el|la|los|las|este|esta|estos|estas)\\s+)?[^\\s,”»"]+(?:\\s+[^\\s,”»"]+){0,3}?\\s+)?';
/** `», afirmó su presidenta, Verónica Lamas,`: a role after the verb (an addressee may come first), then the name in apposition. */
const AFTER_ROLE_ALL = new RegExp(
  `[”»"]\\s*[,.]?\\s*(?:${VERBS})\\s+${ADDRESSEE}(?:el|la|los|las|su|sus)\\s+\\p{Ll}[^,”»"\\n]{0,60}?,\\s+(${NAME})(?=\\s*[,.;:(]|\\s+(?:en|a|al|ante|durante|desde|tras|este|esta)\\s|$)`,
  'gu',
);
/** `El director del centro, Ramiro Zambrano, reconoció`: a role ending in a common noun, then the name, then the verb. */
const APPOSED_BEFORE_ALL = new RegExp(`(?<=\\p{Ll}),\\s+(${NAME}),\\s+(?:${VERBS})(?![\\p{L}\\p{N}])`, 'gu');
const SEGUN_ALL = new RegExp(SEGUN.source, 'gu');
const BEFORE_VERB_ALL = new RegExp(BEFORE_VERB.source, 'gu');

/** The speaker of a `BEFORE_VERB` match: the name, or the name in its apposition when the name follows a
 * preposition (`El portavoz del Kremlin, Dmitry Peskov, dijo`; but `Petro, presidente de Colombia, dijo`). */
function beforeVerbSpeaker(head: string, m: RegExpExecArray): string {
  const nameAt = m.index + m[0].indexOf(m[1]);
  const ap = m[2] !== undefined ? APPOSITION_NAME.exec(m[2]) : null;
  if (ap && /(?:^|\s)(?:de|del|a|al|en|por|para|con)\s+(?:(?:el|la|los|las)\s+)?$/iu.test(head.slice(Math.max(0, nameAt - 16), nameAt))) return ap[1];
  return m[1];
}

/**
 * The quoted stretches of a sentence, `[start, end)` between paired marks (`«»`, `“”`, straight `"`); a mark left
 * open runs to the end. The text before a closing mark with no opener (a quotation continued from the sentence
 * before) is quoted too.
 */
function quotedRanges(t: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = 0;
  let straight = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '«' || c === '“') {
      if (depth === 0) from = i;
      depth++;
    } else if (c === '»' || c === '”') {
      if (depth > 0) {
        depth--;
        if (depth === 0) out.push([from, i + 1]);
      } else if (out.length === 0 && straight < 0) out.push([0, i + 1]);
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i + 1]);
        straight = -1;
      }
    }
    if (out.length > 64) break;
  }
  if (depth > 0) out.push([from, t.length]);
  if (straight >= 0) out.push([straight, t.length]);
  return out;
}

/**
 * The speaker named in one Spanish sentence by attribution, or null: `“…”, dijo el señor Adams`,
 * `Petro dijo que…`, `según la ministra`, `Gustavo Petro, presidente de Colombia: “…”`, `El portavoz del
 * Kremlin, Dmitry Peskov, dijo`. A sentence that attributes words to several people (`Coles informó que “…”,
 * mientras que ALDI dijo que era “…”`) gives them all, in order, joined by ` / `: the sentence alone cannot
 * tell whose words a span of it is.
 */
export function attributionIn(text: string): string | null {
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  const colon = COLON.exec(head);
  if (colon) {
    const s = cleanSpeaker(colon[1]);
    return NOT_SPEAKER.test(s) ? null : s;
  }
  const found: { at: number; name: string }[] = [];
  // `», señaló el viceministro de Trabajo, Ernesto Bazán` / `», afirmó su presidenta, Verónica Lamas`: a role and
  // its name in apposition — the name.
  const roles = new Map<number, string>();
  for (const m of head.matchAll(AFTER_ROLE_ALL)) roles.set(m.index, m[1]);
  for (const m of head.matchAll(AFTER_QUOTE_ALL)) {
    const role = roles.get(m.index);
    roles.delete(m.index);
    if (role !== undefined && /^\p{Ll}/u.test(m[1])) found.push({ at: m.index, name: role });
    // `», dijo en la Legislatura`: a name right after a preposition is the verb's complement, not its subject.
    else if (!PREPOSITION_NAME.test(m[1])) found.push({ at: m.index, name: m[1] });
  }
  for (const [at, name] of roles) found.push({ at, name });
  // Names before the verb (or after `según`) must be the narration's: inside a quotation they are the speaker's
  // own words (`«… la caja de Pandora, que así sea», respondió`).
  const quoted = quotedRanges(head);
  const inQuote = (at: number): boolean => quoted.some(([a, b]) => at >= a && at < b);
  const nameAt = (m: RegExpExecArray, name: string): number => m.index + Math.max(0, m[0].indexOf(name));
  for (const m of head.matchAll(APPOSED_BEFORE_ALL)) if (!inQuote(nameAt(m, m[1]))) found.push({ at: m.index, name: m[1] });
  for (const m of head.matchAll(SEGUN_ALL)) if (!inQuote(nameAt(m, m[1]))) found.push({ at: m.index, name: m[1] });
  for (const m of head.matchAll(BEFORE_VERB_ALL)) {
    const name = beforeVerbSpeaker(head, m);
    const at = nameAt(m, name);
    if (inQuote(at)) continue;
    // `X, secretaria general de la Federación de Docentes, el mayor de los sindicatos, afirmó`: a name inside a
    // prepositional phrase is not the subject; the sentence's opening name is.
    if (AFTER_PREPOSITION.test(head.slice(Math.max(0, at - 16), at))) {
      const opening = OPENING_NAME.exec(head.slice(0, m.index + m[0].length));
      if (opening && !inQuote(opening.index + opening[0].indexOf(opening[1]))) found.push({ at: m.index, name: opening[1] });
      continue;
    }
    found.push({ at: m.index, name });
  }
  found.sort((a, b) => a.at - b.at);
  const names: string[] = [];
  for (const f of found) {
    const s = cleanSpeaker(f.name);
    if (s === '' || NOT_SPEAKER.test(s)) continue;
    const tokens = speakerNameTokens(s);
    if (names.some((n) => n === s || (tokens.length > 0 && speakerNameTokens(n).some((t) => tokens.includes(t))))) continue;
    names.push(s);
    if (names.length >= 4) break;
  }
  return names.length === 0 ? null : names.join(' / ');
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

  // A quotation that runs over several sentences (`«A. B», dijo X` / `X afirmó: «A. B»`) is one speaker's:
  // its units share the attribution found in any of them.
  const group = quotationGroups(units);
  const owns = units.map((u) => ((role.get(u.paragraph) ?? null) === null ? attributionIn(u.text) : null));
  // A role with no name (`», dijo la ministra.`, `El portavoz explicó`) is the person the text gave that role, when
  // only one person holds it.
  let registry: PersonRegistry | null = null;
  units.forEach((u, k) => {
    if (owns[k] !== null || role.has(u.paragraph)) return;
    const m = ROLE_AFTER.exec(u.text) ?? ROLE_BEFORE.exec(u.text);
    if (!m || !ROLE_NOUNS.has(m[1])) return;
    registry ??= new PersonRegistry(text.length > 200_000 ? text.slice(0, 200_000) : text);
    const p = registry.resolveDescriptor(m[1], m[2] ? [normalizePlace(m[2])] : [], u.start + m.index);
    if (p && p.isPerson && !p.isOrg && isPersonName(p.name)) owns[k] = p.name;
  });
  const groupSpeaker = new Map<number, string>();
  owns.forEach((o, k) => {
    if (o && !groupSpeaker.has(group[k])) groupSpeaker.set(group[k], o);
  });

  let postSpeaker: string | null = null;
  let quoteSpeaker: string | null = null;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const r = role.get(u.paragraph) ?? null;
    // A post's own attribution (`X, cargo: “…”`) holds for the units after it in the same paragraph.
    if (k === 0 || units[k - 1].paragraph !== u.paragraph) {
      postSpeaker = null;
      quoteSpeaker = null;
    }
    const own = owns[k] ?? (r === null ? groupSpeaker.get(group[k]) ?? null : null);
    if (own && COLON.test(u.text)) postSpeaker = own;
    // A quotation that is a sentence of its own, unattributed, right after an attributed quotation of the same
    // paragraph continues it (`«A», dijo X. «B».`), as in English (`“A,” he said. “B.”`).
    // A reporting verb of its own continues it only with its subject left implicit (`«B», añadió.`): a subject the
    // sentence names in a way not read here (`«B», afirmó su presidenta, …`) may be anyone.
    const continued: string | null =
      own === null && group[k] === k && OPENS_QUOTE.test(u.text) && (!HAS_VERB.test(u.text) || ELIDED_SUBJECT.test(u.text)) ? quoteSpeaker : null;
    let speaker: string | null;
    if (r === 'question') speaker = interviewer;
    else if (r === 'answer') speaker = docSpeaker;
    else speaker = labelOf.get(u.paragraph) ?? own ?? postSpeaker ?? bylineAfter.get(k) ?? continued ?? docSpeaker;
    quoteSpeaker = r === null && HAS_QUOTE.test(u.text) ? own ?? continued : null;
    out[k] = { speaker, role: r };
  }
  return expandNames(text, out);
}

/** A run of two or more capitalized words (with name particles), a candidate full name. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+(?:(?:de|del|de la|de los|y|da|das|do|dos|van|von|van der|bin|ibn)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+)+/gu;

/**
 * Each speaker named by part of a name (`Arizmendi`, `Ferrer`) given the fullest form the text uses for that
 * person (`Mercedes Arizmendi Ocaña`), so that the comparison sees the whole name: only when the text uses one
 * such form (two people sharing the surname, `Amalia Corvalán` and `Martín Corvalán`, stay as written).
 */
function expandNames(text: string, out: UnitSpeaker[]): UnitSpeaker[] {
  const wanted = new Set<string>();
  for (const o of out) if (o.speaker && !o.speaker.includes(' / ')) wanted.add(o.speaker);
  if (wanted.size === 0) return out;
  const runs = new Map<string, string[]>();
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const m of head.matchAll(NAME_RUN)) {
    const run = m[0].trim();
    if (!isPersonName(run)) continue;
    const tokens = speakerNameTokens(run);
    if (tokens.length >= 2) runs.set(run, tokens);
  }
  const full = new Map<string, string>();
  for (const w of wanted) {
    const tokens = speakerNameTokens(w);
    if (tokens.length === 0 || !isPersonName(w) || looksInstitutional(w)) continue;
    // Runs holding every name word of the speaker, in order, ending with or continuing its surname.
    const hits: [string, string[]][] = [];
    for (const [run, rt] of runs) {
      if (rt.length <= tokens.length) continue;
      let at = -1;
      let ok = true;
      for (const t of tokens) {
        const i = rt.indexOf(t, at + 1);
        if (i < 0) {
          ok = false;
          break;
        }
        at = i;
      }
      if (ok) hits.push([run, rt]);
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => b[1].length - a[1].length);
    const [best, bt] = hits[0];
    // Every other form must be part of the longest one: else two people share the name.
    if (hits.every(([, rt]) => rt.every((t) => bt.includes(t)))) full.set(w, best);
  }
  if (full.size === 0) return out;
  return out.map((o) => (o.speaker && full.has(o.speaker) ? { ...o, speaker: full.get(o.speaker)! } : o));
}

const OPENERS = new Set(['«', '“']);
/** `«…», añadió.` / `«…», dijo en la rueda de prensa`: a reporting verb after the quotation with no subject named. */
const ELIDED_SUBJECT = new RegExp(
  `[”»"]\\s*,?\\s*(?:${VERBS})(?:\\s*(?:[.,;:]|$)|\\s+(?:en|a|al|ante|desde|tras|durante|luego|después|entonces|también|este|esta|el\\s+\\p{Ll}+)(?![\\p{L}]))`,
  'u',
);
/** `», dijo la ministra [de Sanidad].`: a role after the verb, with no name after it. */
const ROLE_AFTER = new RegExp(`[”»"]\\s*,?\\s*(?:${VERBS})\\s+(?:el|la)\\s+(\\p{Ll}+)(?:\\s+(?:de|del)\\s+(\\p{Lu}\\p{L}+))?(?=\\s*[.;:]|\\s*$|\\s+(?:en|a|al|ante|desde|tras|durante)\\s)`, 'u');
/** `El portavoz [del Kremlin] explicó`: a role opening the sentence as the subject of a reporting verb. */
const ROLE_BEFORE = new RegExp(`^\\s*(?:El|La)\\s+(\\p{Ll}+)(?:\\s+(?:de|del)\\s+(\\p{Lu}\\p{L}+))?\\s+(?:${VERBS})(?![\\p{L}])`, 'u');
/** A sentence with a reporting verb. */
const HAS_VERB = new RegExp(`(?<![\\p{L}])(?:${VERBS})(?![\\p{L}])`, 'u');
/** A sentence that opens with a quotation mark. */
const OPENS_QUOTE = /^\s*[«“"]/u;
/** A sentence that holds a quotation. */
const HAS_QUOTE = /[«»“”"]/u;
const CLOSERS = new Set(['»', '”']);

/**
 * For each unit, the index of the unit that opened the quotation it continues (its own index when it starts
 * outside any quotation). Quotation marks are counted within a paragraph: `«` / `“` open, `»` / `”` close and a
 * straight `"` toggles.
 */
function quotationGroups(units: readonly Sentence[]): number[] {
  const out: number[] = [];
  let depth = 0;
  let straight = false;
  for (let k = 0; k < units.length; k++) {
    if (k > 0 && units[k].paragraph !== units[k - 1].paragraph) {
      depth = 0;
      straight = false;
    }
    out.push(k > 0 && (depth > 0 || straight) ? out[k - 1] : k);
    const t = units[k].text;
    // A sentence that opens with a mark while a quotation is still open reopens that quotation (the
    // multi-paragraph convention, `«A.` / `«B».`, `"A.` / `"B."`): the same quotation, not a nested one.
    const lead = /^\s*([«“"])/u.exec(t);
    const reopens = lead !== null && (lead[1] === '"' ? straight : depth > 0);
    const i0 = reopens && lead ? lead[0].length : 0;
    for (let i = i0; i < t.length; i++) {
      const c = t[i];
      if (OPENERS.has(c)) depth = Math.min(depth + 1, 8);
      else if (CLOSERS.has(c)) depth = Math.max(depth - 1, 0);
      else if (c === '"') straight = !straight;
    }
  }
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
  // A sentence with several speakers (`Coles / ALDI`): different only from every one of them.
  if (es && es.includes(' / ')) {
    const each = es.split(' / ').map((part) => differentSpeakers(en, part));
    return each.some((d) => d === false) ? false : each.every((d) => d === true) ? true : null;
  }
  // An institution speaks through people: the English crediting an institution says nothing against the person
  // the source names (`the Red Cross said` / `dijo Elena Ibarguren, portavoz de la Cruz Roja`); two institutions are
  // the same when their names share a word (or a cognate), else they cannot be told apart by name
  // (`the Chamber` / `La Cámara`).
  const enInst = looksInstitutional(en);
  const esInst = looksInstitutional(es);
  if (enInst && !esInst) return null;
  if (enInst && esInst) {
    const a = speakerNameTokens(en);
    const b = speakerNameTokens(es);
    return a.some((x) => b.some((y) => x === y || cognateScore(x, y) >= COGNATE_THRESHOLD)) ? false : null;
  }
  if (!isPersonName(en) || !isPersonName(es)) return null;
  const a = speakerNameTokens(en);
  const b = speakerNameTokens(es);
  if (a.length === 0 || b.length === 0) return null;
  if (/^\s*(?:one|an?|some|several|un|una|unos|unas|algunos)\b/iu.test(en ?? '') || /^\s*(?:un|una|unos|unas|algunos)\b/iu.test(es ?? '')) return null;
  // The same person when one side's surname (its last name word) is among the other's name words, or is a
  // cognate of one (Commission / Comisión): `Quispe` = `Rosa Elvira Quispe`, `Petro` = `Gustavo Petro Urrego`,
  // but `John Brennan` ≠ `John Goldsmith`.
  // A given name one language translates (Francis / Francisco, Harry / Enrique) or transliterates otherwise is the same.
  const same = (x: string, y: string): boolean => x === y || cognateScore(x, y) >= COGNATE_THRESHOLD || nameVariants(x, y);
  // The source's surname among the English name words counts only when the English gives the longer name
  // (`Tedros Adhanom Ghebreyesus` / `Tedros Adhanom`): a name as long as the source's must keep its own last word
  // (`International Olympic Committee` / `Comité Olímpico Internacional`, not `International Olympic Okafor`).
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  return !(b.some((y) => same(lastA, y)) || (a.length > b.length && a.some((x) => same(x, lastB))));
}

