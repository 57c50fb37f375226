import { useEffect, useState } from 'preact/hooks';
import type { Decision, QueueComment } from '../../../../shared/schemas/moderation';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { boardApi } from '../scorecard/board-api';
import { useStaff } from '../use-staff';
import { CommentCard } from './CommentCard';
import '../scorecard/board.css';
import './moderation.css';

const DONE: Record<Decision['decision'], string> = {
  approve: 'Approved: the board will see it beside its promise.',
  redact: 'Approved with words hidden: the board will see only what is left.',
  reject: 'Rejected: nobody else will see it.',
  refer:
    'Referred under your safeguarding procedure: it is in "Decided", and the board will not see it unless approved.',
  withdraw: 'Withdrawn from the board: it is waiting in the queue again.',
};

/** Every comment and session note waits here until a moderator decides; those that may show a risk come first. */
export const ModerationPage = () => {
  const { me, error: staffError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const api = councilId ? boardApi(councilId, token) : null;
  const [comments, setComments] = useState<QueueComment[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = async (more = false) => {
    if (!api) return;
    const page = await api.queue(more ? cursor : undefined);
    setComments(more ? [...(comments ?? []), ...page.comments] : page.comments);
    setCursor(page.cursor);
  };
  useEffect(() => {
    load().catch((e: ApiFailure) => setError(e.message));
  }, [councilId]);

  const decide = (c: QueueComment) => async (d: Decision) => {
    setError(null);
    try {
      await api!.decide(c, d);
      setComments((list) => (list ?? []).filter((x) => x.commentId !== c.commentId));
      setStatus(DONE[d.decision]);
    } catch (e) {
      setError((e as ApiFailure).message);
      if ((e as ApiFailure).status === 409) await load();
    }
  };

  const flag = (c: QueueComment) => async () => {
    setError(null);
    try {
      await api!.flagUrgent(c);
      setStatus('Marked urgent: it is now at the top of the queue and the safeguarding lead has been alerted.');
    } catch (e) {
      setError((e as ApiFailure).message);
    }
    await load().catch((e: ApiFailure) => setError(e.message));
  };

  const urgent = comments?.filter((c) => c.urgent).length ?? 0;
  return (
    <StaffLayout title="Comments to moderate" who={me?.email}>
      <h1>Comments to moderate</h1>
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {status && (
        <p class="notice" aria-hidden="true">
          {status}
        </p>
      )}
      <p>
        Nothing young people write reaches the board until you approve it. You can hide words that could identify
        someone (a name, a school, a street) and approve the rest, or reject a comment. Every decision is recorded with
        your name and the time.
      </p>
      <p>
        If a comment worries you but is not marked, press <strong>Mark urgent</strong>: it moves to the top and the
        safeguarding lead is alerted. To hide words: select them in the comment (with the mouse, or Shift and the arrow
        keys), press <strong>Hide the selected words</strong>, check what the board will read, then approve.
      </p>
      {comments === null && !error && <p role="status">Loading the queue…</p>}
      {comments && (
        <>
          <p class="queue-count">
            <strong>
              {comments.length}
              {cursor ? '+' : ''}
            </strong>{' '}
            waiting
            {urgent > 0 && (
              <>
                , <strong class="urgent-count">{urgent} to read first</strong>
              </>
            )}
          </p>
          {comments.length === 0 ? (
            <p>Nothing is waiting. New comments arrive here as young people send them.</p>
          ) : (
            <ol class="queue">
              {comments.map((c) => (
                <CommentCard key={c.commentId} c={c} onDecide={decide(c)} onFlag={flag(c)} />
              ))}
            </ol>
          )}
          {cursor && (
            <button
              type="button"
              class="button secondary"
              onClick={() => load(true).catch((e: ApiFailure) => setError(e.message))}
            >
              Show more
            </button>
          )}
        </>
      )}
    </StaffLayout>
  );
};
