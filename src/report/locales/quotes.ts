/**
 * Messages of the quote checker (`findQuoteMismatches`) and of its text report (`renderText`), in English
 * and Spanish. Keys are finding types (plus variants and report labels); values are i18next strings with
 * `{{interpolations}}`.
 */
export const quotesMessages = {
  en: {
    number: 'The source says {{expected}}; the English says {{actual}}.',
    numberMissing: 'The English says {{actual}}; the source has no such number.',
    numberDropped: 'The source says {{expected}}; the English leaves it out.',
    date: 'The source gives the date {{expected}}; the English says {{actual}}.',
    dateMissing: 'The English gives the date {{actual}}; the source has no such date.',
    dateDropped: 'The source gives the date {{expected}}; the English leaves it out.',
    entity: 'The source names {{expected}}; the English names {{actual}}.',
    entityMissing: 'The English names {{actual}}, who is not in the source.',
    diacritics: '“{{actual}}” is “{{expected}}” without its accents.',
    negationAdded: 'The English negates (“{{actual}}”); the source does not.',
    negationDropped: 'The source negates (“{{expected}}”); the English does not.',
    omission: 'The English leaves out “{{expected}}”.',
    addition: 'The English adds “{{actual}}”, which is not in the source.',
    wording: '“{{expected}}” is rendered as “{{actual}}”, which does not translate it.',
    speaker: 'The source attributes this to {{expected}}; the English to {{actual}}.',
    unsourced: 'No Spanish source found for this quotation.',
    report: {
      title: 'Quotations checked: {{count}}',
      summary: '{{match}} match, {{mismatch}} mismatch, {{unsourced}} unsourced; {{claims}} claim findings.',
      claims: 'Claims outside quotations',
      noQuotes: 'No English quotations found.',
      source: 'source',
      speaker: 'speaker',
      status: {
        match: 'match',
        mismatch: 'mismatch',
        unsourced: 'unsourced',
      },
      severity: {
        error: 'error',
        warning: 'warning',
        info: 'info',
      },
    },
  },
  es: {
    number: 'La fuente dice {{expected}}; el inglés dice {{actual}}.',
    numberMissing: 'El inglés dice {{actual}}; la fuente no tiene ese número.',
    numberDropped: 'La fuente dice {{expected}}; el inglés lo omite.',
    date: 'La fuente da la fecha {{expected}}; el inglés dice {{actual}}.',
    dateMissing: 'El inglés da la fecha {{actual}}; la fuente no tiene esa fecha.',
    dateDropped: 'La fuente da la fecha {{expected}}; el inglés la omite.',
    entity: 'La fuente nombra a {{expected}}; el inglés, a {{actual}}.',
    entityMissing: 'El inglés nombra a {{actual}}, que no está en la fuente.',
    diacritics: '«{{actual}}» es «{{expected}}» sin sus tildes.',
    negationAdded: 'El inglés niega («{{actual}}»); la fuente no.',
    negationDropped: 'La fuente niega («{{expected}}»); el inglés no.',
    omission: 'El inglés omite «{{expected}}».',
    addition: 'El inglés añade «{{actual}}», que no está en la fuente.',
    wording: '«{{expected}}» se traduce como «{{actual}}», que no es su traducción.',
    speaker: 'La fuente lo atribuye a {{expected}}; el inglés, a {{actual}}.',
    unsourced: 'No se encontró la fuente en español de esta cita.',
    report: {
      title: 'Citas revisadas: {{count}}',
      summary: '{{match}} coinciden, {{mismatch}} con discrepancias, {{unsourced}} sin fuente; {{claims}} hallazgos en afirmaciones.',
      claims: 'Afirmaciones fuera de las citas',
      noQuotes: 'No se encontraron citas en inglés.',
      source: 'fuente',
      speaker: 'hablante',
      status: {
        match: 'coincide',
        mismatch: 'discrepa',
        unsourced: 'sin fuente',
      },
      severity: {
        error: 'error',
        warning: 'aviso',
        info: 'info',
      },
    },
  },
} as const;
