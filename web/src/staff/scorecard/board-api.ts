import { API_PATHS, fill, query } from '../../../../shared/api-paths';
import type { Action, ActionChange, NewAction } from '../../../../shared/schemas/actions';
import type { ApiError } from '../../../../shared/schemas/api-error';
import type { Round } from '../../../../shared/schemas/round';
import type { AnswerSource, History, Scorecard } from '../../../../shared/schemas/scorecard';
import type { CsvKind } from '../../../../shared/scoring/scorecard-csv';
import { ApiFailure, apiFetch, type Bearer, downloadWithToken, fetchWithBearer } from '../../lib/api';

/** How the board pages name what their figures count. */
export const ANSWERS_COUNTED: Record<AnswerSource, string> = {
  all: 'The survey and live sessions',
  survey: 'The survey only',
};
/** The address query that keeps the choice from page to page (empty for all answers). */
export const answersQuery = (answers: AnswerSource) => query({ answers: answers === 'all' ? undefined : answers });

export interface RoundItem {
  round: Round;
  open: boolean;
}

/**
 * The board's, the moderators' and the action recorders' calls for one council, with the signed-in token; the
 * scorecard and its CSV count `answers` (all, or the survey only).
 */
export const boardApi = (councilId: string, token: Bearer, answers: AnswerSource = 'all') => {
  const counted = answersQuery(answers);
  return {
    rounds: () => apiFetch<{ rounds: RoundItem[] }>(fill(API_PATHS.rounds, { councilId }), { token }),
    scorecard: (roundId: string) =>
      apiFetch<Scorecard>(`${fill(API_PATHS.scorecard, { councilId, roundId })}${counted}`, { token }),
    history: (roundId: string) => apiFetch<History>(fill(API_PATHS.history, { councilId, roundId }), { token }),
    addAction: (roundId: string, body: Partial<NewAction>) =>
      apiFetch<Action>(fill(API_PATHS.actions, { councilId, roundId }), { method: 'POST', body, token }),
    changeAction: (a: Action, change: Omit<ActionChange, 'version'>) =>
      apiFetch<Action>(fill(API_PATHS.action, { councilId, roundId: a.roundId, actionId: a.actionId }), {
        method: 'PATCH',
        body: { ...change, version: a.version },
        token,
      }),
    removeAction: async (a: Action) => {
      const res = await fetchWithBearer(
        `${fill(API_PATHS.action, { councilId, roundId: a.roundId, actionId: a.actionId })}${query({ version: a.version })}`,
        { method: 'DELETE' },
        token,
      );
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as Partial<ApiError> | null;
        throw new ApiFailure(
          body?.error?.message ?? `The server answered ${res.status}`,
          res.status,
          body?.error?.code ?? 'unknown',
        );
      }
    },
    /** A CSV needs the bearer token, so it is fetched and handed to the browser as a download. */
    downloadCsv: (roundId: string, kind: CsvKind) =>
      downloadWithToken(
        `${fill(API_PATHS.scorecardCsv, { councilId, roundId })}${query({ kind, answers: answers === 'all' ? undefined : answers })}`,
        token,
        `scorecard-${kind}${answers === 'survey' ? '-survey-only' : ''}.csv`,
      ),
  };
};
export type BoardApi = ReturnType<typeof boardApi>;
