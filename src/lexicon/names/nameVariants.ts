/**
 * Forms of one person's name that English and Spanish write differently: given names Spanish translates for
 * royalty, popes and saints (Prince Harry / el príncipe Enrique, Pope Benedict / el papa Benedicto), and names
 * transliterated from another alphabet (Tchaikovsky / Chaikovski, Gorbachev / Gorbachov, Khrushchev / Jruschov).
 * @module
 */
import { foldWord } from '../normalize.js';

/** Given names Spanish translates (royalty, popes, saints, biblical figures), each group one name. */
export const GIVEN_NAME_GROUPS: readonly (readonly string[])[] = [
  ['Harry', 'Henry', 'Enrique'], ['William', 'Guillermo'], ['Charles', 'Carlos'], ['Elizabeth', 'Isabel'],
  ['Isabella', 'Isabel'], ['George', 'Jorge'], ['Philip', 'Felipe'], ['Edward', 'Eduardo'], ['James', 'Jacobo', 'Jaime'],
  ['John', 'Juan'], ['Paul', 'Pablo'], ['Peter', 'Pedro'], ['Anne', 'Ana'], ['Catherine', 'Catalina'], ['Mary', 'María'],
  ['Louis', 'Luis'], ['Frederick', 'Federico'], ['Benedict', 'Benedicto'], ['Leo', 'León'], ['Pius', 'Pío'],
  ['Gregory', 'Gregorio'], ['Andrew', 'Andrés'], ['Michael', 'Miguel'], ['Joseph', 'José'], ['Margaret', 'Margarita'],
  ['Alexander', 'Alejandro'], ['Nicholas', 'Nicolás'], ['Stephen', 'Esteban'], ['Matthew', 'Mateo'], ['Thomas', 'Tomás'],
  ['Mark', 'Marcos'], ['Luke', 'Lucas'], ['Francis', 'Francisco'], ['Anthony', 'Antonio'], ['Lawrence', 'Lorenzo'],
  ['Vincent', 'Vicente'], ['Joan', 'Juana'], ['Moses', 'Moisés'], ['Noah', 'Noé'], ['Muhammad', 'Mohammed', 'Mahoma'],
  ['Confucius', 'Confucio'], ['Genghis', 'Gengis'], ['Albert', 'Alberto'], ['Sophia', 'Sofía'],
  // Not a given name, but translated inside names the same way (Saint Peter's Basilica / la basílica de San Pedro).
  ['Saint', 'San', 'Santo', 'Santa'],
];

/** The groups each folded name belongs to (a Spanish name may render several English ones: Elizabeth, Isabella / Isabel). */
let groupsOf: Map<string, number[]> | null = null;

function givenGroups(name: string): readonly number[] {
  if (!groupsOf) {
    const map = new Map<string, number[]>();
    GIVEN_NAME_GROUPS.forEach((g, k) =>
      g.forEach((n) => {
        const key = foldWord(n);
        const list = map.get(key);
        if (list) list.push(k);
        else map.set(key, [k]);
      }),
    );
    groupsOf = map;
  }
  return groupsOf.get(foldWord(name)) ?? [];
}

/**
 * A spelling key that Latin transliterations of one name share (Tchaikovsky / Chaikovski → `chaikovski`,
 * Gorbachev / Gorbachov → `gorbachov`, Khrushchev / Jruschov → `jruschov`): accents off, then the English and Spanish
 * renderings of the same sounds made alike.
 */
export function transliterationKey(name: string): string {
  let s = foldWord(name);
  s = s.replace(/tch/g, 'ch').replace(/shch/g, 'sch').replace(/kh/g, 'j').replace(/zh/g, 'y').replace(/ph/g, 'f').replace(/w/g, 'v');
  s = s.replace(/(?:sky|skiy|skii)$/u, 'ski').replace(/y$/u, 'i').replace(/yev/g, 'iev').replace(/ev$/u, 'ov').replace(/([a-z])\1/g, '$1');
  return s;
}

/**
 * True when two single-word names are forms of one person's name across the languages: a translated given name
 * (Harry / Enrique) or two transliterations (Tchaikovsky / Chaikovski). Names of fewer than 5 letters match only
 * through the given-name table.
 */
export function nameVariants(a: string, b: string): boolean {
  const gb = givenGroups(b);
  if (givenGroups(a).some((k) => gb.includes(k))) return true;
  if (a.length < 5 || b.length < 5) return false;
  const ka = transliterationKey(a);
  const kb = transliterationKey(b);
  return ka === kb || (ka.length >= 7 && withinOneEdit(ka, kb));
}

/** True when `a` and `b` differ by at most one inserted, deleted or replaced letter. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
