/**
 * Finds negation cues (and the universals they can flip) in English or Spanish text.
 * @module
 */
import { type LexOptions, checkLexOptions } from '../values/checkLexOptions.js';
import { buildLangContext, langAt } from '../values/guessLang.js';
import { type Token, type TokenList, foldAccents, scanTokens } from '../values/scanTokens.js';
import { type NegationCue, type NegationPolarity } from './NegationCue.js';

/** Options of {@link findNegations}. */
export type FindNegationsOptions = LexOptions;

/** Defaults of {@link findNegations}. */
export const DEFAULT_NEGATION_OPTIONS: Readonly<Required<FindNegationsOptions>> = Object.freeze({ lang: 'auto' });

type Entry = [cue: string, polarity: NegationPolarity, lang: 'en' | 'es'];

/** Single words → cue. `no` is listed for both languages. */
const WORDS: ReadonlyMap<string, Entry> = new Map<string, Entry>([
  ['not', ['not', 'negative', 'en']], ['cannot', ['not', 'negative', 'en']], ['never', ['never', 'negative', 'en']],
  ['nor', ['nor', 'negative', 'en']], ['neither', ['neither', 'negative', 'en']], ['without', ['without', 'negative', 'en']],
  ['nobody', ['nobody', 'negative', 'en']], ['nothing', ['nothing', 'negative', 'en']], ['none', ['none', 'negative', 'en']],
  ['nowhere', ['nowhere', 'negative', 'en']], ['no-one', ['nobody', 'negative', 'en']],
  ['always', ['always', 'universal', 'en']], ['everyone', ['everyone', 'universal', 'en']],
  ['everybody', ['everyone', 'universal', 'en']], ['everything', ['everything', 'universal', 'en']],
  ['everywhere', ['everywhere', 'universal', 'en']],
  ['nunca', ['never', 'negative', 'es']], ['jamas', ['never', 'negative', 'es']], ['ni', ['nor', 'negative', 'es']],
  ['tampoco', ['neither', 'negative', 'es']], ['sin', ['without', 'negative', 'es']], ['nadie', ['nobody', 'negative', 'es']],
  ['nada', ['nothing', 'negative', 'es']], ['ninguno', ['none', 'negative', 'es']], ['ninguna', ['none', 'negative', 'es']],
  ['ningun', ['none', 'negative', 'es']], ['ningunos', ['none', 'negative', 'es']], ['ningunas', ['none', 'negative', 'es']],
  ['siempre', ['always', 'universal', 'es']],
]);

/** Two- and three-word phrases → cue, or `null` for phrases that look negative but are not (`sin embargo`). */
const PHRASES: ReadonlyMap<string, Entry | null> = new Map<string, Entry | null>([
  ['not always', ['not-always', 'partial', 'en']], ['not all', ['not-all', 'partial', 'en']],
  ['not every', ['not-all', 'partial', 'en']], ['not everyone', ['not-all', 'partial', 'en']],
  ['not everybody', ['not-all', 'partial', 'en']],
  ['not necessarily', ['not-necessarily', 'partial', 'en']], ['no one', ['nobody', 'negative', 'en']],
  ['not even', ['not-even', 'negative', 'en']], ['no longer', ['not', 'negative', 'en']],
  ['no siempre', ['not-always', 'partial', 'es']], ['no todos', ['not-all', 'partial', 'es']],
  ['no todas', ['not-all', 'partial', 'es']], ['no todo', ['not-all', 'partial', 'es']],
  ['no necesariamente', ['not-necessarily', 'partial', 'es']], ['ni siquiera', ['not-even', 'negative', 'es']],
  ['sin embargo', null], ['no obstante', null],
  ['todo el mundo', ['everyone', 'universal', 'es']], ['nunca jamas', ['never', 'negative', 'es']],
]);

/** English words negated by a prefix or suffix (a closed list plus regular `un-…ed/-able`, `non-…` shapes). */
const EN_AFFIXAL_WORDS = new Set(
  ('insufficient inadequate incomplete incorrect inaccurate inappropriate impossible improbable invalid illegal ' +
    'irregular irresponsible inability inconsistent incapable ineffective inefficient insecure unable unclear unknown ' +
    'unlikely unusual unsafe unfair unhappy unaware uneven unreal unsure unwilling unemployed unemployment homeless ' +
    'jobless careless useless powerless helpless pointless harmless fearless endless lack lacks lacked lacking absent ' +
    'absence fail fails failed failure rarely hardly barely seldom').split(' '),
);
const EN_AFFIX_SHAPE = /^(?:non-?[a-z]{3,}|un(?!der|it|iv|if|ion|anim|less|til)[a-z]{3,}(?:ed|able|ible|ing|ful|ent|ant)|dis(?:agree|approve|like|honest|able|abled|connect|continue|continued|trust|satisf)[a-z]*)$/;
/** Spanish words negated by a prefix (a closed list plus `in-…ble`, `des-…ido` shapes). */
const ES_AFFIXAL_WORDS = new Set(
  ('imposible insuficiente incompleto incompleta incorrecto incorrecta inadecuado inadecuada incapaz ilegal irregular ' +
    'irresponsable desconocido desconocida desconocidos desconocidas inexistente falta carece carecen carecia ausencia ' +
    'desempleo desempleado desempleados apenas inédito inedito inéditos ineditos').split(' '),
);
const ES_AFFIX_SHAPE = /^(?:in|im)[a-z]{3,}(?:ble|bles)$|^des[a-z]{3,}(?:ido|ida|idos|idas)$/;

/** First words of {@link PHRASES}: only these start a phrase lookup. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0]));

function near(_text: string, toks: TokenList, a: number, b: number): boolean {
  return toks.near(a, b);
}

/**
 * Finds negation cues in `text`: Spanish `no`, `nunca`, `jamás`, `ni`, `tampoco`, `sin`, `nadie`, `nada`,
 * `ningún`…; English `not`, `n't`, `cannot`, `never`, `no`, `nor`, `neither`, `without`, `nobody`, `no one`,
 * `nothing`, `none`…; partial negations (`no siempre`, `not always`, `no todos`, `not all`) and the universals they
 * can flip (`siempre`, `always`, `everyone`). Look-alikes are skipped: `sin embargo`, `no obstante`, `no solo` /
 * `not only`, `No. 5`, the tag `¿no?`, and `sin` in English text. With `lang: 'en'` or `'es'` only that language's
 * cues are read; `auto` (default) reads both. Never throws on odd text; linear time.
 *
 * @throws CotejoError `INVALID_INPUT` if `text` is not a string; `INVALID_OPTION` for a bad option.
 * @example
 * ```ts
 * findNegations('No siempre fue así.', { lang: 'es' }).map((c) => c.cue); // ['not-always']
 * ```
 */
export function findNegations(text: string, options?: FindNegationsOptions): NegationCue[] {
  const lang = checkLexOptions(text, options, 'findNegations');
  if (text.length === 0) return [];
  const toks = scanTokens(text);
  const ctx = buildLangContext(toks, lang);
  const out: NegationCue[] = [];
  const fold = (k: number): string => {
    const t = toks.at(k)!;
    return t && t.kind === 'word' && t.text.length <= 20 ? foldAccents(t.text) : '';
  };
  const accept = (e: Entry): boolean => lang === 'auto' || e[2] === lang;
  const push = (a: number, b: number, e: Entry) => {
    const start = toks.start(a);
    const end = toks.end(b - 1);
    const cueLang = fold(a) === 'no' ? (lang === 'auto' ? (langAt(ctx, a) === 'es' ? 'es' : 'en') : lang) : e[2];
    out.push({ text: text.slice(start, end), start, end, cue: e[0], polarity: e[1], lang: cueLang });
  };
  let k = 0;
  while (k < toks.length) {
    const w = fold(k);
    if (w === '') {
      k++;
      continue;
    }
    // phrases (three then two words)
    let done = false;
    for (let len = 3; len >= 2 && !done && PHRASE_STARTS.has(w); len--) {
      if (k + len > toks.length) continue;
      let phrase = w;
      let ok = true;
      for (let x = k + 1; x < k + len; x++) {
        const f = fold(x);
        if (f === '' || !near(text, toks, x - 1, x)) {
          ok = false;
          break;
        }
        phrase += ` ${f}`;
      }
      if (!ok || !PHRASES.has(phrase)) continue;
      const e = PHRASES.get(phrase)!;
      if (e === null) {
        k += len;
        done = true;
      } else if (accept(e)) {
        push(k, k + len, e);
        k += len;
        done = true;
      }
    }
    if (done) continue;
    // contractions: don't, isn't, can't, won't (the cue is the whole word)
    const isContraction = (w.endsWith("n't") || w.endsWith('n’t')) && w.length > 3;
    if (isContraction || w === 'no') {
      // `don't always` → partial
      const nx = fold(k + 1);
      if (isContraction && near(text, toks, k, k + 1) && (nx === 'always' || nx === 'necessarily' || nx === 'all' || nx === 'everyone')) {
        const e: Entry = [nx === 'always' ? 'not-always' : nx === 'necessarily' ? 'not-necessarily' : 'not-all', 'partial', 'en'];
        if (accept(e)) push(k, k + 2, e);
        k += 2;
        continue;
      }
    }
    if (isContraction) {
      const e: Entry = ['not', 'negative', 'en'];
      if (accept(e)) push(k, k + 1, e);
      k++;
      continue;
    }
    if (w === 'no') {
      const prev = toks.at(k - 1)!;
      const next = toks.at(k + 1)!;
      const numberSign = next && next.text === '.' && toks.at(k + 2)!?.kind === 'number' && toks.text(k) === 'No';
      const tag = prev && prev.text === '¿' && next && next.text === '?';
      if (!numberSign && !tag) push(k, k + 1, ['not', 'negative', lang === 'es' ? 'es' : 'en']);
      k++;
      continue;
    }
    // `free of` / `libre de` (sin)
    if (w === 'free' && fold(k + 1) === 'of' && near(text, toks, k, k + 1) && (lang === 'auto' || lang === 'en')) {
      push(k, k + 2, ['affix', 'affixal', 'en']);
      k += 2;
      continue;
    }
    const e = WORDS.get(w);
    if (!e) {
      const enAffix = (lang !== 'es') && (EN_AFFIXAL_WORDS.has(w) || EN_AFFIX_SHAPE.test(w));
      const esAffix = (lang !== 'en') && (ES_AFFIXAL_WORDS.has(w) || ES_AFFIX_SHAPE.test(w));
      if (enAffix || esAffix) push(k, k + 1, ['affix', 'affixal', enAffix && (lang === 'en' || !esAffix || langAt(ctx, k) !== 'es') ? 'en' : 'es']);
    }
    if (e && accept(e)) {
      if (w === 'sin' && langAt(ctx, k) === 'en') {
        k++;
        continue;
      }
      push(k, k + 1, e);
    }
    k++;
  }
  return out;
}
