/** The council admin's calls for the council's languages: how far each is translated, the translator's file, one text, the choices. */

import { API_PATHS, fill } from '../../../../shared/api-paths';
import type { LanguageCode } from '../../../../shared/languages';
import type { LanguageSettingsChange, LanguageView } from '../../../../shared/translations/views';
import { apiFetch, type Bearer, downloadWithToken } from '../../lib/api';

export const languagesApi = (token: Bearer, councilId: string) => {
  const of = (language: LanguageCode) => ({ councilId, language });
  return {
    all: () =>
      apiFetch<{ languages: LanguageView[] }>(fill(API_PATHS.languages, { councilId }), { token }).then(
        (r) => r.languages,
      ),
    /** The CSV needs the bearer token, so it is fetched and handed to the browser as a download. */
    downloadCsv: (language: LanguageCode) =>
      downloadWithToken(fill(API_PATHS.languageCsv, of(language)), token, `translations-${language}.csv`),
    uploadCsv: (language: LanguageCode, csv: string, version: number) =>
      apiFetch<LanguageView>(fill(API_PATHS.languageCsv, of(language)), {
        method: 'PUT',
        token,
        body: { csv, version },
      }),
    saveText: (language: LanguageCode, textId: string, text: string, version: number) =>
      apiFetch<LanguageView>(fill(API_PATHS.languageText, { ...of(language), textId }), {
        method: 'PUT',
        token,
        body: { text, version },
      }),
    saveSettings: (language: LanguageCode, change: LanguageSettingsChange) =>
      apiFetch<LanguageView>(fill(API_PATHS.language, of(language)), { method: 'PUT', token, body: change }),
  };
};
