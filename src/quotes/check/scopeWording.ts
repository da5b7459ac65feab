/**
 * Wording findings on scope words: país → world, regional → national, a place name → the country.
 * @module
 */
import type { Locale } from '../../report/i18n.js';
import type { ComparePair } from './ComparePair.js';
import type { Linked } from './linkQuote.js';
import { CAPITAL } from './nameFindings.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { tokenFinding } from './tokenFinding.js';

/** Scope words: places and realms a statement is about (país → world is a different claim). */
const SCOPE_EN: Record<string, string[]> = {
  world: ['mundo', 'mundial', 'planeta'],
  globe: ['mundo', 'planeta'],
  planet: ['planeta', 'mundo'],
  country: ['pais', 'nacion', 'estado'],
  nation: ['nacion', 'pais'],
  national: ['nacional'],
  region: ['region', 'comarca', 'zona'],
  regional: ['regional'],
  state: ['estado', 'pais'],
  city: ['ciudad', 'municipio', 'localidad'],
  town: ['pueblo', 'ciudad', 'localidad', 'municipio'],
  continent: ['continente'],
  province: ['provincia'],
  international: ['internacional', 'mundial'],
  global: ['mundial', 'global'],
  local: ['local'],
};
const SCOPE_ES = new Set(Object.values(SCOPE_EN).flat());

/**
 * Wording: a scope word rendered by another scope word (país → world, regional → national) or a place name
 * rendered by a scope word (la Puna → the country). Other word choices are left alone: a lexicon cannot tell a
 * loose but faithful rendering from a wrong one.
 */
export function scopeWording(p: ComparePair, L: Linked, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  for (let i = 0; i < pe.tokens.length; i++) {
    const a = pe.tokens[i];
    const want = SCOPE_EN[a.norm] ?? SCOPE_EN[a.norm.replace(/s$/, '')];
    if (!want) continue;
    let rendered = false;
    for (let j = 0; j < pf.tokens.length; j++) {
      const n = pf.tokens[j].norm;
      if (want.includes(n) || want.includes(n.replace(/e?s$/, ''))) rendered = true;
    }
    if (rendered) continue;
    let b = -1;
    for (let j = 0; j < pf.tokens.length; j++) {
      const t = pf.tokens[j];
      const n = t.norm.replace(/e?s$/, '');
      if ((SCOPE_ES.has(t.norm) || SCOPE_ES.has(n)) && L.partnerF[j] < 0) {
        b = j;
        break;
      }
    }
    if (b < 0) {
      // A place name with no counterpart, facing the scope word.
      for (let j = 0; j < pf.tokens.length; j++) {
        const t = pf.tokens[j];
        if (t.kind === 'word' && CAPITAL.test(t.text) && j > 0 && L.bestF[j] < 0.3 && !pf.stop[j] && /^(?:la|el|las|los|del|de)$/i.test(pf.tokens[j - 1].text)) {
          b = j;
          break;
        }
      }
    }
    if (b < 0) continue;
    const bt = pf.tokens[b];
    out.push(tokenFinding('wording', p, a, bt, locale));
  }
}

