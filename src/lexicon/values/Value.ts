/**
 * The values cotejo anchors meaning on: numbers, percentages, money, ordinals, years, dates and times,
 * found in English or Spanish text with exact offsets.
 * @module
 */
import { type Span } from '../../types.js';

/**
 * Why a value is marked `uncertain`:
 * - `ambiguous-separator`: `1.500` / `1,500` could be a thousands group or a decimal point (see `alternatives`);
 * - `malformed-number`: digit groups that follow no convention (`1.2.3`, `12,34,5`);
 * - `too-long`: more digits than a double holds exactly;
 * - `ambiguous-date-order`: `3/4/2026` could be day/month or month/day;
 * - `ambiguous-word`: a word that is a value only sometimes (`second`, `cuarto`, `May`).
 */
export type ValueReason =
  | 'ambiguous-separator'
  | 'malformed-number'
  | 'too-long'
  | 'ambiguous-date-order'
  | 'ambiguous-word';

/** What every value carries. */
export interface ValueBase extends Span {
  /** True when the reading is not certain; `reason` says why. Never a confident wrong value. */
  uncertain: boolean;
  /** Why the value is uncertain. */
  reason?: ValueReason;
  /** Other plausible numeric readings of an uncertain number (`1.500` in English: 1.5, or 1500). */
  alternatives?: number[];
  /** True when the number was spelled out (`doce`, `twelve`). */
  spelled?: boolean;
  /** Approximation or bound written before it: `about` (about, around, unos, cerca de…), `over` (more than,
   * más de…), `under` (less than, menos de…), `up-to` (up to, hasta). */
  qualifier?: ValueQualifier;
}

/** A bound or approximation written next to a number. */
export type ValueQualifier = 'about' | 'over' | 'under' | 'up-to';

/** A plain number: `12.000`, `1,500.5`, `doce`, `two million`. `value` includes the scale. */
export interface NumberValue extends ValueBase {
  type: 'number';
  /** The number, scale applied (`2 millones` → 2000000). */
  value: number;
  /** The multiplier written as a word (`millones` → 1e6, `billón` → 1e12, `billion` → 1e9). */
  scale?: number;
  /** A span of time counted in days, when a unit of time follows the number (`two weeks` → [14], `48 hours` → [2]).
   * The first reading is literal; Spanish `quince días` and `ocho días` also mean two weeks and one week ([15, 14],
   * [8, 7]). A month counts 30 days and a year 365. */
  days?: number[];
  /** A quantity in a unit of measure (`5 miles`, `95F`, `30 metros`), read in metric units, so that a converted
   * figure (`8 kilómetros`, `35 °C`) compares as the same. */
  measure?: Measure;
  /** True for a fraction written in words (`half of`, `two thirds of`, `la mitad`, `una cuarta parte`): `value` is the
   * fraction (0.5, 0.667…), compared only with another fraction. */
  fraction?: boolean;
}

/** A number's unit of measure, read in metric units: metres, kilograms, degrees Celsius, square metres, litres. */
export interface Measure {
  dimension: 'length' | 'mass' | 'temperature' | 'area' | 'volume';
  /** The unit as written, by its symbol (`mi`, `km`, `°F`; `degrees` for an English temperature of no stated scale). */
  unit: string;
  /** The figure in the metric unit (for English `degrees` of no stated scale, read as Fahrenheit: as Celsius it is
   * the figure as written). */
  metric: number[];
}

/** A percentage (`3,1 %`, `3.1 percent`) or a change in percentage points (`unit: 'pp'`). */
export interface PercentValue extends ValueBase {
  type: 'percent';
  /** The figure in percent (`3,1 %` → 3.1). */
  value: number;
  /** `pp` for percentage points (`puntos porcentuales`). */
  unit?: 'pp';
}

/** An amount of money: `$54 million`, `45 millones de dólares`, `€3,5 mil millones`. */
export interface MoneyValue extends ValueBase {
  type: 'money';
  /** The amount, scale applied. */
  value: number;
  /** ISO 4217 code where known (`USD`, `EUR`, `COP`, `PEN`…); `PESO` for an unspecified peso. */
  currency: string;
  /** The multiplier written as a word, when there is one. */
  scale?: number;
  /** The currency as written (`$`, `US$`, `dólares`, `USD`). A bare `$` is read as USD but is compatible with
   * pesos in {@link compareValues}, since Latin American outlets write pesos with `$`. */
  symbol: string;
}

/** An ordinal: `1st`, `1.º`, `third`, `tercera`. */
export interface OrdinalValue extends ValueBase {
  type: 'ordinal';
  /** The rank (`3.º` → 3). */
  value: number;
}

/** A year written alone (`2026`, `en 2026`). */
export interface YearValue extends ValueBase {
  type: 'year';
  /** The year; for a decade, its first year (`the 1990s` → 1990; `los años noventa` → 1990, century guessed). */
  value: number;
  /** A decade, not a year: `full` when its century is written (`the 1990s`, `la década de 1990`), `short` when it is
   * not (`the '90s`, `los años noventa`, `los años 90`), so only its last two digits compare. */
  decade?: 'full' | 'short';
}

/** The parts of a date that were written; absent parts were not. `weekday` is ISO (Monday = 1 … Sunday = 7). */
export interface DateParts {
  /** Year, when written (`2026`). */
  year?: number;
  /** Month 1–12, when written. */
  month?: number;
  /** Day of the month 1–31, when written. */
  day?: number;
  /** ISO weekday 1 (Monday) – 7 (Sunday), when written. */
  weekday?: number;
}

/** A date or date-ish anchor: `9 de enero de 2026`, `January 9, 2026`, `Jan. 9`, `enero`, `miércoles`. */
export interface DateValue extends ValueBase {
  type: 'date';
  /** The parts that were written. */
  value: DateParts;
}

/** A time of day, 24-hour: `10 a. m.` → {hour: 10, minute: 0}; `3:30 p.m.` → {hour: 15, minute: 30}. */
export interface TimeValue extends ValueBase {
  type: 'time';
  /** Hour 0–24 and minute 0–59. */
  value: { hour: number; minute: number };
}

/** A digit string that could not be read (`1.2.3`, `12,34,5`): always uncertain, `value` is null. */
export interface UnparsedValue extends ValueBase {
  type: 'unparsed';
  /** Always null: no reading is offered. */
  value: null;
  /** Always true. */
  uncertain: true;
}

/** Any value found by {@link extractValues}: a discriminated union on `type`. */
export type Value =
  | NumberValue
  | PercentValue
  | MoneyValue
  | OrdinalValue
  | YearValue
  | DateValue
  | TimeValue
  | UnparsedValue;

/** The `type` of a {@link Value}. */
export type ValueType = Value['type'];
