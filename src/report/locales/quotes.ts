/**
 * Messages of the quote checker (`findQuoteMismatches`), in English and Spanish.
 * Keys are finding types; values are i18next strings with `{{interpolations}}`.
 */
export const quotesMessages = {
  en: {
    unsourced: 'No Spanish source found for this quotation.',
  },
  es: {
    unsourced: 'No se encontró la fuente en español de esta cita.',
  },
} as const;
