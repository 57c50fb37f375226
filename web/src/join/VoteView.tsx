import { LANGUAGES, type LanguageCode } from '../../../shared/language-table';
import { RATINGS } from '../../../shared/rating';
import type { Joined } from '../../../shared/sessions/schemas';
import { councilNameIn, councilNamesOf, promiseWordsIn } from '../../../shared/sessions/words';
import { AnswerIcon } from '../survey/icons';
import { type JoinCatalogue, useJoinWords } from './i18n';
import { type MyVote, useLiveSession } from './use-live-session';

const statusLine = (t: JoinCatalogue, mine: MyVote | undefined, open: boolean): string => {
  if (!open) return mine ? t.closedCounted : t.closed;
  if (!mine) return t.tapAnswer;
  if (mine.status === 'sending') return t.sending;
  if (mine.status === 'retrying') return t.retrying;
  return t.voteIn;
};

export const VoteView = ({ joined, token, onLeave }: { joined: Joined; token: string; onLeave: () => void }) => {
  const t = useJoinWords();
  const { state, votes, notice, vote } = useLiveSession(joined, token, t);
  const council = councilNameIn(joined.councilName, t.lang, councilNamesOf(joined.languages));
  // The session's name is the facilitator's own words, so it stays as typed.
  const header = (
    <p class="session-name" dir="auto">
      <bdi lang={council.lang}>{council.text}</bdi> · <bdi>{joined.name}</bdi>
    </p>
  );

  if (state.status === 'ended') {
    return (
      <main class="page narrow join" id="main">
        {header}
        <h1>{t.thanksTitle}</h1>
        <p>{t.thanks}</p>
        <button class="button secondary wide" type="button" onClick={onLeave}>
          {t.joinAnother}
        </button>
      </main>
    );
  }

  const promise = state.status === 'live' ? joined.promises.find((p) => p.promiseId === state.promiseId) : undefined;
  if (!promise) {
    return (
      <main class="page narrow join" id="main">
        {header}
        <h1>{t.waitingTitle}</h1>
        <p class="waiting" role="status">
          {t.waiting}
        </p>
      </main>
    );
  }

  const words = promiseWordsIn(joined.room, promise, t.lang, joined.languages);
  const wordsDir = LANGUAGES[words.lang as LanguageCode].dir;
  const mine = votes[promise.promiseId];
  const open = state.votingOpen;
  return (
    <main class="page narrow join" id="main">
      {header}
      <div aria-live="polite">
        <p class="promise-count">{t.promiseCount(state.index + 1, state.promiseCount)}</p>
        <h1 class="promise-text" lang={words.lang} dir={wordsDir}>
          {words.shown}
        </h1>
      </div>
      {words.full && (
        <details class="full-words">
          <summary>{t.fullPromise}</summary>
          <p lang={words.lang} dir={wordsDir}>
            {words.full}
          </p>
        </details>
      )}
      <p class="ask" id="ask">
        {t.question}
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
            <AnswerIcon rating={r} />
            {t.ratings[r]}
          </button>
        ))}
      </div>
      <p class={`vote-status ${mine?.status === 'in' && open ? 'done' : ''}`} role="status">
        {mine?.status === 'in' && open && <span aria-hidden="true">✓ </span>}
        {statusLine(t, mine, open)}
      </p>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
    </main>
  );
};
