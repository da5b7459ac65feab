import { type Span } from '../../types.js';

/**
 * What kind of candidate name a mention is:
 * - `name`: a capitalized sequence (`Gustavo Petro`, `Casa de Nariño`, `EL PAÍS América`);
 * - `acronym`: capitals or dotted initials alone (`FARC`, `U.S.`, `EE. UU.`);
 * - `handle`: a social-media handle (`@ElPaisAmericaCo`);
 * - `hashtag`: a hashtag (`#Colombia`).
 */
export type NameKind = 'name' | 'acronym' | 'handle' | 'hashtag';

/** A candidate named entity with its exact offsets. */
export interface NameMention extends Span {
  /** What kind of candidate it is. */
  kind: NameKind;
  /** Comparison key: lowercase, accents removed, tokens joined by one space (`García-Peña` → `garcia pena`). */
  key: string;
  /** True when the mention starts a sentence (less certain to be a name). */
  sentenceInitial: boolean;
}
