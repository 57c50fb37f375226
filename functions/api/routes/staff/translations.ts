/** A council's translations of its own texts and its language choices, for its council admins. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CSV_MEDIA_TYPE } from '../../../../shared/csv';
import { CouncilIdSchema } from '../../../../shared/ids';
import { LanguageCodeSchema } from '../../../../shared/languages';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import {
  LanguageSettingsChangeSchema,
  LanguagesOverviewSchema,
  LanguageViewSchema,
  TranslationEditSchema,
  TranslationUploadSchema,
} from '../../../../shared/translations/views';
import type { RegisterRoutes } from '../../env';
import {
  changeLanguageSettings,
  editTranslation,
  importLanguageCsv,
  languageCsv,
  languagesOverview,
} from '../../services/translations';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const councilParams = z.object({ councilId: CouncilIdSchema });
const languageParams = councilParams.extend({ language: LanguageCodeSchema });
const textParams = languageParams.extend({ textId: z.string().min(1).max(80) });
const tags = ['staff', 'languages'];
const conflictAnswer = { 409: json(ApiErrorSchema, 'Someone changed this language meanwhile: reload it') };

const overview = staffRoute({
  method: 'get',
  path: API_PATHS.languages,
  tags,
  summary:
    'Every language the survey can be read in besides English: how much of the council’s texts are translated, out of date or missing, and whether young people are offered it',
  roles: ['council-admin'],
  request: { params: councilParams },
  responses: { 200: json(LanguagesOverviewSchema, 'The languages'), ...staffErrors },
});

const settings = staffRoute({
  method: 'put',
  path: API_PATHS.language,
  tags,
  summary:
    'Switch a language on or off, choose the English-promises notice, record the fluent speaker who checked the screen words; send the version you read',
  roles: ['council-admin'],
  request: { params: languageParams, body: jsonBody(LanguageSettingsChangeSchema) },
  responses: { 200: json(LanguageViewSchema, 'The language as changed'), ...staffErrors, ...conflictAnswer },
});

const download = staffRoute({
  method: 'get',
  path: API_PATHS.languageCsv,
  tags,
  summary: 'The file for a translator: one row per text, with its English and the translation when up to date',
  roles: ['council-admin'],
  request: { params: languageParams },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV with id, kind, english, translation, source_hash',
    },
    ...staffErrors,
  },
});

const upload = staffRoute({
  method: 'put',
  path: API_PATHS.languageCsv,
  tags,
  summary:
    'Import a translator’s file; when a row has a problem nothing is saved and the answer lists every row (issues with path "row N")',
  roles: ['council-admin'],
  request: { params: languageParams, body: jsonBody(TranslationUploadSchema) },
  responses: {
    200: json(LanguageViewSchema, 'The language with the file’s translations'),
    ...staffErrors,
    ...conflictAnswer,
  },
});

const edit = staffRoute({
  method: 'put',
  path: API_PATHS.languageText,
  tags,
  summary: 'Change one translation (empty removes it, so the English shows)',
  roles: ['council-admin'],
  request: { params: textParams, body: jsonBody(TranslationEditSchema) },
  responses: { 200: json(LanguageViewSchema, 'The language as changed'), ...staffErrors, ...conflictAnswer },
});

export const registerTranslations: RegisterRoutes = (app, deps) => {
  app.openapi(overview, async (c) => c.json(await languagesOverview(deps, c.req.valid('param').councilId), 200));
  app.openapi(settings, async (c) => {
    const { councilId, language } = c.req.valid('param');
    return c.json(await changeLanguageSettings(deps, c.get('staff'), councilId, language, c.req.valid('json')), 200);
  });
  app.openapi(download, async (c) => {
    const { councilId, language } = c.req.valid('param');
    const { csv, fileName } = await languageCsv(deps, c.get('staff'), councilId, language);
    c.header('Content-Type', CSV_MEDIA_TYPE);
    c.header('Content-Disposition', `attachment; filename="${fileName}"`);
    return c.body(csv, 200);
  });
  app.openapi(upload, async (c) => {
    const { councilId, language } = c.req.valid('param');
    return c.json(await importLanguageCsv(deps, c.get('staff'), councilId, language, c.req.valid('json')), 200);
  });
  app.openapi(edit, async (c) => {
    const { councilId, language, textId } = c.req.valid('param');
    return c.json(await editTranslation(deps, c.get('staff'), councilId, language, textId, c.req.valid('json')), 200);
  });
};
