import { RATING_LABELS, RATINGS, type Rating } from '../../../shared/rating';
import type { Joined } from '../../../shared/sessions/schemas';
import { type MyVote, useLiveSession } from './use-live-session';

const MARKS: Record<Rating, string> = { yes: '✓', sometimes: '~', no: '✗', dontknow: '?' };

const statusLine = (mine: MyVote | undefined, open: boolean): string => {
  if (!open)
    return mine
      ? 'Voting has closed. Your vote counted. Look at the screen.'
      : 'Voting has closed for this promise. Look at the screen.';
  if (!mine) return 'Tap your answer.';
  if (mine.status === 'sending') return 'Sending your vote…';
  if (mine.status === 'retrying') return 'No connection just now. Trying again…';
  return 'Your vote is in. You can change it until voting closes.';
};

export const VoteView = ({ joined, token, onLeave }: { joined: Joined; token: string; onLeave: () => void }) => {
  const { state, votes, notice, vote } = useLiveSession(joined, token);
  const header = (
    <p class="session-name">
      {joined.councilName} · {joined.name}
    </p>
  );

  if (state.status === 'ended') {
    return (
      <main class="page narrow join" id="main">
        {header}
        <h1>Thank you!</h1>
        <p>The session has ended. Your votes have been counted, and nobody can tell which were yours.</p>
        <button class="button secondary wide" type="button" onClick={onLeave}>
          Join another session
        </button>
      </main>
    );
  }

  const promise = state.status === 'live' ? joined.promises.find((p) => p.promiseId === state.promiseId) : undefined;
  if (!promise) {
    return (
      <main class="page narrow join" id="main">
        {header}
        <h1>You’re in!</h1>
        <p class="waiting" role="status">
          The first promise will appear here in a moment. Keep this page open.
        </p>
      </main>
    );
  }

  const mine = votes[promise.promiseId];
  const open = state.votingOpen;
  return (
    <main class="page narrow join" id="main">
      {header}
      <div aria-live="polite">
        <p class="promise-count">
          Promise {state.index + 1} of {state.promiseCount}
        </p>
        <h1 class="promise-text">{promise.text}</h1>
      </div>
      <p class="ask" id="ask">
        Is this promise kept?
      </p>
      <div class="vote-answers" role="group" aria-labelledby="ask">
        {RATINGS.map((r) => (
          <button
            key={r}
            type="button"
            class={`vote-answer ${r}`}
            aria-pressed={mine?.rating === r}
            disabled={!open}
            onClick={() => void vote(promise.promiseId, r)}
          >
            <span class="mark" aria-hidden="true">
              {MARKS[r]}
            </span>
            {RATING_LABELS[r]}
          </button>
        ))}
      </div>
      <p class={`vote-status ${mine?.status === 'in' && open ? 'done' : ''}`} role="status">
        {mine?.status === 'in' && open && <span aria-hidden="true">✓ </span>}
        {statusLine(mine, open)}
      </p>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
    </main>
  );
};
