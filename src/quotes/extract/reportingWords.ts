/**
 * Word lists that journalism uses to attribute quotations, in English and Spanish: reporting verbs
 * (finite and non-finite), speech nouns (`Trump’s characterization of…`, `las palabras de…`), the
 * `according to` / `según` family, titles and role nouns (`president`, `ministra`), and the words that
 * can sit between a subject and its verb (`has`, `publicly`, `también`). All entries are lower case.
 * @module
 */

/** Finite English reporting verbs (past and present): the subject before them is the speaker. */
const EN_FINITE = [
  'said', 'says', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'warned', 'warns', 'noted', 'notes',
  'argued', 'argues', 'insisted', 'insists', 'asked', 'asks', 'claimed', 'claims', 'admitted', 'admits',
  'explained', 'explains', 'declared', 'declares', 'wrote', 'writes', 'tweeted', 'tweets', 'posted', 'replied',
  'replies', 'answered', 'answers', 'responded', 'responds', 'cautioned', 'cautions', 'described', 'describes',
  'called', 'calls', 'urged', 'urges', 'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'revealed',
  'reveals', 'recalled', 'recalls', 'complained', 'complains', 'conceded', 'concedes', 'suggested', 'suggests',
  'announced', 'announces', 'promised', 'promises', 'vowed', 'vows', 'denied', 'denies', 'maintained',
  'maintains', 'charged', 'observed', 'observes', 'remarked', 'remarks', 'stressed', 'stresses', 'emphasized',
  'emphasised', 'emphasizes', 'emphasises', 'underlined', 'underscored', 'pointed', 'indicated', 'indicates',
  'asserted', 'asserts', 'contended', 'contends', 'countered', 'counters', 'joked', 'jokes', 'quipped', 'mused',
  'predicted', 'predicts', 'reported', 'reports', 'commented', 'comments', 'shouted', 'whispered', 'repeated',
  'repeats', 'reiterated', 'reiterates', 'boasted', 'boasts', 'alleged', 'alleges', 'accused', 'accuses',
  'labeled', 'labelled', 'dubbed', 'branded', 'termed', 'characterized', 'characterised', 'threatened',
  'threatens', 'pledged', 'pledges', 'acknowledged', 'lamented', 'laments', 'insisted', 'concluded', 'concludes',
  'continued', 'continues', 'began', 'wondered', 'agreed', 'agrees', 'objected', 'protested', 'conceded',
  'signaled', 'signalled', 'hinted', 'wrote', 'texted', 'messaged', 'testified', 'swore', 'mentioned',
  'mentions', 'exclaimed', 'demanded', 'demands', 'proclaimed', 'recounted', 'related', 'disclosed', 'explained',
  // speech acts: what is thanked, praised or condemned is said
  'thanked', 'thanks', 'praised', 'praises', 'criticized', 'criticised', 'criticizes', 'blamed', 'blames',
  'apologized', 'apologised', 'welcomed', 'welcomes', 'condemned', 'condemns', 'hailed', 'hails', 'dismissed',
  'vowed', 'swore', 'agradeció', 'elogió', 'condenó', 'celebró', 'culpó',
];

/**
 * Domains that complete a title after `of`/`for`/`de` (`Secretary of State for Health`, `Minister of Economy`).
 */
export const TITLE_DOMAINS: ReadonlySet<string> = new Set([
  'health', 'economy', 'finance', 'finances', 'defense', 'defence', 'education', 'justice', 'labor', 'labour',
  'interior', 'foreign', 'affairs', 'public', 'works', 'environment', 'energy', 'agriculture', 'transport',
  'security', 'state', 'trade', 'industry', 'culture', 'housing', 'tourism', 'mines', 'mining', 'planning',
  'communications', 'science', 'technology', 'women', 'equality', 'development', 'relations', 'exteriores',
  'salud', 'economía', 'hacienda', 'defensa', 'educación', 'justicia', 'trabajo', 'obras', 'públicas',
  'ambiente', 'medio', 'energía', 'agricultura', 'transporte', 'seguridad', 'estado', 'comercio', 'industria',
  'cultura', 'vivienda', 'turismo', 'minería', 'relaciones', 'gobierno', 'government', 'home', 'treasury',
]);

/** Non-finite English reporting forms: the speaker is the subject of the main clause. */
const EN_NONFINITE = [
  'saying', 'telling', 'stating', 'adding', 'warning', 'noting', 'arguing', 'insisting', 'asking', 'claiming',
  'admitting', 'explaining', 'declaring', 'writing', 'tweeting', 'replying', 'answering', 'cautioning',
  'describing', 'calling', 'urging', 'acknowledging', 'confirming', 'revealing', 'recalling', 'complaining',
  'conceding', 'suggesting', 'announcing', 'promising', 'vowing', 'denying', 'asserting', 'stressing',
  'emphasizing', 'emphasising', 'observing', 'remarking', 'pointing', 'indicating', 'contending', 'countering',
  'predicting', 'reiterating', 'repeating', 'lamenting', 'labeling', 'labelling', 'dubbing', 'branding',
  'characterizing', 'characterising', 'threatening', 'pledging', 'quipping', 'joking', 'boasting', 'alleging',
  'accusing', 'concluding', 'mentioning', 'demanding', 'recounting', 'disclosing', 'testifying',
];

/** Spanish reporting verbs (preterite, present, imperfect, perfect participle). */
const ES_FINITE = [
  'dijo', 'dice', 'decía', 'dijeron', 'dicen', 'afirmó', 'afirma', 'afirmaba', 'afirmaron', 'aseguró', 'asegura',
  'aseguraba', 'aseguraron', 'añadió', 'añade', 'añadieron', 'advirtió', 'advierte', 'advirtieron', 'declaró',
  'declara', 'declararon', 'explicó', 'explica', 'explicaron', 'señaló', 'señala', 'señalaron', 'sostuvo',
  'sostiene', 'sostuvieron', 'indicó', 'indica', 'indicaron', 'manifestó', 'manifiesta', 'expresó', 'expresa',
  'agregó', 'agrega', 'agregaron', 'comentó', 'comenta', 'reconoció', 'reconoce', 'insistió', 'insiste',
  'subrayó', 'subraya', 'destacó', 'destaca', 'recordó', 'recuerda', 'apuntó', 'apunta', 'criticó', 'critica',
  'denunció', 'denuncia', 'respondió', 'responde', 'contestó', 'contesta', 'replicó', 'replica', 'preguntó',
  'pregunta', 'escribió', 'escribe', 'publicó', 'publica', 'tuiteó', 'tuitea', 'confesó', 'confiesa', 'admitió',
  'admite', 'negó', 'niega', 'prometió', 'promete', 'anunció', 'anuncia', 'aclaró', 'aclara', 'remarcó',
  'remarca', 'enfatizó', 'enfatiza', 'puntualizó', 'puntualiza', 'concluyó', 'concluye', 'reiteró', 'reitera',
  'revelo', 'reveló', 'revela', 'exclamó', 'exclama', 'lamentó', 'lamenta', 'acusó', 'acusa', 'calificó',
  'califica', 'llamó', 'llama', 'defendió', 'defiende', 'alertó', 'alerta', 'avisó', 'avisa', 'relató', 'relata',
  'contó', 'cuenta', 'narró', 'narra', 'opinó', 'opina', 'consideró', 'considera', 'estimó', 'estima',
  'sentenció', 'sentencia', 'zanjó', 'ironizó', 'bromeó', 'murmuró', 'susurró', 'gritó', 'protestó',
  'mencionó', 'menciona', 'planteó', 'plantea', 'propuso', 'propone', 'pidió', 'pide', 'exigió', 'exige',
  'dijera', 'dirá', 'ha dicho', 'comentaba', 'explicaba', 'añadía', 'insistía', 'sostenía', 'señalaba',
  'decía', 'continuó', 'continúa', 'prosiguió', 'interrumpió', 'quiso',
];

/** Spanish non-finite reporting forms (gerunds, participles). */
const ES_NONFINITE = [
  'diciendo', 'afirmando', 'asegurando', 'añadiendo', 'advirtiendo', 'declarando', 'explicando', 'señalando',
  'sosteniendo', 'indicando', 'agregando', 'insistiendo', 'subrayando', 'recordando', 'preguntando',
  'dicho', 'afirmado', 'asegurado', 'añadido', 'advertido', 'declarado', 'explicado', 'señalado', 'sostenido',
  'indicado', 'reconocido', 'insistido', 'subrayado', 'escrito', 'calificado', 'llamado', 'denunciado',
];

/** Every finite reporting verb, English and Spanish. */
export const FINITE_REPORTING_VERBS: ReadonlySet<string> = new Set([...EN_FINITE, ...ES_FINITE]);

/** Spanish finite reporting verbs (these allow the subject after the verb: `dijo Petro`). */
export const SPANISH_REPORTING_VERBS: ReadonlySet<string> = new Set(ES_FINITE);

/** Every non-finite reporting form, English and Spanish. */
export const NONFINITE_REPORTING_VERBS: ReadonlySet<string> = new Set([...EN_NONFINITE, ...ES_NONFINITE]);

/**
 * Nouns of saying whose possessor or `of`/`de` complement is the speaker:
 * `Trump’s characterization of him as a “sick man”`, `en palabras de Petro`.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'words', 'word', 'remarks', 'remark', 'comments', 'comment', 'characterization', 'characterizations',
  'characterisation', 'characterisations', 'description', 'descriptions', 'claim', 'claims', 'statement',
  'statements', 'accusation', 'accusations', 'phrase', 'phrases', 'term', 'terms', 'label', 'labels', 'call',
  'calls', 'warning', 'warnings', 'promise', 'promises', 'threat', 'threats', 'pledge', 'pledges', 'vow', 'vows',
  'assertion', 'assertions', 'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'speech', 'speeches',
  'insult', 'insults', 'slogan', 'slogans', 'nickname', 'nicknames', 'epithet', 'epithets', 'rhetoric',
  'description', 'portrayal', 'portrayals', 'references', 'reference', 'quote', 'quip', 'boast', 'argument',
  'arguments', 'description', 'view', 'verdict', 'answer', 'reply', 'response', 'question', 'complaint',
  'palabras', 'palabra', 'declaraciones', 'declaración', 'afirmación', 'afirmaciones', 'comentario',
  'comentarios', 'frase', 'frases', 'término', 'términos', 'mensaje', 'mensajes', 'discurso', 'expresión',
  'expresiones', 'calificativo', 'calificativos', 'acusación', 'acusaciones', 'advertencia', 'advertencias',
  'promesa', 'promesas', 'amenaza', 'amenazas', 'tuit', 'tuits', 'respuesta', 'pregunta', 'apodo', 'insulto',
  'insultos', 'lema',
]);

/** Words between a subject and its verb that do not end the subject (`Trump has publicly claimed`). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'might', 'may', 'also', 'later',
  'then', 'once', 'again', 'further', 'just', 'already', 'even', 'still', 'often', 'never', 'first', 'last',
  'since', 'recently', 'once', 'ha', 'había', 'habría', 'han', 'habían', 'también', 'ya', 'luego', 'después',
  'entonces', 'incluso', 'además', 'le', 'les', 'me', 'nos', 'se', 'te', 'lo', 'la', 'no',
]);

/** Personal pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'i', 'we', 'you', 'él', 'ella', 'ellos', 'ellas', 'yo', 'nosotros', 'nosotras', 'usted',
  'ustedes',
]);

/** Singular third-person pronouns that are resolved to a named person. */
export const RESOLVABLE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'él', 'ella', 'him', 'her', 'his']);

/**
 * Titles and role nouns (`President Petro`, `the U.S. president`, `la ministra`). A capitalized run that
 * contains one is split: the words after the last title are the name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'presidents', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'senator', 'senators',
  'ambassador', 'ambassadors', 'governor', 'mayor', 'congressman', 'congresswoman', 'representative', 'rep',
  'sen', 'gov', 'gen', 'general', 'admiral', 'colonel', 'captain', 'commander', 'chief', 'judge', 'justice',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'cardinal', 'father',
  'pastor', 'rabbi', 'imam', 'sheikh', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'dame',
  'lord', 'lady', 'deputy', 'foreign', 'state', 'interior', 'defense', 'defence', 'finance', 'attorney',
  'commissioner', 'envoy', 'diplomat', 'candidate', 'lawmaker', 'legislator', 'official', 'officials',
  'negotiator', 'advisor', 'adviser', 'head', 'founder', 'owner', 'coach', 'officer', 'premier', 'president-elect',
  'interim', 'acting', 'former', 'ex', 'executive', 'analyst',
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'ministro', 'ministra', 'canciller',
  'secretario', 'secretaria', 'senador', 'senadora', 'embajador', 'embajadora', 'gobernador', 'gobernadora',
  'alcalde', 'alcaldesa', 'diputado', 'diputada', 'congresista', 'general', 'jefe', 'jefa', 'juez', 'jueza',
  'fiscal', 'portavoz', 'vocero', 'vocera', 'líder', 'director', 'directora', 'rey', 'reina', 'papa',
  'don', 'doña', 'sr', 'sra', 'señor', 'señora', 'dirigente', 'mandatario', 'mandataria', 'candidato',
  'candidata', 'representante', 'consejero', 'consejera', 'asesor', 'asesora', 'jefe', 'delegado', 'delegada',
  'comisionado', 'comisionada', 'alto', 'primer', 'primera', 'exministro', 'exministra', 'expresidente',
  'expresidenta', 'defensor', 'defensora', 'procurador', 'procuradora', 'gerente', 'fundador', 'fundadora',
]);

/** Role nouns that head a descriptor subject (`the president`, `el mandatario`) and can be resolved to a name. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  [...TITLE_WORDS].filter(
    (w) => !['vice', 'prime', 'foreign', 'state', 'interior', 'defense', 'defence', 'finance', 'interim', 'acting',
      'former', 'ex', 'deputy', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'don', 'doña', 'sr', 'sra',
      'alto', 'primer', 'primera', 'rep', 'sen', 'gov', 'gen', 'attorney'].includes(w),
  ),
);

/** Determiners that open a descriptor (`the U.S. president`, `el mandatario colombiano`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'el', 'la', 'los', 'las', 'un', 'una', 'su',
  'sus', 'este', 'esta', 'ese', 'esa', 'aquel', 'aquella', 'dicho', 'dicha',
]);

/**
 * Capitalized words that start sentences but are not names (function words and sentence adverbs, EN+ES).
 * A capitalized run never starts with one of these.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'whereas', 'although',
  'though', 'because', 'since', 'as', 'after', 'before', 'until', 'unless', 'once', 'despite', 'regarding',
  'according', 'in', 'on', 'at', 'by', 'from', 'with', 'without', 'to', 'of', 'about', 'over', 'under', 'during',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'who', 'what', 'which', 'where', 'why', 'how', 'all', 'some', 'many',
  'most', 'no', 'not', 'yes', 'still', 'also', 'then', 'now', 'meanwhile', 'however', 'instead', 'speaking',
  'asked', 'later', 'earlier', 'last', 'next', 'both', 'each', 'every', 'such', 'even', 'only', 'just', 'more',
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'sino', 'si', 'cuando', 'mientras',
  'aunque', 'porque', 'como', 'tras', 'antes', 'después', 'según', 'en', 'con', 'sin', 'de', 'del', 'al', 'por',
  'para', 'sobre', 'desde', 'hasta', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'eso', 'esto', 'aquí',
  'allí', 'él', 'ella', 'ellos', 'ellas', 'su', 'sus', 'quien', 'qué', 'que', 'cómo', 'dónde', 'no', 'sí',
  'también', 'ya', 'entonces', 'ahora', 'además', 'sin embargo', 'pregunta', 'respuesta', 'exclusiva',
  'exclusive', 'breaking', 'update', 'opinion', 'analysis', 'watch', 'read', 'video', 'photo',
]);

/** Lower-case particles allowed inside a name (`Casa de Nariño`, `Ludwig van Beethoven`, `Secretary of State`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'of', 'le',
  'bin', 'al', 'el', 'for', 'para',
]);

/** Prepositions (English and Spanish): a name right after one is a complement (`the envoy for Karsenia`), not a subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'from', 'with', 'of', 'by', 'for', 'to', 'into', 'about', 'after', 'before', 'during', 'via',
  'en', 'de', 'del', 'con', 'por', 'para', 'a', 'al', 'desde', 'sobre', 'tras', 'ante',
]);

/** Possessive words that own a noun (`his remarks`, `her son`, `sus declaraciones`). */
export const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'su', 'sus', 'mi', 'nuestro', 'nuestra']);
