import { useRef, useState } from 'preact/hooks';
import { redact, type Span } from '../../../../shared/moderation/redact';
import { CONCERNS, type Concern } from '../../../../shared/safeguarding/screen';
import type { Decision, QueueComment } from '../../../../shared/schemas/moderation';
import { dayText } from '../../lib/format';
import { SOURCE_LABELS } from '../scorecard/figures';

/**
 * One comment waiting for a decision. To hide part of it, the moderator selects words in the comment
 * (mouse, or Shift + arrows) and presses "Hide the selected words"; the preview shows what a board would read.
 */
export const CommentCard = ({
  c,
  onDecide,
  onFlag,
}: {
  c: QueueComment;
  onDecide: (d: Decision) => Promise<void>;
  onFlag: () => Promise<void>;
}) => {
  const box = useRef<HTMLTextAreaElement>(null);
  const [spans, setSpans] = useState<Span[]>([]);
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = spans.length ? redact(c.text, spans) : null;
  const id = c.commentId;

  const hideSelected = () => {
    const el = box.current;
    if (!el || el.selectionStart === el.selectionEnd) return setHint('Select the words to hide in the comment first.');
    const next = [...spans, { start: el.selectionStart, end: el.selectionEnd }];
    const r = redact(c.text, next);
    if (!r.ok) return setHint(r.message);
    setSpans(r.spans);
    setHint(null);
  };
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    try {
      await f();
    } finally {
      setBusy(false);
    }
  };
  const decide = (d: Decision) => run(() => onDecide(d));

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
      {c.urgent && (
        <p class="comment-meta">
          The safeguarding lead was alerted when it arrived. Follow your council’s safeguarding procedure as well as
          deciding here.
        </p>
      )}
      <p class="comment-meta" id={`c-${id}-about`}>
        {c.promiseText ? <>About “{c.promiseText}”</> : 'About the pledge as a whole'} · {c.roundName} ·{' '}
        {SOURCE_LABELS[c.source] ?? c.source} · received {dayText(c.receivedOn)}
      </p>
      <label class="visually-hidden" for={`c-${id}-text`}>
        The comment as written
      </label>
      <textarea
        id={`c-${id}-text`}
        ref={box}
        class="comment-text"
        readOnly
        rows={Math.min(6, Math.ceil(c.text.length / 70) + 1)}
        value={c.text}
      />
      {preview?.ok && (
        <div class="redact-preview" aria-live="polite">
          <p class="comment-meta">The board will read:</p>
          <blockquote data-testid="redacted-preview">{preview.text}</blockquote>
        </div>
      )}
      {hint && (
        <p class="error" role="alert">
          {hint}
        </p>
      )}
      <div class="button-row">
        {preview?.ok ? (
          <>
            <button
              type="button"
              class="button"
              disabled={busy}
              onClick={() => decide({ decision: 'redact', hide: spans })}
            >
              Approve with those words hidden
            </button>
            <button type="button" class="button secondary" disabled={busy} onClick={() => setSpans([])}>
              Show all words again
            </button>
          </>
        ) : (
          <button type="button" class="button" disabled={busy} onClick={() => decide({ decision: 'approve' })}>
            Approve
          </button>
        )}
        <button type="button" class="button secondary" disabled={busy} onClick={hideSelected}>
          Hide the selected words
        </button>
        <button
          type="button"
          class="button secondary danger"
          disabled={busy}
          onClick={() => decide({ decision: 'reject' })}
        >
          Reject
        </button>
        {!c.urgent && (
          <button type="button" class="button secondary danger" disabled={busy} onClick={() => run(onFlag)}>
            <span aria-hidden="true">⚠</span> Mark urgent
          </button>
        )}
      </div>
    </li>
  );
};
