import { useEffect, useMemo } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { isClickerKey, screenChannel } from './big-screen-channel';
import { SessionScreen } from './SessionScreen';
import { usePresenter } from './use-presenter';
import './sessions.css';

/**
 * The big screen, in its own window for the projector: the join code, the QR, the promise and the results,
 * and nothing to press or type in (the controls, the hands box and the note box stay on the laptop). It
 * follows the laptop at once over the tabs' channel and, whatever happens to that, by polling the server.
 */
export const BigScreenPage = () => {
  const { params } = useRoute();
  const sessionId = params.sessionId ?? '';
  const { me, session, live, message, error, refresh } = usePresenter(sessionId);
  // `refresh` asks the hook's poller, whichever render it came from.
  const channel = useMemo(() => screenChannel(sessionId, (m) => m.kind === 'moved' && refresh()), [sessionId]);
  useEffect(() => () => channel.close(), [channel]);

  // A clicker pressed while this window has the focus: the laptop acts on it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !isClickerKey(e.key)) return;
      e.preventDefault();
      channel.post({ kind: 'key', key: e.key });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [channel]);

  useEffect(() => {
    document.title = session ? `${session.name} · Big screen` : 'Big screen · Promise Check';
  }, [session?.name]);

  if (error)
    return (
      <main class="page" id="main">
        <h1>This session cannot be shown</h1>
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!session || !live)
    return (
      <main class="page" id="main">
        <p role="status">Loading the session…</p>
      </main>
    );
  if (live.state.status === 'ended')
    return (
      <div class="presenter big-screen">
        <main id="main" class="presenter-main big-screen-end">
          <section>
            <h1>Thank you for taking part</h1>
            <p>This session has ended.</p>
          </section>
        </main>
      </div>
    );

  return (
    <div class="presenter big-screen">
      <SessionScreen councilName={me?.council?.name} session={session} live={live} />
      <p class="big-screen-status" role="status">
        {message}
      </p>
    </div>
  );
};
