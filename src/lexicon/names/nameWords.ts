/**
 * Word lists behind {@link extractNames}: capitalized words that are not names (sentence-initial function
 * words, news labels, months, weekdays), titles that precede names, and English demonyms. Lowercase,
 * accents removed.
 * @module
 */

function set(s: string): ReadonlySet<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Function and common words that are capitalized only because they start a sentence (EN and ES). */
export const CAPITALIZED_FUNCTION_WORDS: ReadonlySet<string> = set(`
the a an in on at to for from with by of and but or as if when while after before during since until although
though despite according regarding however meanwhile still yet so then this that these those it its he she they
we i you his her their our my your there here what who whom whose which why how where some many most all any each
every no not neither nor both such only even also just yes now today yesterday tomorrow last next later earlier
once first another other more less several few one two three if because thus instead rather like unlike amid among
between without within under over into upon about above below against toward towards through across speaking
asked said says told added noted whether let lets please thank thanks dear oh well perhaps maybe
nobody nothing none everyone everybody everything someone somebody something anyone anybody anything
will would can could shall should might must do does did is are was were has have had be been being am
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
cero dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien mil ningun ninguna nadie nada
algo alguien va vamos voy van hay habra puede pueden podemos debe deben hace hacen
el la los las un una unos unas en de del al por para con sin sobre segun desde hasta durante tras ante entre hacia
y o u e pero sino aunque cuando mientras si como porque pues que quien quienes donde este esta estos estas ese esa
esos esas eso esto aquel aquella su sus mi mis tu tus nuestro nuestra lo le les se me te nos no ni ya tambien
tampoco ademas asi hoy ayer manana ahora luego despues antes todo todos toda todas cada otro otra otros otras muy
mas menos el ella ellos ellas yo nosotros usted ustedes si hay es fue son esta estan ha han era eran sera tiene
tienen dijo dice segun incluso solo sólo cual cuales cuyo alli aqui alla entonces
`);

/** News labels often written in capitals before a headline. */
export const NEWS_LABELS: ReadonlySet<string> = set(`
exclusiva exclusive breaking ultima hora urgente opinion video fotos photos live directo vivo analisis analysis
update actualizacion editorial entrevista interview news noticias watch mira lee read more mas alerta alert
cronica reportaje columna column
`);

/** Months and weekdays (EN and ES): capitalized in English, never names. */
export const CALENDAR_WORDS: ReadonlySet<string> = set(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miercoles jueves viernes sabado domingo
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic fig figs figure table tabla figura cuadro
`);

/** Titles and roles written before a name; they split a capitalized sequence and are dropped. */
export const TITLES: ReadonlySet<string> = set(`
president presidente presidenta vice vicepresident vicepresidente vicepresidenta senator senador senadora minister
ministro ministra secretary secretario secretaria ambassador embajador embajadora mr mrs ms dr sr sra srta don dona
general gen governor gobernador gobernadora mayor alcalde alcaldesa king rey queen reina pope papa chancellor
canciller judge juez jueza colonel coronel captain capitan lieutenant teniente sergeant sargento commander
comandante representative rep sen gov congressman congresswoman congresista diputado diputada prosecutor fiscal
attorney director directora chief jefe jefa leader lider interim former expresidente expresidenta ex prince
principe princess princesa sir lady lord foreign prime premier defense defence interior finance
economy exteriores relaciones republican republicans democrat democrats democratic conservative liberal
ceo chairman chairwoman spokesman spokeswoman spokesperson portavoz vocero vocera
`);

/** English demonyms (capitalized adjectives that are not names by themselves). */
export const DEMONYMS: ReadonlySet<string> = set(`
american americans colombian colombians venezuelan venezuelans mexican mexicans spanish cuban cubans peruvian
chilean argentine argentinian brazilian ecuadorian bolivian paraguayan uruguayan canadian british english french
german italian chinese russian ukrainian european african asian latin hispanic latino latina latinos israeli
palestinian iranian iraqi syrian saudi turkish indian pakistani japanese korean dominican haitian panamanian
guatemalan honduran salvadoran nicaraguan costa-rican puerto-rican irish scottish dutch swiss swedish austrian
belgian norwegian danish finnish polish greek portuguese hungarian romanian czech egyptian moroccan nigerian kenyan
ethiopian australian vietnamese thai indonesian malaysian filipino taiwanese nepalese afghan lebanese jordanian
qatari emirati yemeni libyan tunisian algerian sudanese jamaican western eastern northern southern
`);

/** Multi-word titles (lowercase, accents removed) dropped as a whole: `Secretary of State`, `Foreign Minister`. */
export const TITLE_PHRASES: ReadonlySet<string> = new Set([
  'secretary of state', 'secretario de estado', 'secretaria de estado', 'minister of foreign affairs',
  'ministro de relaciones exteriores', 'ministra de relaciones exteriores', 'attorney general', 'secretary general',
  'secretario general', 'secretaria general', 'chief of staff', 'jefe de gabinete', 'minister of defense',
  'ministro de defensa', 'ministra de defensa', 'secretary of defense', 'secretary of war', 'fiscal general',
  'defensor del pueblo', 'minister of finance', 'ministro de hacienda', 'ministra de hacienda', 'primer ministro',
  'primera ministra', 'prime minister',
]);

/** Lowercase particles allowed inside a name (`Casa de Nariño`, `Bank of America`). */
export const NAME_CONNECTORS: ReadonlySet<string> = set('de del la las los of the for on da do dos van von der di du le');
