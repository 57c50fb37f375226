/** The moderators' calls for one council, with the signed-in token. */
import { API_PATHS, fill, query } from '../../../../shared/api-paths';
import type { Decision, QueueComment, QueueQuery } from '../../../../shared/schemas/moderation';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import { apiFetch, type Bearer } from '../../lib/api';
import type { RoundItem } from '../scorecard/board-api';

type Of = Pick<QueueComment, 'roundId' | 'commentId'>;
export type QueueFilter = Partial<Pick<QueueQuery, 'state' | 'roundId' | 'promiseId'>>;

export const moderationApi = (councilId: string, token: Bearer) => {
  const at = (c: Of) => ({ councilId, roundId: c.roundId, commentId: c.commentId });
  const post = (url: string, body?: unknown) =>
    apiFetch<QueueComment>(url, { method: 'POST', token, ...(body === undefined ? {} : { body }) });
  return {
    rounds: () => apiFetch<{ rounds: RoundItem[] }>(fill(API_PATHS.rounds, { councilId }), { token }),
    pledge: () => apiFetch<{ pledge: PledgeVersion | null }>(fill(API_PATHS.pledge, { councilId }), { token }),
    queue: (filter: QueueFilter, cursor?: string) =>
      apiFetch<{ comments: QueueComment[]; cursor?: string }>(
        `${fill(API_PATHS.moderationQueue, { councilId })}${query({ ...filter, cursor })}`,
        { token },
      ),
    decide: (c: Of, decision: Decision) => post(fill(API_PATHS.commentDecision, at(c)), decision),
    undo: (c: Of) => post(fill(API_PATHS.commentUndo, at(c))),
    acknowledge: (c: Of) => post(fill(API_PATHS.commentAcknowledge, at(c))),
    flagUrgent: (c: Of) => post(fill(API_PATHS.commentUrgent, at(c))),
    sentWith: (c: Of) => apiFetch<{ comments: QueueComment[] }>(fill(API_PATHS.commentSentWith, at(c)), { token }),
  };
};
export type ModerationApi = ReturnType<typeof moderationApi>;
