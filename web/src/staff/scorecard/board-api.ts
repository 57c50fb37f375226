import { API_PATHS, fill, query } from '../../../../shared/api-paths';
import type { Action, ActionChange, NewAction } from '../../../../shared/schemas/actions';
import type { ApiError } from '../../../../shared/schemas/api-error';
import type { Round } from '../../../../shared/schemas/round';
import type { History, Scorecard } from '../../../../shared/schemas/scorecard';
import type { CsvKind } from '../../../../shared/scoring/scorecard-csv';
import { ApiFailure, apiFetch, type Bearer, downloadWithToken, fetchWithBearer } from '../../lib/api';

export interface RoundItem {
  round: Round;
  open: boolean;
}

/** The board's, the moderators' and the action recorders' calls for one council, with the signed-in token. */
export const boardApi = (councilId: string, token: Bearer) => {
  return {
    rounds: () => apiFetch<{ rounds: RoundItem[] }>(fill(API_PATHS.rounds, { councilId }), { token }),
    scorecard: (roundId: string) => apiFetch<Scorecard>(fill(API_PATHS.scorecard, { councilId, roundId }), { token }),
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
        `${fill(API_PATHS.scorecardCsv, { councilId, roundId })}${query({ kind })}`,
        token,
        `scorecard-${kind}.csv`,
      ),
  };
};
export type BoardApi = ReturnType<typeof boardApi>;
