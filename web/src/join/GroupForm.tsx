import { useState } from 'preact/hooks';
import { SESSION_GROUP_LABELS, SESSION_GROUPS, type SessionGroup } from '../../../shared/sessions/groups';

/** The one optional question: which group. Skipping it is fine and counts the same. */
export const GroupForm = ({
  sessionName,
  busy,
  error,
  onJoin,
}: {
  sessionName: string;
  busy: boolean;
  error: string | null;
  onJoin: (group: SessionGroup | undefined) => void;
}) => {
  const [group, setGroup] = useState<SessionGroup | undefined>(undefined);
  return (
    <main class="page narrow join" id="main">
      <p class="session-name">{sessionName}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onJoin(group);
        }}
      >
        <fieldset class="choices">
          <legend>
            <h1>Which group are you in?</h1>
          </legend>
          <p class="quiet" id="group-hint">
            You don’t have to say. It is never linked to you.
          </p>
          {SESSION_GROUPS.map((g) => (
            <label key={g} class="choice">
              <input
                type="radio"
                name="group"
                value={g}
                checked={group === g}
                onChange={() => setGroup(g)}
                aria-describedby="group-hint"
              />
              {SESSION_GROUP_LABELS[g]}
            </label>
          ))}
        </fieldset>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button class="button wide" type="submit" disabled={busy}>
          {busy ? 'Joining…' : group ? 'Join' : 'Join without saying'}
        </button>
      </form>
    </main>
  );
};
