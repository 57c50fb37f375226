import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DECISION_REASON_MAX_CHARS, REFERRAL_NOTE_MAX_CHARS } from '../../../../shared/limits';
import { findPersonalDetails, PERSONAL_DETAIL_KINDS } from '../../../../shared/moderation/personal-details';
import { redact } from '../../../../shared/moderation/redact';
import { overlaps, wordsOf } from '../../../../shared/moderation/words';
import { CONCERNS, type Concern } from '../../../../shared/safeguarding/screen';
import type { Decision, QueueComment } from '../../../../shared/schemas/moderation';
import type { ApiFailure } from '../../lib/api';
import { dateTimeText, dayText } from '../../lib/format';
import { Field, TextAreaField } from '../Field';
import { SOURCE_LABELS } from '../scorecard/figures';
import { WordPicker } from './WordPicker';

/** The question beside a moderator's optional reason, the same wherever a decision is made or undone. */
export const WHY_LABEL = 'Why (optional, for the other moderators and the audit log)';
export const STATUS_LABELS: Record<QueueComment['status'], string> = {
  pending: 'Waiting',
  referred: 'Referred under the safeguarding procedure',
  approved: 'Approved',
  redacted: 'Approved with words hidden',
  rejected: 'Rejected',
};

/** Who has seen an urgent comment's alert, and whether that is overdue. */
const UrgentStatus = ({ c, onAcknowledge, busy }: { c: QueueComment; onAcknowledge: () => void; busy: boolean }) => (
  <div class="urgent-status">
    <p class="comment-meta">
      {c.receivedAt ? (
        <>
          Received <strong>{dateTimeText(c.receivedAt)}</strong>.{' '}
        </>
      ) : c.flaggedAt ? (
        <>
          Marked urgent <strong>{dateTimeText(c.flaggedAt)}</strong>.{' '}
        </>
      ) : null}
      The safeguarding lead was alerted then.
    </p>
    {c.seenBy.length > 0 ? (
      <p class="comment-meta" data-testid="seen-by">
        Alert seen by {c.seenBy.map((s) => `${s.by} (${dateTimeText(s.at)})`).join(', ')}.
      </p>
    ) : (
      c.status === 'pending' && (
        <p class={c.overdue ? 'overdue' : 'comment-meta'} data-testid="seen-by">
          {c.overdue ? (
            <>
              <span aria-hidden="true">⚠ </span>
              Nobody has said they have seen this alert since {dateTimeText(c.acknowledgeBy!)}: the safeguarding lead
              {c.reminders > 0 ? ` has been alerted again (${c.reminders} times)` : ' is being alerted again'}.
            </>
          ) : (
            <>
              Nobody has said they have seen this alert yet
              {c.acknowledgeBy && ` (due by ${dateTimeText(c.acknowledgeBy)})`}.
            </>
          )}
        </p>
      )
    )}
    {c.status === 'pending' && (
      <button type="button" class="button secondary" disabled={busy} onClick={onAcknowledge}>
        I have seen this alert
      </button>
    )}
  </div>
);

type Step = null | 'refer' | 'reject' | 'confirm-showing';

/**
 * One comment to decide on. Personal details the finder sees are marked for hiding before the moderator starts;
 * tapping a word hides or shows it, and the preview shows what a board would read. An urgent comment's main
 * action is its referral under the council's safeguarding procedure; approving is still possible after.
 */
export const CommentCard = ({
  c,
  councilName,
  onDecide,
  onFlag,
  onAcknowledge,
  onSentWith,
}: {
  c: QueueComment;
  councilName: string;
  onDecide: (d: Decision) => Promise<void>;
  onFlag: () => Promise<void>;
  onAcknowledge: () => Promise<void>;
  onSentWith: () => Promise<QueueComment[]>;
}) => {
  const id = c.commentId;
  const words = useMemo(() => wordsOf(c.text), [c.text]);
  const details = useMemo(() => findPersonalDetails(c.text, [councilName]), [c.text, councilName]);
  const [hidden, setHidden] = useState<Set<number>>(
    () => new Set(words.flatMap((w, i) => (details.some((d) => overlaps(d, w.core)) ? [i] : []))),
  );
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [others, setOthers] = useState<QueueComment[] | null>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    stepRef.current?.querySelector<HTMLElement>('textarea, input, button')?.focus();
  }, [step]);

  const spans = [...hidden].sort((a, b) => a - b).map((i) => words[i]!.core);
  const preview = spans.length ? redact(c.text, spans) : null;
  const showing = details.filter((d) => !spans.some((s) => overlaps(s, d)));
  const from = c.status;

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await f();
    } catch (e) {
      setProblem((e as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };
  const approve = (anyway = false) => {
    if (preview && !preview.ok) return setProblem(preview.message);
    if (showing.length > 0 && !anyway) return setStep('confirm-showing');
    return run(() => onDecide(preview?.ok ? { decision: 'redact', hide: spans, from } : { decision: 'approve', from }));
  };
  const toggle = (i: number) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const mainIsReferral = c.urgent && c.status === 'pending';
  const approveLabel = preview?.ok
    ? `Approve with ${hidden.size} word${hidden.size === 1 ? '' : 's'} hidden`
    : 'Approve';

  return (
    <li class={`queue-item${c.urgent ? ' urgent' : ''}`} data-testid="queue-item" aria-labelledby={`c-${id}-about`}>
      {c.urgent && (
        <p class="urgent-flag">
          <span aria-hidden="true">⚠ </span>
          Read first: may show a young person at risk
          {c.concerns.length > 0 && ` (${c.concerns.map((k) => CONCERNS[k as Concern] ?? k).join(', ')})`}
          {c.flaggedBy && ` (marked by ${c.flaggedBy})`}
        </p>
      )}
      <p class="comment-meta" id={`c-${id}-about`}>
        {c.promiseText ? <>About “{c.promiseText}”</> : 'About the pledge as a whole'} · {c.roundName} ·{' '}
        {SOURCE_LABELS[c.source] ?? c.source} · received {dayText(c.receivedOn)}
      </p>
      {c.status !== 'pending' && c.status !== 'referred' && (
        <p class="decided-line">
          <strong>{STATUS_LABELS[c.status]}</strong>
          {c.decidedBy && ` by ${c.decidedBy}`}
          {c.decidedAt && `, ${dateTimeText(c.decidedAt)}`}
          {c.reason && ` · Reason: ${c.reason}`}
        </p>
      )}
      {c.status === 'pending' && c.decidedBy && (
        <p class="comment-meta">
          Withdrawn from the board by {c.decidedBy}
          {c.decidedAt && `, ${dateTimeText(c.decidedAt)}`}
          {c.reason && ` · Reason: ${c.reason}`}
        </p>
      )}
      {c.referral && (
        <p class="referral" data-testid="referral">
          Referred under the safeguarding procedure by {c.referral.by}, {dateTimeText(c.referral.at)}: “
          {c.referral.note}” <span class="comment-meta">(never shown to the board)</span>
        </p>
      )}
      {c.urgent && <UrgentStatus c={c} busy={busy} onAcknowledge={() => void run(onAcknowledge)} />}
      <p class="comment-meta" id={`${id}-words-label`}>
        The comment as written
      </p>
      <p class="visually-hidden" id={`${id}-words-help`}>
        Each word is a button: press it to hide the word from the board, press again to show it.
      </p>
      <WordPicker id={id} words={words} hidden={hidden} onToggle={toggle} disabled={busy} />
      <p class="comment-meta">Tap a word to hide it from the board, or to show it again.</p>
      {details.length > 0 && (
        <p class="found" data-testid="found-details">
          Marked for hiding: {[...new Set(details.map((d) => PERSONAL_DETAIL_KINDS[d.kind]))].join(', ')}. Check them
          before you approve.
        </p>
      )}
      {preview?.ok && (
        <div class="redact-preview" aria-live="polite">
          <p class="comment-meta">The board will read:</p>
          <blockquote data-testid="redacted-preview">{preview.text}</blockquote>
        </div>
      )}
      {c.sentWithCount > 0 && (
        <div class="sent-with">
          {others === null ? (
            <button
              type="button"
              class="button secondary"
              disabled={busy}
              onClick={() => void run(async () => setOthers(await onSentWith()))}
            >
              Read the {c.sentWithCount} other comment{c.sentWithCount === 1 ? '' : 's'} sent with it (recorded in the
              audit log)
            </button>
          ) : (
            <>
              <p class="comment-meta">Sent with it by the same young person (for the safeguarding lead only):</p>
              <ul data-testid="sent-with">
                {others.map((o) => (
                  <li key={o.commentId}>{o.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {step === 'confirm-showing' && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          aria-describedby={`${id}-confirm-list`}
          ref={stepRef}
        >
          <p id={`${id}-confirm`}>
            <strong>The board would read personal details.</strong> These are still showing:
          </p>
          <ul id={`${id}-confirm-list`}>
            {showing.map((d) => (
              <li key={d.start}>
                {PERSONAL_DETAIL_KINDS[d.kind]}: “{d.text}”
              </li>
            ))}
          </ul>
          <div class="button-row">
            <button type="button" class="button" disabled={busy} onClick={() => setStep(null)}>
              Go back and hide them
            </button>
            <button type="button" class="button secondary" disabled={busy} onClick={() => void approve(true)}>
              Approve with them showing
            </button>
          </div>
        </div>
      )}
      {step === 'refer' && (
        <div class="step" ref={stepRef}>
          <TextAreaField
            id={`${id}-note`}
            label="What was done under your safeguarding procedure (never shown to the board)"
            value={note}
            onValue={setNote}
            attrs={{ rows: 2, maxLength: REFERRAL_NOTE_MAX_CHARS }}
          />
          <div class="button-row">
            <button
              type="button"
              class="button"
              disabled={busy}
              onClick={() => void run(() => onDecide({ decision: 'refer', note, from }))}
            >
              Record the referral
            </button>
            <button type="button" class="button secondary" disabled={busy} onClick={() => setStep(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step === 'reject' && (
        <div class="step" ref={stepRef}>
          <Field
            id={`${id}-reason`}
            label={WHY_LABEL}
            value={reason}
            onValue={setReason}
            attrs={{ maxLength: DECISION_REASON_MAX_CHARS }}
          />
          <div class="button-row">
            <button
              type="button"
              class="button danger"
              disabled={busy}
              onClick={() =>
                void run(() =>
                  onDecide({ decision: 'reject', from, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
                )
              }
            >
              Reject it
            </button>
            <button type="button" class="button secondary" disabled={busy} onClick={() => setStep(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step === null && (
        <div class="button-row">
          {mainIsReferral && (
            <button type="button" class="button" disabled={busy} onClick={() => setStep('refer')}>
              Referred under our safeguarding procedure
            </button>
          )}
          <button
            type="button"
            class={`button${mainIsReferral ? ' secondary' : ''}`}
            disabled={busy}
            onClick={() => void approve()}
          >
            {approveLabel}
          </button>
          {hidden.size > 0 && (
            <button type="button" class="button secondary" disabled={busy} onClick={() => setHidden(new Set())}>
              Show all words again
            </button>
          )}
          {c.status !== 'rejected' && (
            <button type="button" class="button secondary danger" disabled={busy} onClick={() => setStep('reject')}>
              Reject…
            </button>
          )}
          {!c.urgent && c.status === 'pending' && (
            <button type="button" class="button secondary danger" disabled={busy} onClick={() => void run(onFlag)}>
              <span aria-hidden="true">⚠</span> Mark urgent
            </button>
          )}
        </div>
      )}
    </li>
  );
};
