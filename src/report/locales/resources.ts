/**
 * Messages of the i18next resource checker (`checkResources`), in English and Spanish.
 */
export const resourcesMessages = {
  en: {},
  es: {},
} as const;
