import { useState } from 'preact/hooks';
import { DECISION_REASON_MAX_CHARS } from '../../../../shared/limits';
import type { Decision, QueueComment } from '../../../../shared/schemas/moderation';
import type { ApiFailure } from '../../lib/api';
import { dateTimeText, dayText } from '../../lib/format';
import { Field } from '../Field';
import { SOURCE_LABELS } from '../scorecard/figures';
import { STATUS_LABELS, WHY_LABEL } from './CommentCard';

/** An approved comment as its board reads it, with who approved it and when; it can be withdrawn from the board. */
export const DecidedCard = ({ c, onDecide }: { c: QueueComment; onDecide: (d: Decision) => Promise<void> }) => {
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = c.commentId;
  const withdraw = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onDecide({
        decision: 'withdraw',
        from: c.status as 'approved' | 'redacted',
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
    } catch (e) {
      setProblem((e as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="queue-item decided" data-testid="queue-item" aria-labelledby={`c-${id}-about`}>
      <p class="comment-meta" id={`c-${id}-about`}>
        {c.promiseText ? <>About “{c.promiseText}”</> : 'About the pledge as a whole'} · {c.roundName} ·{' '}
        {SOURCE_LABELS[c.source] ?? c.source} · received {dayText(c.receivedOn)}
      </p>
      <p class="decided-line">
        <strong>{STATUS_LABELS[c.status]}</strong>
        {c.decidedBy && ` by ${c.decidedBy}`}
        {c.decidedAt && `, ${dateTimeText(c.decidedAt)}`}
      </p>
      {c.referral && (
        <p class="referral" data-testid="referral">
          Referred under the safeguarding procedure by {c.referral.by}, {dateTimeText(c.referral.at)}: “
          {c.referral.note}” <span class="comment-meta">(never shown to the board)</span>
        </p>
      )}
      <p class="comment-meta">The board reads:</p>
      <blockquote class="board-reads" data-testid="board-reads">
        {c.shownText ?? c.text}
      </blockquote>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {withdrawing ? (
        <div class="step">
          <Field
            id={`${id}-withdraw`}
            label={WHY_LABEL}
            value={reason}
            onValue={setReason}
            attrs={{ maxLength: DECISION_REASON_MAX_CHARS }}
          />
          <div class="button-row">
            <button type="button" class="button danger" disabled={busy} onClick={() => void withdraw()}>
              Withdraw it from the board
            </button>
            <button type="button" class="button secondary" disabled={busy} onClick={() => setWithdrawing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" class="button secondary danger" onClick={() => setWithdrawing(true)}>
            Withdraw from the board…
          </button>
        </div>
      )}
    </li>
  );
};
