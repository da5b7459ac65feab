/**
 * English and Spanish stop-word lists (folded forms: lower case, no accents).
 * @module
 */
import type { Lang } from '../types.js';

/** English function words (folded), including clitic tokens (`'s`, `not` from `n't`). */
export const STOPWORDS_EN: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here of in on at by for with " +
    "from to into onto upon about above below over under after before during since until till while as " +
    "up down out off through between among against across around along within without via per " +
    "i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself " +
    "we us our ours ourselves they them their theirs themselves who whom whose which what when where why how " +
    "is am are was were be been being do does did doing done have has had having will would shall should " +
    "can could may might must 's 're 'll 've 'm 'd not no " +
    "all any both each either neither every some such own same other another more most much many few " +
    "very too also just only even still again ever once there's it's let one ones going gonna"
  ).split(' '),
);

/** Spanish function words (folded: `él` → `el`, `está` → `esta`). */
export const STOPWORDS_ES: ReadonlySet<string> = new Set(
  (
    "el la los las lo un una unos unas al del de a en con por para sin sobre entre hacia hasta desde " +
    "durante segun contra tras ante bajo y e o u ni pero sino que si porque pues como cuando donde " +
    "mientras aunque yo tu usted ustedes el ella ello ellos ellas nosotros nosotras vosotros vosotras " +
    "me te se nos os le les mi mis tus su sus nuestro nuestra nuestros nuestras vuestro vuestra " +
    "suyo suya suyos suyas mio mia mios mias tuyo tuya este esta estos estas ese esa esos esas " +
    "aquel aquella aquellos aquellas esto eso aquello quien quienes cual cuales cuyo cuya " +
    "ser es son era eran fue fueron sido siendo sea sean soy eres somos estar esta estan estaba estaban " +
    "estoy estamos estuvo haber ha han he has hemos habia habian hay hubo habra haber " +
    "no ya muy mas menos tan tanto tambien solo todo toda todos todas otro otra otros otras " +
    "mismo misma mismos mismas algun alguna algunos algunas ningun ninguna cada tal algo " +
    "puede pueden puedo podemos podria podrian debe deben debemos deberia deberian " +
    "asi aqui ahi alli alla aca cuanto cuanta cuantos cuantas mediante uno unas"
  ).split(' '),
);

/**
 * True when `norm` (a folded word) is a function word of `lang`. With `'und'`, a word counts as a
 * stop word if it is one in either language.
 */
export function isStopword(norm: string, lang: Lang): boolean {
  if (lang === 'en') return STOPWORDS_EN.has(norm);
  if (lang === 'es') return STOPWORDS_ES.has(norm);
  return STOPWORDS_EN.has(norm) || STOPWORDS_ES.has(norm);
}
