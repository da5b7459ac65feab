/**
 * Negations rendered by an antonym: `not guilty` / `inocente`, `no es fácil` / `it is hard`, `not allowed` /
 * `prohibido`. A translator words a negated word on one side with its opposite on the other; the polarity is the
 * same, though only one side negates.
 * @module
 */
import { foldWord } from '../../lexicon/normalize.js';
import type { Span } from '../../types.js';

/**
 * A SMALL table of English words and the Spanish words for their opposites, as news translation uses them (both
 * directions: `not guilty` ~ `inocente`, `no es culpable` ~ `innocent`). Forms are folded (no accents, lower case);
 * each side lists the inflections news uses.
 */
const PAIRS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['guilty'], ['inocente', 'inocentes']],
  [['innocent'], ['culpable', 'culpables']],
  [['easy'], ['dificil', 'dificiles', 'complicado', 'complicada', 'duro', 'dura']],
  [['difficult', 'hard'], ['facil', 'faciles', 'sencillo', 'sencilla']],
  [['allowed', 'permitted'], ['prohibido', 'prohibida', 'prohibidos', 'prohibidas']],
  [['banned', 'forbidden', 'prohibited'], ['permitido', 'permitida', 'permitidos', 'permitidas', 'permite', 'permiten']],
  [['true', 'right', 'correct'], ['falso', 'falsa', 'falsos', 'falsas', 'mentira', 'incorrecto', 'incorrecta', 'equivocado', 'equivocada']],
  [['false', 'wrong', 'untrue'], ['cierto', 'cierta', 'verdad', 'correcto', 'correcta']],
  [['safe'], ['peligroso', 'peligrosa', 'peligrosos', 'peligrosas', 'inseguro', 'insegura']],
  [['dangerous'], ['seguro', 'segura', 'seguros', 'seguras']],
  [['alive'], ['muerto', 'muerta', 'muertos', 'muertas']],
  [['dead'], ['vivo', 'viva', 'vivos', 'vivas', 'con vida']],
  [['open'], ['cerrado', 'cerrada', 'cerrados', 'cerradas']],
  [['closed', 'shut'], ['abierto', 'abierta', 'abiertos', 'abiertas']],
  [['same'], ['distinto', 'distinta', 'distintos', 'distintas', 'diferente', 'diferentes']],
  [['different'], ['mismo', 'misma', 'mismos', 'mismas']],
  [['many'], ['pocos', 'pocas']],
  [['much'], ['poco', 'poca']],
  [['remember'], ['olvido', 'olvide', 'olvidamos', 'olvidado', 'olvidaron']],
  [['forget', 'forgot', 'forgotten'], ['recuerdo', 'recuerda', 'recordamos', 'recordare', 'recordaremos']],
  [['accept', 'accepted', 'accepts'], ['rechaza', 'rechazan', 'rechazo', 'rechazamos', 'rechazaron', 'rechazado', 'rechazada']],
  [['win', 'won', 'wins', 'winning'], ['perder', 'perdimos', 'perdio', 'perdieron', 'perdemos', 'pierde', 'pierden', 'perdido', 'perdida', 'derrota']],
  [['lose', 'lost', 'loses', 'losing'], ['ganar', 'ganamos', 'gano', 'ganaron', 'gana', 'ganan', 'ganado', 'ganada', 'victoria']],
  [['stay', 'stayed', 'staying', 'remain', 'remained'], ['salir', 'salgan', 'salga', 'salgas', 'salimos', 'saldremos', 'irse', 'irnos', 'marcharse', 'marcharnos', 'vayan', 'vayas']],
  [['keep', 'kept', 'keeps'], ['perder', 'pierdan', 'pierda', 'pierdas', 'perdieron', 'perdimos']],
  [['enough', 'sufficient'], ['insuficiente', 'insuficientes', 'escaso', 'escasa', 'escasos', 'escasas']],
];

/**
 * Pairs read one way only: the negated word on the first side, its rendering on the other (`not the first time` /
 * `ya ha ocurrido otras veces`, `no es la primera vez` / `it has happened before`; a negated `before` is no `primera`).
 */
const EN_NEGATED: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['first'], ['otra vez', 'otras veces', 'de nuevo']],
  // `there was no one in the streets` / `las calles estaban vacías`.
  [['one', 'body'], ['vacio', 'vacia', 'vacios', 'vacias', 'desierto', 'desierta', 'desiertos', 'desiertas']],
];
const ES_NEGATED: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['primera'], ['before', 'again']],
  // `no había nadie en las calles` / `the streets were empty`.
  [['nadie'], ['empty', 'deserted']],
  // `no pierdan la calma` / `stay calm`.
  [['perder', 'pierdan', 'pierda', 'pierdas'], ['stay', 'remain']],
];

const EN_TO_ES = new Map<string, readonly string[]>();
const ES_TO_EN = new Map<string, readonly string[]>();
const add = (map: Map<string, readonly string[]>, keys: readonly string[], values: readonly string[]): void => {
  for (const k of keys) map.set(k, [...(map.get(k) ?? []), ...values]);
};
for (const [en, es] of PAIRS) {
  add(EN_TO_ES, en, es);
  add(ES_TO_EN, es, en);
}
for (const [en, es] of EN_NEGATED) add(EN_TO_ES, en, es);
for (const [es, en] of ES_NEGATED) add(ES_TO_EN, es, en);

/** How many words after a negation cue may be its negated word (`not at all easy`, `no es nada fácil`). */
const SCOPE_WORDS = 4;

/** Folded words of `text` with their offsets. */
function words(text: string): { w: string; start: number }[] {
  const out: { w: string; start: number }[] = [];
  for (const m of text.matchAll(/[\p{L}’']+/gu)) out.push({ w: foldWord(m[0]), start: m.index });
  return out;
}

/**
 * How many of `cues` (negation cues of `text`, in language `lang`) negate a word whose opposite the `other` text
 * holds: `not` + `guilty` against `inocente`. Each opposite word of the other side explains one cue. A cue's scope is
 * the next {@link SCOPE_WORDS} words of its clause.
 */
export function antonymRendered(text: string, cues: readonly Span[], lang: 'en' | 'es', other: string): number {
  if (cues.length === 0) return 0;
  const table = lang === 'en' ? EN_TO_ES : ES_TO_EN;
  const own = words(text);
  const theirs = words(other).map((x) => x.w);
  const otherText = ` ${theirs.join(' ')} `;
  const used = new Set<string>();
  let n = 0;
  for (const c of cues) {
    let k = own.findIndex((x) => x.start >= c.end);
    if (k < 0) continue;
    for (let s = 0; s < SCOPE_WORDS && k < own.length; s++, k++) {
      if (/[,;:.!?]/u.test(text.slice(s === 0 ? c.end : own[k - 1].start, own[k].start))) break;
      const opposites = table.get(own[k].w);
      const hit = opposites?.find((o) => !used.has(o) && otherText.includes(` ${o} `));
      if (hit) {
        used.add(hit);
        n++;
        break;
      }
    }
  }
  return n;
}
