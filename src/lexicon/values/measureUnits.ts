/**
 * Units of measure written after a number, read into metric quantities so that a translation that converts them
 * (`95F` / `35 °C`, `5 miles` / `8 kilómetros`, `100-foot` / `30 metros`) compares as the same value.
 * @module
 */
import type { Measure } from './Value.js';
import { foldAccents } from './scanTokens.js';

/** A unit: its dimension and how to turn a figure in it into the metric base unit (m, kg, °C, m², L). */
interface Unit {
  dimension: Measure['dimension'];
  /** The unit's symbol (`mi`, `km`, `°F`): the same symbol on both sides is no conversion. */
  unit: string;
  toMetric: (x: number) => number;
}

const linear = (dimension: Measure['dimension'], unit: string, factor: number): Unit => ({ dimension, unit, toMetric: (x) => x * factor });
const FAHRENHEIT: Unit = { dimension: 'temperature', unit: '°F', toMetric: (f) => ((f - 32) * 5) / 9 };
const CELSIUS: Unit = linear('temperature', '°C', 1);

/** Unit words (folded: lower case, no accents) and their units. Bare `m`, `l` and `pounds` are left out: `5m` is
 * often millions, and `pounds` money. */
const UNITS = new Map<string, Unit>([
  ...['mile', 'miles', 'milla', 'millas'].map((w) => [w, linear('length', 'mi', 1609.344)] as const),
  ...['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kilometro', 'kilometros'].map((w) => [w, linear('length', 'km', 1000)] as const),
  ...['metre', 'metres', 'meter', 'meters', 'metro', 'metros'].map((w) => [w, linear('length', 'm', 1)] as const),
  ...['foot', 'feet', 'ft', 'pie', 'pies'].map((w) => [w, linear('length', 'ft', 0.3048)] as const),
  ...['inch', 'inches', 'pulgada', 'pulgadas'].map((w) => [w, linear('length', 'in', 0.0254)] as const),
  ...['yard', 'yards', 'yarda', 'yardas'].map((w) => [w, linear('length', 'yd', 0.9144)] as const),
  ...['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'centimetro', 'centimetros'].map((w) => [w, linear('length', 'cm', 0.01)] as const),
  ...['kg', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramo', 'kilogramos'].map((w) => [w, linear('mass', 'kg', 1)] as const),
  ...['lb', 'lbs'].map((w) => [w, linear('mass', 'lb', 0.45359237)] as const),
  ...['acre', 'acres'].map((w) => [w, linear('area', 'acre', 4046.8564)] as const),
  ...['hectare', 'hectares', 'hectarea', 'hectareas', 'ha'].map((w) => [w, linear('area', 'ha', 10000)] as const),
  ...['gallon', 'gallons', 'galon', 'galones'].map((w) => [w, linear('volume', 'gal', 3.785411784)] as const),
  ...['litre', 'litres', 'liter', 'liters', 'litro', 'litros'].map((w) => [w, linear('volume', 'L', 1)] as const),
  ['fahrenheit', FAHRENHEIT],
  ...['celsius', 'centigrade', 'centigrado', 'centigrados'].map((w) => [w, CELSIUS] as const),
]);

/**
 * A unit right after a number: a space, a hyphen (`5-mile`) or nothing (`95F`, `6ft`) before it; a degree sign
 * and the words `degrees`/`grados` before a temperature scale are optional (`95 °F`, `35 grados Celsius`).
 */
const UNIT_AFTER =
  /^(?:\s{0,2}|-)(?:(°|º)\s?([CF])(?![\p{L}\p{N}])|(degrees?|grados?)(?:\s+(Fahrenheit|Celsius|centigrade|cent[ií]grados?))?(?![\p{L}\p{N}])|([\p{L}]{1,12})(?![\p{L}\p{N}]))/u;

/**
 * The metric reading of a number followed by a unit, or null. `text` is what follows the number. A bare
 * `degrees` in English may be either scale (American news writes Fahrenheit): the figure as written stands for
 * Celsius, and its metric reading is the Fahrenheit one converted; Spanish `grados` is Celsius.
 */
export function readMeasure(value: number, text: string, lang: 'en' | 'es' | 'und'): Measure | null {
  const m = UNIT_AFTER.exec(text);
  if (!m) return null;
  if (m[2]) return measure(m[2] === 'F' ? FAHRENHEIT : CELSIUS, value);
  if (m[3]) {
    const scale = m[4] ? foldAccents(m[4].toLowerCase()) : '';
    if (scale === 'fahrenheit') return measure(FAHRENHEIT, value);
    if (scale || lang !== 'en') return measure(CELSIUS, value);
    // Celsius compares as written; the metric reading is the Fahrenheit one, for a converted figure.
    return { dimension: 'temperature', unit: 'degrees', metric: [FAHRENHEIT.toMetric(value)] };
  }
  const word = m[5];
  // A glued capital `F`/`C` is a scale (`95F`); glued lower-case letters other than a unit symbol are not a unit.
  const glued = !/^[\s-]/u.test(text);
  if (glued && (word === 'F' || word === 'C')) return measure(word === 'F' ? FAHRENHEIT : CELSIUS, value);
  const unit = UNITS.get(foldAccents(word.toLowerCase()));
  return unit ? measure(unit, value) : null;
}

function measure(unit: Unit, value: number): Measure {
  return { dimension: unit.dimension, unit: unit.unit, metric: [unit.toMetric(value)] };
}

/**
 * Whether two measures are the same quantity converted: the same dimension in different units, and a pair of
 * readings within rounding of a converted figure (6 %: a converted figure is rounded, to two significant digits at least: `5 miles` / `8 km`; 1.5
 * degrees for a temperature). Figures in the same unit are compared as written, not here.
 */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension || a.unit === b.unit) return false;
  for (const x of a.metric) {
    for (const y of b.metric) {
      if (a.dimension === 'temperature' ? Math.abs(x - y) <= 1.5 : Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 0.06) return true;
    }
  }
  return false;
}
