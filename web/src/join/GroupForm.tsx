import { useState } from 'preact/hooks';
import { SESSION_GROUPS, type SessionGroup } from '../../../shared/sessions/groups';
import { useJoinWords } from './i18n';

/** The one optional question: which group. Skipping it is fine and counts the same. */
export const GroupForm = ({
  sessionName,
  busy,
  error,
  onJoin,
}: {
  /** The council's name (in the phone's language where translated) and the session's, as the facilitator typed it. */
  sessionName: { council: { text: string; lang: string }; session: string };
  busy: boolean;
  error: string | null;
  onJoin: (group: SessionGroup | undefined) => void;
}) => {
  const t = useJoinWords();
  const [group, setGroup] = useState<SessionGroup | undefined>(undefined);
  return (
    <main class="page narrow join" id="main">
      <p class="session-name" dir="auto">
        <bdi lang={sessionName.council.lang}>{sessionName.council.text}</bdi> · <bdi>{sessionName.session}</bdi>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onJoin(group);
        }}
      >
        <fieldset class="choices">
          <legend>
            <h1>{t.groupQuestion}</h1>
          </legend>
          <p class="quiet" id="group-hint">
            {t.groupHint}
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
              {t.groups[g]}
            </label>
          ))}
        </fieldset>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button class="button wide" type="submit" disabled={busy}>
          {busy ? t.joining : group ? t.join : t.joinWithoutSaying}
        </button>
      </form>
    </main>
  );
};
