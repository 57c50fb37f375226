import { useEffect, useState } from 'preact/hooks';
import { API_PATHS, fill } from '../../../shared/api-paths';
import type { SessionGroup } from '../../../shared/sessions/groups';
import { JoinCodeSchema } from '../../../shared/sessions/join-code';
import type { CodeLookup, Joined } from '../../../shared/sessions/schemas';
import { councilNameIn } from '../../../shared/sessions/words';
import { type ApiFailure, apiFetch } from '../lib/api';
import { newToken } from '../lib/uuid';
import { CodeForm } from './CodeForm';
import { forget, remember, remembered } from './device';
import { GroupForm } from './GroupForm';
import { problemWords, useJoinWords } from './i18n';
import { JoinFrame } from './JoinFrame';
import { VoteView } from './VoteView';

type Step =
  | { kind: 'starting' }
  | { kind: 'code'; error: string | null }
  | { kind: 'group'; code: string; lookup: CodeLookup; error: string | null }
  | { kind: 'in'; joined: Joined; token: string };

const joinPath = (sessionId: string) => fill(API_PATHS.participants, { sessionId });

export const JoinApp = ({
  codeFromLink,
  onCouncilLanguages,
}: {
  codeFromLink: string;
  /** The languages of the session's council once its code is known, null before. */
  onCouncilLanguages: (languages: readonly string[] | null) => void;
}) => {
  const t = useJoinWords();
  const [step, setStep] = useState<Step>({ kind: 'starting' });
  const [busy, setBusy] = useState(false);
  const [typed, setTyped] = useState(codeFromLink);

  const findCode = async (input: string) => {
    const parsed = JoinCodeSchema.safeParse(input);
    if (!parsed.success) return setStep({ kind: 'code', error: t.codeCheck });
    setBusy(true);
    try {
      const lookup = await apiFetch<CodeLookup>(fill(API_PATHS.sessionByCode, { code: parsed.data }));
      setStep({ kind: 'group', code: parsed.data, lookup, error: null });
    } catch (e) {
      setStep({ kind: 'code', error: problemWords(t, e as ApiFailure) });
    } finally {
      setBusy(false);
    }
  };

  const join = async (code: string, lookup: CodeLookup, group: SessionGroup | undefined) => {
    setBusy(true);
    const token = newToken();
    try {
      const joined = await apiFetch<Joined>(joinPath(lookup.sessionId), {
        method: 'POST',
        body: { participantToken: token, ...(group ? { group } : {}) },
      });
      remember({ code, sessionId: lookup.sessionId, token, seq: 0 });
      history.replaceState(null, '', `/join/${code}`);
      setStep({ kind: 'in', joined, token });
    } catch (e) {
      setStep({ kind: 'group', code, lookup, error: problemWords(t, e as ApiFailure) });
    } finally {
      setBusy(false);
    }
  };

  // Back on the same phone (a reload, a locked screen, the QR scanned again): carry on where it was.
  useEffect(() => {
    const here = remembered();
    const fromLink = JoinCodeSchema.safeParse(codeFromLink);
    if (here && (!fromLink.success || fromLink.data === here.code)) {
      apiFetch<Joined>(joinPath(here.sessionId), { method: 'POST', body: { participantToken: here.token } })
        .then((joined) => setStep({ kind: 'in', joined, token: here.token }))
        .catch(() => {
          forget();
          setStep({ kind: 'code', error: null });
        });
    } else if (fromLink.success) void findCode(fromLink.data);
    else setStep({ kind: 'code', error: null });
  }, []);

  useEffect(() => {
    if (step.kind === 'group') onCouncilLanguages(step.lookup.languages);
    else if (step.kind === 'in') onCouncilLanguages(step.joined.languages.map((l) => l.language));
    else onCouncilLanguages(null);
  }, [step]);

  // Every step sits in the same frame: quick exit at the top, privacy and accessibility at the foot.
  const page = () => {
    if (step.kind === 'starting')
      return (
        <main class="page narrow join" id="main">
          <p role="status">{t.joining}</p>
        </main>
      );
    if (step.kind === 'code') {
      return (
        <CodeForm
          initial={typed}
          error={step.error}
          busy={busy}
          onSubmit={(code) => {
            setTyped(code);
            void findCode(code);
          }}
        />
      );
    }
    if (step.kind === 'group') {
      return (
        <GroupForm
          sessionName={{
            council: councilNameIn(step.lookup.councilName, t.lang, step.lookup.councilNames),
            session: step.lookup.name,
          }}
          busy={busy}
          error={step.error}
          onJoin={(g) => void join(step.code, step.lookup, g)}
        />
      );
    }
    return (
      <VoteView
        joined={step.joined}
        token={step.token}
        onLeave={() => {
          forget();
          history.replaceState(null, '', '/join');
          setTyped('');
          setStep({ kind: 'code', error: null });
        }}
      />
    );
  };
  return <JoinFrame>{page()}</JoinFrame>;
};
