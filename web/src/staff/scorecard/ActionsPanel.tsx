import { useState } from 'preact/hooks';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
} from '../../../../shared/schemas/actions';
import type { ApiFailure } from '../../lib/api';
import { dayText } from '../../lib/format';
import { Field, SelectField, TextAreaField } from '../Field';
import type { BoardApi } from './board-api';

const dueText = (due?: string) => (due ? dayText(due) : null);

const ActionItem = ({
  a,
  api,
  onChanged,
  canPublish,
}: {
  a: Action;
  api: BoardApi;
  onChanged: () => Promise<void>;
  canPublish: boolean;
}) => {
  const [error, setError] = useState<string | null>(null);
  const run = (f: () => Promise<unknown>) =>
    f()
      .then(onChanged)
      .catch((e: ApiFailure) => setError(e.message));
  return (
    <li data-testid="action">
      <p>
        <strong>{a.action}</strong>
      </p>
      <p class="comment-meta">
        {ACTION_STATUS_LABELS[a.status]}
        {a.owner && ` · Who: ${a.owner}`}
        {a.due && ` · By: ${dueText(a.due)}`}
        {' · '}
        {a.published ? 'Shown to young people' : 'Not shown to young people yet'}
      </p>
      <div class="button-row">
        <SelectField
          id={`status-${a.actionId}`}
          class="status-field"
          label={
            <>
              Status<span class="visually-hidden"> of “{a.action}”</span>
            </>
          }
          value={a.status}
          onValue={(status) => run(() => api.changeAction(a, { status: status as ActionStatus }))}
          attrs={{ class: 'status-pick' }}
          options={ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </option>
          ))}
        />
        {(canPublish || a.published) && (
          <button
            type="button"
            class="button secondary small-button"
            onClick={() => run(() => api.changeAction(a, { published: !a.published }))}
          >
            {a.published ? 'Stop showing to young people' : 'Show to young people'}
          </button>
        )}
        <button
          type="button"
          class="button secondary small-button"
          onClick={() => confirm('Remove this action?') && run(() => api.removeAction(a))}
        >
          Remove
        </button>
      </div>
      {a.wordsWarning && <p class="hint">{a.wordsWarning}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
};

/** "You said, we did" for one promise: what the council will do, who, by when; published ones reach young people. */
export const ActionsPanel = ({
  api,
  roundId,
  promiseId,
  actions,
  onChanged,
  canPublish,
}: {
  api: BoardApi;
  roundId: string;
  promiseId: string;
  actions: Action[];
  onChanged: () => Promise<void>;
  /** A council admin or moderator: shows actions to young people; others' actions wait for one of them. */
  canPublish: boolean;
}) => {
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [published, setPublished] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api.addAction(roundId, {
        promiseId,
        action,
        ...(owner.trim() ? { owner } : {}),
        ...(due ? { due } : {}),
        published: canPublish && published,
      });
      setWarning(saved.wordsWarning ?? null);
      setAction('');
      setOwner('');
      setDue('');
      setPublished(false);
      await onChanged();
    } catch (err) {
      setError((err as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">You said, we did</h2>
      {actions.length === 0 ? (
        <p>No action recorded for this promise yet.</p>
      ) : (
        <ul class="action-list">
          {actions.map((a) => (
            <ActionItem key={a.actionId} a={a} api={api} onChanged={onChanged} canPublish={canPublish} />
          ))}
        </ul>
      )}
      <form class="action-form no-print" onSubmit={add}>
        <h3>Record an action</h3>
        <TextAreaField
          id="action-what"
          label="What will be done"
          value={action}
          onValue={setAction}
          attrs={{ rows: 2, maxLength: 500, required: true }}
        />
        <div class="inline-fields">
          <Field
            id="action-who"
            label="Who will do it (optional)"
            value={owner}
            onValue={setOwner}
            attrs={{ maxLength: 120 }}
          />
          <Field id="action-when" label="By when (optional)" value={due} onValue={setDue} attrs={{ type: 'date' }} />
        </div>
        {canPublish ? (
          <label class="check">
            <input type="checkbox" checked={published} onChange={(e) => setPublished(e.currentTarget.checked)} /> Show
            it to young people at the end of their survey
          </label>
        ) : (
          <p class="hint">A council admin or a moderator reads each action before young people see it.</p>
        )}
        {warning && (
          <p class="hint" role="status">
            {warning}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button class="button" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the action'}
        </button>
      </form>
    </section>
  );
};
