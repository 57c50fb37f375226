import type { Action, ActionChange, NewAction } from '../../../../shared/schemas/actions';
import type { ApiError } from '../../../../shared/schemas/api-error';
import type { Decision, QueueComment } from '../../../../shared/schemas/moderation';
import type { Round } from '../../../../shared/schemas/round';
import type { History, Scorecard } from '../../../../shared/schemas/scorecard';
import { ApiFailure, apiFetch, type Bearer, downloadWithToken, fetchWithBearer } from '../../lib/api';

export interface RoundItem {
  round: Round;
  open: boolean;
}

/** The board's, the moderators' and the action recorders' calls for one council, with the signed-in token. */
export const boardApi = (councilId: string, token: Bearer) => {
  const base = `/api/staff/councils/${councilId}`;
  const round = (roundId: string) => `${base}/rounds/${encodeURIComponent(roundId)}`;
  return {
    rounds: () => apiFetch<{ rounds: RoundItem[] }>(`${base}/rounds`, { token }),
    scorecard: (roundId: string) => apiFetch<Scorecard>(`${round(roundId)}/scorecard`, { token }),
    history: (roundId: string) => apiFetch<History>(`${round(roundId)}/history`, { token }),
    queue: (cursor?: string) =>
      apiFetch<{ comments: QueueComment[]; cursor?: string }>(
        `${base}/moderation/queue${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token },
      ),
    decide: (c: Pick<QueueComment, 'roundId' | 'commentId'>, decision: Decision) =>
      apiFetch<QueueComment>(`${round(c.roundId)}/comments/${c.commentId}/decision`, {
        method: 'POST',
        body: decision,
        token,
      }),
    flagUrgent: (c: Pick<QueueComment, 'roundId' | 'commentId'>) =>
      apiFetch<QueueComment>(`${round(c.roundId)}/comments/${c.commentId}/urgent`, { method: 'POST', token }),
    addAction: (roundId: string, body: Partial<NewAction>) =>
      apiFetch<Action>(`${round(roundId)}/actions`, { method: 'POST', body, token }),
    changeAction: (a: Action, change: Omit<ActionChange, 'version'>) =>
      apiFetch<Action>(`${round(a.roundId)}/actions/${a.actionId}`, {
        method: 'PATCH',
        body: { ...change, version: a.version },
        token,
      }),
    removeAction: async (a: Action) => {
      const res = await fetchWithBearer(
        `${round(a.roundId)}/actions/${a.actionId}?version=${a.version}`,
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
    /** The CSV needs the bearer token, so it is fetched and handed to the browser as a download. */
    downloadCsv: (roundId: string) => downloadWithToken(`${round(roundId)}/scorecard.csv`, token, 'scorecard.csv'),
  };
};
export type BoardApi = ReturnType<typeof boardApi>;
