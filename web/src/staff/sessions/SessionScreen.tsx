import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { addCounts, emptyCounts } from '../../../../shared/rating';
import { displayJoinCode } from '../../../../shared/sessions/join-code';
import { takesPhones } from '../../../../shared/sessions/mode';
import type { Live, SessionView } from '../../../../shared/sessions/schemas';
import { handsOf } from '../../../../shared/sessions/tally';
import { promiseWordsFor } from '../../../../shared/sessions/words';
import { JoinQr } from './JoinQr';
import { ResultsChart } from './ResultsChart';

/**
 * What the room sees: the join code and QR, the promise on the screen, how many joined and voted, and the
 * results once shown (each part only once the server lets it through). The presenter on the laptop and the
 * big screen in its own window both show exactly this; only the presenter adds the controls below it.
 */
export const SessionScreen = ({
  councilName,
  session,
  live,
  lobbyNote,
}: {
  councilName: string | undefined;
  session: SessionView;
  live: Live;
  /** A line for the facilitator under the lobby (the presenter's clicker keys); the big screen has none. */
  lobbyNote?: string;
}) => {
  const { state } = live;
  const joinHost = `${location.host}/join`;
  const joinUrl = `${location.origin}/join/${session.joinCode}`;
  const code = displayJoinCode(session.joinCode);
  const promise = session.promises.find((p) => p.promiseId === state.promiseId);
  const counts = state.promiseId ? live.counts?.[state.promiseId] : undefined;
  const hands = counts?.hands ? handsOf(counts.hands) : 0;
  // Each part arrives only once enough answered it (the server's rule); the chart adds what arrived.
  const shown =
    counts && (counts.phones || counts.hands)
      ? addCounts(counts.phones ?? emptyCounts(), counts.hands ?? emptyCounts())
      : null;
  const words = promise ? promiseWordsFor(session.room, promise) : null;
  const closed = !!promise && state.closed.includes(promise.promiseId);
  // A show of hands only: no phone joins, so "0 joined, 0 voted" would only puzzle the room.
  const phones = takesPhones(session.mode);
  const qrLabel = `QR code to join: ${joinUrl}`;

  return (
    <>
      <header class="presenter-top">
        <p class="presenter-title">
          {councilName} · {session.name}
        </p>
        {promise && phones && (
          <div class="join-strip">
            <p>
              Join at <strong>{joinHost}</strong>
              <br />
              code <strong class="join-code">{code}</strong>
            </p>
            <JoinQr url={joinUrl} label={qrLabel} />
          </div>
        )}
      </header>

      <main id="main" class="presenter-main">
        {(!promise || !words) && !phones ? (
          <section class="lobby lobby-hands">
            <div>
              <h1>Show of hands</h1>
              <p class="lobby-where">
                We read each promise together and count the hands raised for each answer. Nobody needs a phone.
              </p>
              {lobbyNote && <p class="lobby-note">{lobbyNote}</p>}
            </div>
          </section>
        ) : !promise || !words ? (
          <section class="lobby">
            <div>
              <h1>Join on your phone</h1>
              <p class="lobby-where">
                Go to <strong>{joinHost}</strong> and type the code
              </p>
              <p class="visually-hidden">Code {session.joinCode.split('').join(' ')}</p>
              <p class="lobby-code join-code" aria-hidden="true">
                {code}
              </p>
              <p class="lobby-joined" role="status">
                <span class="big-number">{live.joined}</span> joined
              </p>
              {lobbyNote && <p class="lobby-note">{lobbyNote}</p>}
            </div>
            <JoinQr url={joinUrl} label={qrLabel} />
          </section>
        ) : (
          <section class="stage">
            <div class="stage-promise">
              <p class="stage-count">
                Promise {state.index + 1} of {session.promises.length}
              </p>
              <h1 class="stage-text">{words.shown}</h1>
              {words.full && <p class="stage-full">In full: {words.full}</p>}
            </div>
            <div class="stage-side">
              <div class="stage-stats" role="status">
                {phones && (
                  <>
                    <p>
                      <span class="big-number" data-testid="joined">
                        {live.joined}
                      </span>{' '}
                      joined
                    </p>
                    <p>
                      <span class="big-number" data-testid="voted">
                        {live.voted}
                      </span>{' '}
                      voted
                    </p>
                  </>
                )}
                {hands > 0 && (
                  <p>
                    <span class="big-number">{hands}</span> hands
                  </p>
                )}
                <p class={`voting-badge ${closed ? 'closed' : 'open'}`}>{closed ? 'Voting closed' : 'Voting open'}</p>
              </div>
              {state.resultsShown && shown ? (
                <ResultsChart counts={shown} caption="Answers to this promise" />
              ) : state.resultsShown ? (
                <div class="results-hidden" data-testid="results-waiting">
                  <p>
                    Results appear once {MIN_GROUP_SIZE} or more have answered, so nobody’s answer can be picked out.
                  </p>
                </div>
              ) : (
                <div class="results-hidden">
                  <p>Results are hidden{closed ? '' : ' while you vote'}.</p>
                </div>
              )}
            </div>
          </section>
        )}
      </main>
    </>
  );
};
