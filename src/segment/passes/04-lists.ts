/**
 * Pass 4: inline lists. Finds enumerations run together on one line (`1.) The first item 2.) The second
 * item`, `a. … b. … c. …`, `• 9. … • 10. …`) and starts a new unit at each item. A numbered or lettered
 * marker counts only when the markers form a consecutive sequence (1, 2, 3 or a, b, c), so `1 + 1 es 2.
 * 2 + 2 es 4.` is not taken for a list; a bullet (• ◦ ▪ ⁃ ‣) always starts an item.
 * @module
 */
import { isDigit, isLowerAt, isSpace } from '../chars.js';

/** Where list items start in a block, and the ends of their markers (periods there never end a sentence). */
export interface ListMarks {
  /** Offsets where a new unit must start (the marker's first character). */
  breaks: number[];
  /** Offsets just after a marker's period (`1.|`): not a sentence end. */
  markerPeriods: Set<number>;
}

interface Marker {
  start: number;
  /** offset after the marker's final character */
  end: number;
  /** offset after the period, if the marker has one */
  period: number;
  value: number;
  letter: boolean;
  /** the item's text starts in lower case (`a. here it is`) */
  lowerNext: boolean;
}

function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x25e6 || c === 0x25aa || c === 0x2043 || c === 0x2023 || c === 0x25cf;
}

const NO_LIST_MARKS: ListMarks = Object.freeze({ breaks: [], markerPeriods: new Set<number>() }) as ListMarks;

/** Finds the list items of `text.slice(start, end)`. */
export function findListMarks(text: string, start: number, end: number): ListMarks {
  const markers: Marker[] = [];
  const bullets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x2000 && isBullet(c)) {
      if (i === start || isSpace(text.charCodeAt(i - 1))) bullets.push(i);
      continue;
    }
    // a marker is a digit, or a lower-case letter directly followed by `.` or `)`
    if (c < 48 || (c > 57 && c < 97) || c > 122) continue;
    if (c >= 97) {
      const n = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (n !== 46 && n !== 41) continue;
    }
    const prev = i === start ? 32 : text.charCodeAt(i - 1);
    if (!(isSpace(prev) || isBullet(prev))) continue;
    // digits: 1-3 of them; letters: one lower-case ASCII letter
    let j = i;
    let value = -1;
    let letter = false;
    if (isDigit(c)) {
      while (j < end && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
      if (j < end && isDigit(text.charCodeAt(j))) continue;
      value = Number(text.slice(i, j));
    } else if (c >= 97 && c <= 122) {
      j = i + 1;
      value = c - 96;
      letter = true;
    } else continue;
    // `.`, `)`, `.)`; then a space and more text
    let period = -1;
    if (j < end && text.charCodeAt(j) === 46) period = ++j;
    if (j < end && text.charCodeAt(j) === 41) j++;
    else if (period === -1) continue;
    if (letter && period === -1 && text.charCodeAt(j - 1) !== 41) continue;
    if (j >= end || !isSpace(text.charCodeAt(j))) continue;
    let t = j;
    while (t < end && isSpace(text.charCodeAt(t))) t++;
    if (t >= end) continue;
    markers.push({ start: i, end: j, period, value, letter, lowerNext: isLowerAt(text, t) });
    i = j;
  }
  if (markers.length < 2 && bullets.length === 0) return NO_LIST_MARKS;
  const breaks: number[] = [];
  const markerPeriods = new Set<number>();
  // chains of consecutive markers of one kind (1, 2, 3 / a, b, c), each link within 3 markers of the last
  const chain = new Int32Array(markers.length).fill(-1);
  const chains: number[][] = [];
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k];
    let joined = false;
    for (let idx = k - 1; idx >= Math.max(0, k - 3) && !joined; idx--) {
      const o = markers[idx];
      if (o.letter === m.letter && o.value + 1 === m.value && chain[idx] !== -1 && chains[chain[idx]].at(-1) === idx) {
        chain[k] = chain[idx];
        chains[chain[k]].push(k);
        joined = true;
      }
    }
    if (!joined) {
      chain[k] = chains.length;
      chains.push([k]);
    }
  }
  // two items make a list; items that start in lower case need three (`for 1. above … for 2. above` is prose)
  for (const c of chains) {
    if (c.length < 2 || (c.length < 3 && c.some((k) => markers[k].lowerNext))) continue;
    for (const k of c) {
      const m = markers[k];
      if (m.start > start) breaks.push(m.start);
      if (m.period !== -1) markerPeriods.add(m.period);
    }
  }
  for (const b of bullets) if (b > start) breaks.push(b);
  // a marker right after a bullet belongs to the bullet's item
  const bulletSet = new Set(bullets);
  const filtered = breaks.filter((b) => {
    let p = b - 1;
    while (p >= start && isSpace(text.charCodeAt(p))) p--;
    return !(p >= start && bulletSet.has(p) && !bulletSet.has(b));
  });
  filtered.sort((a, b) => a - b);
  return { breaks: filtered, markerPeriods };
}
