/**
 * Word tables behind {@link extractValues}: months, weekdays, spelled-out numbers, ordinals, scales,
 * currencies and qualifiers, in English and Spanish. Keys are lowercase with accents removed.
 * @module
 */

/** Month names and abbreviations → month number (1–12). Abbreviations are listed without their dot. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7],
  ['agosto', 8], ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
]);

/** Month abbreviations (EN and ES) → month number; only read next to a day or year. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
  ['ene', 1], ['abr', 4], ['ago', 8], ['set', 9], ['dic', 12],
]);

/** English month names that are also ordinary words: read as months only next to a day, a year or a preposition. */
export const AMBIGUOUS_EN_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august']);

/** Weekday names → ISO weekday (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['lunes', 1], ['martes', 2], ['miercoles', 3], ['jueves', 4], ['viernes', 5], ['sabado', 6], ['domingo', 7],
  // Plurals of habit (`on Sundays`, `los domingos`; Spanish lunes…viernes do not change).
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
  ['sabados', 6], ['domingos', 7],
]);

/** Spelled-out units and tens that stand alone or combine (`twenty-five`, `treinta y cinco`). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['cero', 0], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8],
  ['nueve', 9], ['diez', 10], ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15],
  ['dieciseis', 16], ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20],
  ['veintiuno', 21], ['veintiun', 21], ['veintiuna', 21], ['veintidos', 22], ['veintitres', 23],
  ['veinticuatro', 24], ['veinticinco', 25], ['veintiseis', 26], ['veintisiete', 27], ['veintiocho', 28],
  ['veintinueve', 29], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70],
  ['ochenta', 80], ['noventa', 90],
  ['cien', 100], ['ciento', 100], ['doscientos', 200], ['doscientas', 200], ['trescientos', 300],
  ['trescientas', 300], ['cuatrocientos', 400], ['cuatrocientas', 400], ['quinientos', 500], ['quinientas', 500],
  ['seiscientos', 600], ['seiscientas', 600], ['setecientos', 700], ['setecientas', 700],
  ['ochocientos', 800], ['ochocientas', 800], ['novecientos', 900], ['novecientas', 900],
]);

/**
 * Nouns that count (`a dozen`, `una docena`, `una veintena`, `un centenar`): read as a number after an article,
 * or as a multiplier after a spelled unit (`two dozen`, `dos docenas` → 24). Plurals count only after a unit:
 * `dozens`, `decenas` alone are indefinite. `quincena` (a fortnight) and `cuarentena` (quarantine) are left out.
 */
export const COLLECTIVE_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['dozens', 12], ['docena', 12], ['docenas', 12], ['decena', 10], ['veintena', 20], ['treintena', 30],
  ['centenar', 100], ['millar', 1000],
]);

/** Words for one (and the article `a`), read as numbers only before a multiplier (`un millón`, `a hundred`). */
export const ONE_WORDS: ReadonlySet<string> = new Set(['one', 'a', 'an', 'un', 'uno', 'una']);

/** Multipliers inside a spelled number (`hundred`, `thousand`, `mil`). */
export const SPELLED_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1000], ['mil', 1000],
]);

/**
 * Scale words after a number. Note the false friends: Spanish `billón` is 10^12 (English `trillion`),
 * `mil millones` and `millardo` are 10^9 (English `billion`).
 */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['thousands', 1e3], ['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9],
  ['trillion', 1e12], ['trillions', 1e12],
  ['mil', 1e3], ['millon', 1e6], ['millones', 1e6], ['millardo', 1e9], ['millardos', 1e9], ['billon', 1e12],
  ['billones', 1e12], ['trillon', 1e18], ['trillones', 1e18],
]);

/** Abbreviated scales glued to or right after an amount of money (`$54m`, `$1.2bn`, `€3 mil M`). */
export const MONEY_SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12], ['mm', 1e6],
]);

/** Spelled ordinals → value. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20],
  ['primero', 1], ['primera', 1], ['primer', 1], ['primeros', 1], ['primeras', 1], ['segundo', 2], ['segunda', 2],
  ['tercero', 3], ['tercera', 3], ['tercer', 3], ['cuarto', 4], ['cuarta', 4], ['quinto', 5], ['quinta', 5],
  ['sexto', 6], ['sexta', 6], ['septimo', 7], ['septima', 7], ['octavo', 8], ['octava', 8], ['noveno', 9],
  ['novena', 9], ['decimo', 10], ['decima', 10], ['vigesimo', 20], ['vigesima', 20],
]);

/** Ordinal words that are often something else (`second` of time, `cuarto` a room, `quinta` a villa). */
export const AMBIGUOUS_ORDINALS: ReadonlySet<string> = new Set(['second', 'segundo', 'cuarto', 'quinta', 'octavo']);

/** Currency words after an amount → ISO code (`PESO` when the country is not said). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['dolar', 'USD'], ['dolares', 'USD'], ['usd', 'USD'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['libra', 'GBP'], ['libras', 'GBP'], ['gbp', 'GBP'], ['sterling', 'GBP'],
  ['peso', 'PESO'], ['pesos', 'PESO'], ['sol', 'PEN'], ['soles', 'PEN'], ['pen', 'PEN'],
  ['bolivar', 'VES'], ['bolivares', 'VES'], ['bolivars', 'VES'], ['real', 'BRL'], ['reales', 'BRL'], ['reais', 'BRL'],
  ['yuan', 'CNY'], ['yuanes', 'CNY'], ['yen', 'JPY'], ['yenes', 'JPY'], ['quetzal', 'GTQ'], ['quetzales', 'GTQ'],
  ['cop', 'COP'], ['mxn', 'MXN'], ['ars', 'ARS'], ['clp', 'CLP'], ['brl', 'BRL'], ['ves', 'VES'],
]);

/** Country adjectives after `pesos`/`dollars` that pin the currency. */
export const CURRENCY_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['colombianos', 'COP'], ['colombian', 'COP'], ['mexicanos', 'MXN'], ['mexican', 'MXN'], ['argentinos', 'ARS'],
  ['argentine', 'ARS'], ['chilenos', 'CLP'], ['chilean', 'CLP'], ['uruguayos', 'UYU'], ['dominicanos', 'DOP'],
  ['cubanos', 'CUP'], ['filipinos', 'PHP'], ['canadienses', 'CAD'], ['canadian', 'CAD'], ['australianos', 'AUD'],
  ['australian', 'AUD'], ['estadounidenses', 'USD'], ['us', 'USD'],
]);

/** Currency codes written before an amount (`USD 54`, `COP 3.000`). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'COP', 'MXN', 'ARS', 'CLP', 'PEN', 'BRL', 'VES', 'UYU', 'DOP', 'CAD', 'AUD', 'JPY', 'CNY',
  'CHF', 'GTQ', 'BOB', 'PYG', 'CRC', 'HNL', 'NIO', 'CUP',
]);

/** Currency symbols → ISO code. `$` is read as USD (marked uncertain in Spanish text, where it may mean pesos). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₱', 'PHP'], ['₡', 'CRC'], ['₲', 'PYG'],
]);

/** Letters glued before `$` → ISO code (`US$`, `R$`, `MX$`, `COL$`, `C$`, `A$`). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['r', 'BRL'], ['mx', 'MXN'], ['col', 'COP'], ['cop', 'COP'], ['c', 'CAD'],
  ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['rd', 'DOP'], ['ar', 'ARS'], ['clp', 'CLP'],
]);

/** Qualifiers written before a number (lowercase, accents removed, words joined by one space). */
export const QUALIFIERS: ReadonlyMap<string, 'about' | 'over' | 'under' | 'up-to'> = new Map([
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['nearly', 'about'],
  ['almost', 'about'], ['some', 'about'], ['unos', 'about'], ['unas', 'about'], ['alrededor de', 'about'],
  ['cerca de', 'about'], ['casi', 'about'], ['aproximadamente', 'about'], ['unos', 'about'],
  ['more than', 'over'], ['over', 'over'], ['mas de', 'over'], ['at least', 'over'], ['al menos', 'over'],
  ['por lo menos', 'over'], ['less than', 'under'], ['fewer than', 'under'], ['under', 'under'],
  ['menos de', 'under'], ['up to', 'up-to'], ['hasta', 'up-to'],
  // Negated bounds: `no fewer than 40` is `at least 40`, `no más de 40` is `up to 40`.
  ['no fewer than', 'over'], ['no less than', 'over'], ['not less than', 'over'], ['not fewer than', 'over'],
  ['no menos de', 'over'], ['no more than', 'up-to'], ['not more than', 'up-to'], ['no mas de', 'up-to'],
  ['as many as', 'up-to'],
]);
