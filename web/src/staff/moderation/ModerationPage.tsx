import { useEffect, useRef, useState } from 'preact/hooks';
import { UNDO_OFFER_SECONDS } from '../../../../shared/limits';
import {
  DECIDED_STATUSES,
  type Decision,
  type DecisionKind,
  type QueueComment,
} from '../../../../shared/schemas/moderation';
import { promisesOf } from '../../../../shared/schemas/pledge';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import type { RoundItem } from '../scorecard/board-api';
import { useStaff } from '../use-staff';
import { CommentCard, STATUS_LABELS } from './CommentCard';
import { DecidedCard } from './DecidedCard';
import { type ModerationApi, moderationApi, type QueueFilter } from './moderation-api';
import '../scorecard/board.css';
import './moderation.css';

const DONE: Record<DecisionKind, string> = {
  approve: 'Approved: the board will see it beside its promise.',
  redact: 'Approved with words hidden: the board will see only what is left.',
  reject: 'Rejected: nobody else will see it.',
  refer:
    'Referred under your safeguarding procedure: it is in "Decided", and the board will not see it unless approved.',
  withdraw: 'Withdrawn from the board: it is waiting in the queue again.',
};

type View = 'pending' | 'decided';

/** Where a comment was just decided: what happened, and "Undo" while the seconds last (focused, so Enter undoes). */
const UndoRow = ({ message, left, onUndo }: { message: string; left: number; onUndo: () => void }) => {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <li class="queue-item undo-row" data-testid="undo-toast">
      <span>{message}</span>{' '}
      <button type="button" class="button secondary" ref={button} onClick={onUndo}>
        Undo <span class="comment-meta">({left} s)</span>
      </button>
    </li>
  );
};
interface Undoable {
  comment: QueueComment;
  message: string;
  left: number;
}

/**
 * Every comment and session note waits here until a moderator decides; those that may show a risk come first.
 * Each decision can be undone for a few seconds, and an approval withdrawn from the board later in "Decided".
 */
export const ModerationPage = () => {
  const { me, error: staffError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const councilName = me?.council?.name ?? '';
  const api: ModerationApi | null = councilId ? moderationApi(councilId, token) : null;
  const [view, setView] = useState<View>('pending');
  const [filter, setFilter] = useState<QueueFilter>({});
  const [rounds, setRounds] = useState<RoundItem[]>([]);
  const [promises, setPromises] = useState<{ promiseId: string; text: string }[]>([]);
  const [comments, setComments] = useState<QueueComment[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);

  const query = (): QueueFilter => ({
    ...filter,
    state: view === 'pending' ? 'pending' : (filter.state ?? 'decided'),
  });
  const load = async (more = false) => {
    if (!api) return;
    const page = await api.queue(query(), more ? cursor : undefined);
    setComments((list) => (more ? [...(list ?? []), ...page.comments] : page.comments));
    setCursor(page.cursor);
  };
  useEffect(() => {
    clearInterval(timer.current);
    setUndoable(null);
    setComments(null);
    load().catch((e: ApiFailure) => setError(e.message));
  }, [councilId, view, filter.roundId, filter.promiseId, filter.state]);
  useEffect(() => {
    if (!api) return;
    api
      .rounds()
      .then((r) => setRounds(r.rounds))
      .catch(() => setRounds([]));
    api
      .pledge()
      .then((p) =>
        setPromises(p.pledge ? promisesOf(p.pledge).map((x) => ({ promiseId: x.promiseId, text: x.text })) : []),
      )
      .catch(() => setPromises([]));
  }, [councilId]);
  useEffect(() => () => clearInterval(timer.current), []);

  /** The decided comment stays in its place as a row with "Undo" for a few seconds, then leaves the list. */
  const offerUndo = (comment: QueueComment, message: string) => {
    clearInterval(timer.current);
    setUndoable({ comment, message, left: UNDO_OFFER_SECONDS });
    timer.current = setInterval(() => {
      setUndoable((u) => {
        if (u && u.left > 1) return { ...u, left: u.left - 1 };
        clearInterval(timer.current);
        if (u) setComments((list) => (list ?? []).filter((x) => x.commentId !== u.comment.commentId));
        return null;
      });
    }, 1000);
  };
  const settle = () => {
    const u = undoable;
    clearInterval(timer.current);
    setUndoable(null);
    if (u) setComments((list) => (list ?? []).filter((x) => x.commentId !== u.comment.commentId));
  };

  const decide = (c: QueueComment) => async (d: Decision) => {
    setError(null);
    settle();
    try {
      const decided = await api!.decide(c, d);
      setStatus(DONE[d.decision]);
      offerUndo(decided, DONE[d.decision]);
    } catch (e) {
      if ((e as ApiFailure).status === 409) await load().catch(() => undefined);
      throw e;
    }
  };
  const undo = async () => {
    if (!undoable) return;
    clearInterval(timer.current);
    const { comment } = undoable;
    try {
      await api!.undo(comment);
      setStatus('Undone: the comment is back as it was.');
    } catch (e) {
      setError((e as ApiFailure).message);
    }
    setUndoable(null);
    await load().catch((e: ApiFailure) => setError(e.message));
  };
  const replace = (updated: QueueComment) =>
    setComments((list) => (list ?? []).map((x) => (x.commentId === updated.commentId ? updated : x)));
  const flag = (c: QueueComment) => async () => {
    await api!.flagUrgent(c);
    setStatus('Marked urgent: it is now at the top of the queue and the safeguarding lead has been alerted.');
    await load().catch((e: ApiFailure) => setError(e.message));
  };
  const acknowledge = (c: QueueComment) => async () => {
    replace(await api!.acknowledge(c));
    setStatus('Recorded: you have seen this alert.');
  };

  const listed = comments?.filter((c) => c.commentId !== undoable?.comment.commentId) ?? null;
  const urgent = listed?.filter((c) => c.urgent && c.status === 'pending').length ?? 0;
  const overdue = listed?.filter((c) => c.overdue).length ?? 0;
  const setFilterValue = (key: keyof QueueFilter) => (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    setFilter((f) => ({ ...f, [key]: value || undefined }));
  };
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
      {status && !undoable && (
        <p class="notice" aria-hidden="true">
          {status}
        </p>
      )}
      <p>
        Nothing young people write reaches the board until you approve it. Names, phone numbers, e-mail addresses,
        postcodes and dates are marked for hiding before you start: check them, tap any other word that could identify
        someone, then approve. Every decision is recorded with your name and the time, and can be undone for{' '}
        {UNDO_OFFER_SECONDS} seconds.
      </p>
      <p>
        An urgent comment is handled under your council’s safeguarding procedure first: press{' '}
        <strong>I have seen this alert</strong> when you read it, then{' '}
        <strong>Referred under our safeguarding procedure</strong> once it is passed on. If a comment worries you but is
        not marked, press <strong>Mark urgent</strong>.
      </p>
      <div class="view-switch" role="group" aria-label="Which comments">
        <button
          type="button"
          class="button secondary"
          aria-pressed={view === 'pending'}
          onClick={() => setView('pending')}
        >
          Waiting
        </button>
        <button
          type="button"
          class="button secondary"
          aria-pressed={view === 'decided'}
          onClick={() => setView('decided')}
        >
          Decided
        </button>
      </div>
      <div class="filters">
        <label>
          Round
          <select value={filter.roundId ?? ''} onChange={setFilterValue('roundId')}>
            <option value="">Every round</option>
            {rounds.map((r) => (
              <option key={r.round.roundId} value={r.round.roundId}>
                {r.round.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Promise
          <select value={filter.promiseId ?? ''} onChange={setFilterValue('promiseId')}>
            <option value="">Every promise</option>
            {promises.map((p) => (
              <option key={p.promiseId} value={p.promiseId}>
                {p.text.length > 70 ? `${p.text.slice(0, 68)}…` : p.text}
              </option>
            ))}
          </select>
        </label>
        {view === 'decided' && (
          <label>
            Decision
            <select value={filter.state ?? ''} onChange={setFilterValue('state')}>
              <option value="">Every decision</option>
              {DECIDED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {comments === null && !error && <p role="status">Loading the comments…</p>}
      {comments && listed && (
        <>
          <p class="queue-count">
            <strong>
              {listed.length}
              {cursor ? '+' : ''}
            </strong>{' '}
            {view === 'pending' ? 'waiting' : 'decided'}
            {view === 'pending' && urgent > 0 && (
              <>
                , <strong class="urgent-count">{urgent} to read first</strong>
              </>
            )}
            {overdue > 0 && (
              <>
                , <strong class="urgent-count">{overdue} not acknowledged in time</strong>
              </>
            )}
          </p>
          {comments.length === 0 ? (
            <p>
              {view === 'pending'
                ? 'Nothing is waiting. New comments arrive here as young people send them.'
                : 'No decided comments match.'}
            </p>
          ) : (
            <ol class="queue">
              {comments.map((c) =>
                c.commentId === undoable?.comment.commentId ? (
                  <UndoRow
                    key={c.commentId}
                    message={undoable.message}
                    left={undoable.left}
                    onUndo={() => void undo()}
                  />
                ) : c.status === 'approved' || c.status === 'redacted' ? (
                  <DecidedCard key={c.commentId} c={c} onDecide={decide(c)} />
                ) : (
                  <CommentCard
                    key={c.commentId}
                    c={c}
                    councilName={councilName}
                    onDecide={decide(c)}
                    onFlag={flag(c)}
                    onAcknowledge={acknowledge(c)}
                    onSentWith={async () => (await api!.sentWith(c)).comments}
                  />
                ),
              )}
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
