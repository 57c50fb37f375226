import type { z } from 'zod';
import type { RatingCounts } from '../../../../shared/rating';
import type {
  CreateSession,
  SessionListSchema,
  SessionOptions,
  SessionStateView,
  SessionSummaryView,
  SessionWithState,
} from '../../../../shared/sessions/schemas';
import type { SessionAction } from '../../../../shared/sessions/state';
import { apiFetch, type Bearer, downloadWithToken } from '../../lib/api';

export type SessionListItem = z.infer<typeof SessionListSchema>['sessions'][number];

/** The facilitator's calls, for one council, with the signed-in staff member's token. */
export const sessionApi = (councilId: string, token: Bearer) => {
  const base = `/api/staff/councils/${councilId}/sessions`;
  return {
    base,
    livePath: (sessionId: string) => `${base}/${sessionId}/live`,
    options: () => apiFetch<SessionOptions>(`/api/staff/councils/${councilId}/session-options`, { token }),
    list: () => apiFetch<{ sessions: SessionListItem[] }>(base, { token }),
    create: (body: Partial<CreateSession> & { roundId: string }) =>
      apiFetch<SessionWithState>(base, { method: 'POST', body, token }),
    get: (sessionId: string) => apiFetch<SessionWithState>(`${base}/${sessionId}`, { token }),
    control: (sessionId: string, action: SessionAction, version: number) =>
      apiFetch<SessionStateView>(`${base}/${sessionId}/control`, { method: 'POST', body: { action, version }, token }),
    tallies: (sessionId: string) =>
      apiFetch<{ counts: Record<string, RatingCounts> }>(`${base}/${sessionId}/tallies`, { token }),
    setTally: (sessionId: string, promiseId: string, counts: RatingCounts) =>
      apiFetch<{ promiseId: string; counts: RatingCounts }>(`${base}/${sessionId}/tallies/${promiseId}`, {
        method: 'PUT',
        body: { counts },
        token,
      }),
    note: (sessionId: string, body: { noteId: string; promiseId: string; text: string }) =>
      apiFetch<{ commentId: string; urgent: boolean }>(`${base}/${sessionId}/notes`, { method: 'POST', body, token }),
    summary: (sessionId: string) => apiFetch<SessionSummaryView>(`${base}/${sessionId}/summary`, { token }),
    /** The CSV needs the bearer token, so it is fetched and handed to the browser as a download. */
    downloadCsv: (sessionId: string) => downloadWithToken(`${base}/${sessionId}/summary.csv`, token, 'session.csv'),
  };
};
