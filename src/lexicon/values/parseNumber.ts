import { type ValueReason } from './Value.js';

/** The reading of a digit string such as `12.000`, `1.500,5` or `1.2.3`. */
export interface NumberReading {
  /** The most plausible reading, or null when the string follows no convention. */
  value: number | null;
  /** True when `value` is not certain. */
  uncertain: boolean;
  /** Why it is uncertain. */
  reason?: ValueReason;
  /** Other plausible readings. */
  alternatives?: number[];
  /** True when there is no separator and no fraction (a plain integer). */
  integer: boolean;
  /** Digits after the decimal separator (0 for an integer or a grouped number). */
  decimals: number;
}

const MAX_DIGITS = 15;

function isGroupSpace(c: string): boolean {
  return c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
}

/**
 * Reads a digit string with `.`, `,` or thin/non-breaking-space separators by the conventions of `lang`:
 * Spanish groups thousands with `.` and writes decimals with `,` (`1.500,5`), English the reverse
 * (`1,500.5`). A form consistent with either convention is read confidently whatever the language; a lone
 * separator before exactly three digits (`1.500`) is read by the language and, when it goes against the
 * language's convention or the language is unknown, marked uncertain with the other reading in
 * `alternatives`. Forms that follow no convention (`1.2.3`, `12,34,5`) give `value: null`. Linear time.
 */
export function parseNumber(text: string, lang: 'en' | 'es' | 'und'): NumberReading {
  if (text.length <= MAX_DIGITS && /^\d+$/.test(text)) return { value: Number(text), uncertain: false, integer: true, decimals: 0 };
  const groups: string[] = [];
  const seps: string[] = [];
  let cur = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c < '0' || c > '9') {
      groups.push(text.slice(cur, i));
      seps.push(isGroupSpace(c) ? ' ' : c);
      cur = i + 1;
    }
  }
  groups.push(text.slice(cur));
  const digitCount = text.length - seps.length;
  if (seps.length === 0) {
    if (digitCount > MAX_DIGITS) return { value: Number(text), uncertain: true, reason: 'too-long', integer: true, decimals: 0 };
    return { value: Number(text), uncertain: false, integer: true, decimals: 0 };
  }
  const malformed: NumberReading = { value: null, uncertain: true, reason: 'malformed-number', integer: false, decimals: 0 };
  const last = seps[seps.length - 1];
  const first = seps[0];
  let allSame = true;
  for (let k = 1; k < seps.length - 1; k++) if (seps[k] !== first) { allSame = false; break; }
  const grouped = (from: number, to: number): boolean => {
    // groups[from] has 1–3 digits, groups[from+1 .. to] exactly 3
    const g0 = groups[from];
    if (g0.length < 1 || g0.length > 3) return false;
    for (let k = from + 1; k <= to; k++) if (groups[k].length !== 3) return false;
    return true;
  };
  const finish = (intDigits: string, frac: string, base: Omit<NumberReading, 'value' | 'decimals' | 'integer'>): NumberReading => {
    if (intDigits.length + frac.length > MAX_DIGITS + 2) return { ...malformed, reason: 'too-long' };
    const value = Number(frac ? `${intDigits}.${frac}` : intDigits);
    return { value, integer: frac === '', decimals: frac.length, ...base };
  };
  if (seps.length === 1) {
    const int = groups[0];
    const frac = groups[1];
    if (last === ' ') return frac.length === 3 && int.length <= 3 ? finish(int + frac, '', { uncertain: false }) : malformed;
    const ambiguous = frac.length === 3 && int.length <= 3 && int[0] !== '0';
    if (!ambiguous) return finish(int, frac, { uncertain: false });
    const asGroup = Number(int + frac);
    const asDecimal = Number(`${int}.${frac}`);
    const conventionalGroup = (lang === 'en' && last === ',') || (lang === 'es' && last === '.');
    if (conventionalGroup) return finish(int + frac, '', { uncertain: false });
    if (lang === 'und' || frac === '000') {
      // Unknown language, or `12.000` / `12,000` where a decimal reading is implausible: prefer the grouping.
      return { ...finish(int + frac, '', { uncertain: true, reason: 'ambiguous-separator' }), alternatives: [asDecimal] };
    }
    return { ...finish(int, frac, { uncertain: true, reason: 'ambiguous-separator' }), alternatives: [asGroup] };
  }
  if (allSame && last === first) {
    // 1.234.567 / 1,234,567 / 1 234 567: every separator groups thousands.
    if (!grouped(0, groups.length - 1)) return malformed;
    return finish(groups.join(''), '', { uncertain: false });
  }
  if (allSame && last !== first && last !== ' ') {
    // 1.234.567,89 / 1,234,567.89 (a space group separator is allowed too).
    if (!grouped(0, groups.length - 2)) return malformed;
    return finish(groups.slice(0, -1).join(''), groups[groups.length - 1], { uncertain: false });
  }
  return malformed;
}
