import type { AppDeps } from '../deps';
import type { UrgentCommentAlert } from '../notifier';

/**
 * Tells the safeguarding lead about an urgent comment. The comment is already stored and flagged urgent
 * in the queue, so a failed alert is logged for the operators and never loses the answers or the note.
 */
export const alertSafeguarding = (
  deps: Pick<AppDeps, 'notifier' | 'logger'>,
  alert: UrgentCommentAlert,
): Promise<void> =>
  deps.notifier
    .urgentComment(alert)
    .catch((e: Error) =>
      deps.logger.error('safeguarding alert failed', { commentId: alert.commentId, error: e.message }),
    );
