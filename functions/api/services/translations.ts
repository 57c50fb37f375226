/**
 * A council admin translates the council's own texts (promises, easy-read words, section titles, help
 * contacts) into a language, and decides whether young people are offered it (docs/translations.md).
 */
import { LANGUAGES, type LanguageCode, SOURCE_LANGUAGE, TRANSLATION_LANGUAGES } from '../../../shared/languages';
import { PROMISE_TEXT_MAX_CHARS } from '../../../shared/limits';
import type { StaffClaims } from '../../../shared/roles';
import type { Council } from '../../../shared/schemas/council';
import type { PledgeVersion } from '../../../shared/schemas/pledge';
import { isRoundOpen } from '../../../shared/schemas/round';
import {
  type CouncilLanguageRecord,
  emptyCouncilLanguage,
  type LanguageSettings,
  offeredLanguages,
  switchOnProblem,
} from '../../../shared/translations/offer';
import {
  exportTranslationCsv,
  importTranslationCsv,
  type SourceText,
  sourceHash,
  sourceTexts,
  type TranslationSet,
  translationReport,
} from '../../../shared/translations/texts';
import { type LanguageSettingsChange, type LanguageView, rowPath } from '../../../shared/translations/views';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { badRequest, conflict, notFound } from '../http-error';
import { recordAudit } from './audit';

const MEANWHILE =
  'Someone changed this language meanwhile. Reload the page to see their change, then make yours again.';

/** The pledge young people answer now, and its round: the open round's; with no round open, the latest published version. */
const currentPledge = async (
  deps: AppDeps,
  council: Council,
): Promise<{ pledge: PledgeVersion | null; roundName: string | null }> => {
  const now = deps.now();
  const round = (await deps.store.rounds.listForCouncil(council.councilId)).find((r) => isRoundOpen(r, now));
  return round
    ? {
        pledge: await deps.store.pledges.get(council.councilId, round.pledgeId, round.pledgeVersion),
        roundName: round.name,
      }
    : { pledge: await deps.store.pledges.latest(council.councilId), roundName: null };
};

const loadCouncil = async (deps: AppDeps, councilId: string) => {
  const council = await deps.store.councils.get(councilId);
  if (!council) throw notFound('There is no such council');
  return council;
};

const translationLanguage = (language: LanguageCode) => {
  if (language === SOURCE_LANGUAGE) {
    throw badRequest('English is the language the pledge is written in; choose another language to translate into');
  }
  return language;
};

interface Context {
  council: Council;
  texts: SourceText[];
  pledge: PledgeVersion | null;
}

const context = async (deps: AppDeps, councilId: string): Promise<Context> => {
  const council = await loadCouncil(deps, councilId);
  const { pledge, roundName } = await currentPledge(deps, council);
  return {
    council,
    pledge,
    texts: sourceTexts(pledge, council.helpContacts, { council: council.name, round: roundName }),
  };
};

const viewOf = (ctx: Context, record: CouncilLanguageRecord, offered: boolean): LanguageView => {
  const report = translationReport(ctx.texts, record.translations);
  return {
    language: record.settings.language,
    switchedOn: record.settings.switchedOn,
    englishPromisesNotice: record.settings.englishPromisesNotice,
    screenWordsCheck: record.settings.screenWordsCheck,
    offered,
    report: {
      total: report.total,
      upToDate: report.upToDate,
      missing: report.missing.length,
      outOfDate: report.outOfDate.length,
      optionalLeft: report.optionalLeft,
      complete: report.complete,
    },
    texts: ctx.texts.map((t) => {
      const kept = record.translations[t.id];
      return {
        id: t.id,
        kind: t.kind,
        english: t.source,
        translation: kept?.text ?? null,
        status: !kept ? 'missing' : kept.sourceHash === sourceHash(t.source) ? 'up-to-date' : 'out-of-date',
        optional: t.optional === true,
      };
    }),
    version: record.version,
  };
};

const offeredNow = (ctx: Context, records: CouncilLanguageRecord[]) =>
  new Set(offeredLanguages(ctx.pledge, ctx.council.helpContacts, records).map((o) => o.language));

const recordOf = async (deps: AppDeps, councilId: string, language: LanguageCode) =>
  (await deps.store.translations.get(councilId, language)) ?? emptyCouncilLanguage(language);

export const languagesOverview = async (deps: AppDeps, councilId: string) => {
  const ctx = await context(deps, councilId);
  const stored = await deps.store.translations.list(councilId);
  const records = TRANSLATION_LANGUAGES.map(
    (l) => stored.find((r) => r.settings.language === l) ?? emptyCouncilLanguage(l),
  );
  const offered = offeredNow(ctx, records);
  return { languages: records.map((r) => viewOf(ctx, r, offered.has(r.settings.language))) };
};

const languageView = async (deps: AppDeps, ctx: Context, record: CouncilLanguageRecord) => {
  const others = (await deps.store.translations.list(ctx.council.councilId)).filter(
    (r) => r.settings.language !== record.settings.language,
  );
  return viewOf(ctx, record, offeredNow(ctx, [...others, record]).has(record.settings.language));
};

const save = async (
  deps: AppDeps,
  councilId: string,
  before: CouncilLanguageRecord,
  expectedVersion: number,
  next: { settings: LanguageSettings; translations: TranslationSet },
): Promise<CouncilLanguageRecord> => {
  if (before.version !== expectedVersion) throw conflict(MEANWHILE);
  try {
    await deps.store.translations.put(councilId, next, expectedVersion);
  } catch (e) {
    if (e instanceof ConflictError) throw conflict(MEANWHILE);
    throw e;
  }
  return { ...next, version: expectedVersion + 1 };
};

export const languageCsv = async (deps: AppDeps, staff: StaffClaims, councilId: string, language: LanguageCode) => {
  const ctx = await context(deps, councilId);
  const record = await recordOf(deps, councilId, translationLanguage(language));
  await recordAudit(deps, staff, {
    councilId,
    action: 'translations.export',
    target: language,
    details: { texts: ctx.texts.length },
  });
  return {
    csv: exportTranslationCsv(ctx.texts, record.translations),
    fileName: `translations-${ctx.council.slug}-${LANGUAGES[language].englishName.toLowerCase().replace(/[^a-z]+/g, '-')}.csv`,
  };
};

export const importLanguageCsv = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  language: LanguageCode,
  body: { csv: string; version: number },
) => {
  const ctx = await context(deps, councilId);
  const before = await recordOf(deps, councilId, translationLanguage(language));
  const result = importTranslationCsv(body.csv, ctx.texts, before.translations, PROMISE_TEXT_MAX_CHARS);
  if (!result.ok) {
    throw badRequest(
      `Nothing was saved: the file has ${result.problems.length === 1 ? 'a problem' : `${result.problems.length} problems`}. Fix ${result.problems.length === 1 ? 'it' : 'them'} and upload it again.`,
      result.problems.map((p) => ({ path: rowPath(p.row), message: p.message })),
    );
  }
  const after = await save(deps, councilId, before, body.version, {
    settings: before.settings,
    translations: result.translations,
  });
  await recordAudit(deps, staff, {
    councilId,
    action: 'translations.import',
    target: language,
    details: { imported: result.imported },
  });
  return languageView(deps, ctx, after);
};

export const editTranslation = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  language: LanguageCode,
  textId: string,
  body: { text: string; version: number },
) => {
  const ctx = await context(deps, councilId);
  const text = ctx.texts.find((t) => t.id === textId);
  if (!text) throw notFound(`"${textId}" is not a text of the pledge or the help contacts`);
  const before = await recordOf(deps, councilId, translationLanguage(language));
  const translations = { ...before.translations };
  if (body.text === '') delete translations[textId];
  else translations[textId] = { text: body.text, sourceHash: sourceHash(text.source) };
  const after = await save(deps, councilId, before, body.version, { settings: before.settings, translations });
  await recordAudit(deps, staff, { councilId, action: 'translations.edit', target: `${language}:${textId}` });
  return languageView(deps, ctx, after);
};

export const changeLanguageSettings = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  language: LanguageCode,
  change: LanguageSettingsChange,
) => {
  const ctx = await context(deps, councilId);
  const before = await recordOf(deps, councilId, translationLanguage(language));
  const settings: LanguageSettings = {
    language,
    switchedOn: change.switchedOn,
    englishPromisesNotice: change.englishPromisesNotice,
    screenWordsCheck: change.checkedBy
      ? { checkedBy: change.checkedBy, checkedAt: deps.now().toISOString() }
      : before.settings.screenWordsCheck,
  };
  const problem = switchOnProblem(settings);
  if (problem) throw badRequest(problem);
  const after = await save(deps, councilId, before, change.version, { settings, translations: before.translations });
  await recordAudit(deps, staff, {
    councilId,
    action: 'language.settings',
    target: language,
    details: {
      switchedOn: settings.switchedOn,
      englishPromisesNotice: settings.englishPromisesNotice,
      ...(change.checkedBy ? { checkedBy: change.checkedBy } : {}),
    },
  });
  return languageView(deps, ctx, after);
};
