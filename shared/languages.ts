import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from './language-table';

/** The languages (shared/language-table.ts, the one home of their codes, names, direction and voices) and their schema. */
export * from './language-table';

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]], {
  error: () => `Language must be one of: ${LANGUAGE_CODES.join(', ')}`,
});
