import type { z } from 'zod';
import { API_PATHS, fill } from '../../../../shared/api-paths';
import type { RatingCounts } from '../../../../shared/rating';
import type {
  CreateSession,
  SessionListSchema,
  SessionOptions,
  SessionStateView,
  SessionSummaryView,
  SessionView,
  SessionWithState,
} from '../../../../shared/sessions/schemas';
import type { SessionAction } from '../../../../shared/sessions/state';
import { apiFetch, type Bearer, downloadWithToken } from '../../lib/api';

export type SessionListItem = z.infer<typeof SessionListSchema>['sessions'][number];

/** The facilitator's calls, for one council, with the signed-in staff member's token. */
export const sessionApi = (councilId: string, token: Bearer) => {
  const session = (sessionId: string) => ({ councilId, sessionId });
  const sessions = fill(API_PATHS.sessions, { councilId });
  return {
    livePath: (sessionId: string) => fill(API_PATHS.sessionLive, session(sessionId)),
    options: () => apiFetch<SessionOptions>(fill(API_PATHS.sessionOptions, { councilId }), { token }),
    list: () => apiFetch<{ sessions: SessionListItem[] }>(sessions, { token }),
    create: (body: Partial<CreateSession> & { roundId: string }) =>
      apiFetch<SessionWithState>(sessions, { method: 'POST', body, token }),
    get: (sessionId: string) => apiFetch<SessionWithState>(fill(API_PATHS.session, session(sessionId)), { token }),
    control: (sessionId: string, action: SessionAction, version: number) =>
      apiFetch<SessionStateView>(fill(API_PATHS.sessionControl, session(sessionId)), {
        method: 'POST',
        body: { action, version },
        token,
      }),
    tallies: (sessionId: string) =>
      apiFetch<{ counts: Record<string, RatingCounts> }>(fill(API_PATHS.sessionTallies, session(sessionId)), {
        token,
      }),
    setTally: (sessionId: string, promiseId: string, counts: RatingCounts) =>
      apiFetch<{ promiseId: string; counts: RatingCounts }>(
        fill(API_PATHS.sessionTally, { ...session(sessionId), promiseId }),
        { method: 'PUT', body: { counts }, token },
      ),
    note: (sessionId: string, body: { noteId: string; promiseId: string; text: string }) =>
      apiFetch<{ commentId: string; urgent: boolean }>(fill(API_PATHS.sessionNotes, session(sessionId)), {
        method: 'POST',
        body,
        token,
      }),
    confirm: (sessionId: string) =>
      apiFetch<SessionView>(fill(API_PATHS.sessionConfirm, session(sessionId)), { method: 'POST', token }),
    summary: (sessionId: string) =>
      apiFetch<SessionSummaryView>(fill(API_PATHS.sessionSummary, session(sessionId)), { token }),
    /** The CSV needs the bearer token, so it is fetched and handed to the browser as a download. */
    downloadCsv: (sessionId: string) =>
      downloadWithToken(fill(API_PATHS.sessionSummaryCsv, session(sessionId)), token, 'session.csv'),
  };
};
