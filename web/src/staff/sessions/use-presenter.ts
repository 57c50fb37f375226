import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Live, SessionView } from '../../../../shared/sessions/schemas';
import type { SessionAction } from '../../../../shared/sessions/state';
import { PRESENTER_POLL_MS } from '../../../../shared/sessions/timing';
import type { ApiFailure } from '../../lib/api';
import { type Poller, startPolling } from '../../lib/etag-poll';
import { useStaff } from '../use-staff';
import { sessionApi } from './session-api';

/** The presenter's data: the session once, the live state and counts by polling, and the controls. */
export const usePresenter = (sessionId: string) => {
  const { me, error: staffError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const api = useMemo(() => (councilId ? sessionApi(councilId, token) : null), [councilId]);
  const [session, setSession] = useState<SessionView | null>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const busy = useRef(false);
  const poller = useRef<Poller | null>(null);

  // A poll that left before a control's answer must not put the old state back.
  const take = (next: Live) => setLive((prev) => (prev && next.state.version < prev.state.version ? prev : next));

  useEffect(() => {
    if (!api) return;
    api
      .get(sessionId)
      .then(({ session: s, state }) => {
        setSession(s);
        setLive((prev) => prev ?? { state, joined: 0, voted: 0, counts: {} });
      })
      .catch((e: ApiFailure) => setFailed(e.message));
    poller.current = startPolling<Live>({
      url: api.livePath(sessionId),
      everyMs: PRESENTER_POLL_MS,
      hiddenMs: PRESENTER_POLL_MS * 4,
      token,
      onChange: (next) => {
        take(next);
        setMessage((m) => (m === 'The connection dropped: trying again…' ? null : m));
      },
      onError: (e) => (e.network ? setMessage('The connection dropped: trying again…') : setFailed(e.message)),
    });
    return () => poller.current?.stop();
  }, [api, sessionId]);

  const act = async (action: SessionAction) => {
    if (!api || !live || busy.current) return;
    busy.current = true;
    try {
      const state = await api.control(sessionId, action, live.state.version);
      setLive((prev) => (prev ? { ...prev, state } : prev));
      setMessage(null);
    } catch (e) {
      setMessage((e as ApiFailure).message);
    } finally {
      busy.current = false;
      poller.current?.now();
    }
  };

  return {
    me,
    api,
    session,
    live,
    message,
    setMessage,
    error: staffError ?? failed,
    act,
    refresh: () => poller.current?.now(),
  };
};
