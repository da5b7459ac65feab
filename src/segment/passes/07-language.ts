/**
 * Pass 7: language of units too short to identify (`—No.`, `Os entiendo.`, `By Jane Doe`). A unit whose own
 * words give no verdict (`'und'`) takes the language of its nearest identified neighbours when they agree
 * (or the only neighbour there is). Lines of links keep `'und'`: they have no language.
 * @module
 */
import type { Lang, Sentence } from '../../types.js';

/** Fills `lang: 'und'` units from their neighbours, in place. */
export function fillUndetermined(units: Sentence[]): void {
  const known = (u: Sentence) => u.lang !== 'und' && u.kind !== 'links';
  const fillable = (u: Sentence) => u.kind === 'sentence' || u.kind === 'heading' || (u.kind === 'byline' && !/^\s*[—–―-]/.test(u.text));
  const prev: (Lang | undefined)[] = new Array(units.length);
  let last: Lang | undefined;
  for (let i = 0; i < units.length; i++) {
    prev[i] = last;
    if (known(units[i])) last = units[i].lang;
  }
  let next: Lang | undefined;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.lang === 'und' && fillable(u)) {
      const p = prev[i];
      if (p !== undefined && (next === undefined || next === p)) u.lang = p;
      else if (p === undefined && next !== undefined) u.lang = next;
    }
    if (known(u)) next = u.lang;
  }
}
