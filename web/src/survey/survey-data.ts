import { API_PATHS, fill } from '../../../shared/api-paths';
import type { PublicActions } from '../../../shared/schemas/actions';
import type { PublicSurvey } from '../../../shared/schemas/public-survey';
import { ApiFailure, apiFetch, type FailureCode } from '../lib/api';

export type SurveyPledge = NonNullable<PublicSurvey['pledge']>;
export type SurveyPromise = SurveyPledge['sections'][number]['promises'][number];
export type OpenRound = NonNullable<PublicSurvey['round']>;

/** The promises in the order they are asked, each with the title of its section. */
export const flatPromises = (
  pledge: SurveyPledge,
): { promise: SurveyPromise; sectionTitle: string; sectionId: string }[] =>
  pledge.sections.flatMap((s) =>
    s.promises.map((promise) => ({ promise, sectionTitle: s.title, sectionId: s.sectionId })),
  );

export const councilPath = (slug: string) => fill(API_PATHS.survey, { slug });

/** The council's survey data; `fresh` asks past the browser's short-lived copy (after a refusal: has the round closed?). */
export const loadSurvey = (slug: string, fresh = false): Promise<PublicSurvey> =>
  apiFetch<PublicSurvey>(councilPath(slug), fresh ? { cache: 'no-cache' } : {});

export type { PublicActions };

/** "You said, we did" as the council published it; none yet (or no such route) is an empty list. */
export const loadActions = async (slug: string): Promise<PublicActions> => {
  try {
    return await apiFetch<PublicActions>(`${councilPath(slug)}/actions`);
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return { round: null, actions: [] };
    throw e;
  }
};

/** Asks the server whether a one-time code can be used in this round. */
export const checkCode = async (
  roundId: string,
  code: string,
): Promise<{ ok: true } | { ok: false; message: string; network: boolean; status: number; code: FailureCode }> => {
  try {
    await apiFetch<{ ok: true }>(fill(API_PATHS.accessCodeCheck, { roundId }), {
      method: 'POST',
      body: { code },
    });
    return { ok: true };
  } catch (e) {
    const f = e as ApiFailure;
    return { ok: false, message: f.message, network: f.network, status: f.status, code: f.code };
  }
};
