import { useEffect, useRef, useState } from 'preact/hooks';
import { API_PATHS, fill } from '../../../shared/api-paths';
import type { Rating } from '../../../shared/rating';
import type { Joined, PublicState, VoteReceipt } from '../../../shared/sessions/schemas';
import { PARTICIPANT_HIDDEN_POLL_MS, PARTICIPANT_POLL_MS } from '../../../shared/sessions/timing';
import { type ApiFailure, apiFetch } from '../lib/api';
import { type Poller, startPolling } from '../lib/etag-poll';
import { nextSeq } from './device';
import { type JoinCatalogue, problemWords } from './i18n';

export interface MyVote {
  rating: Rating;
  seq: number;
  /** 'in' once the server has it; 'retrying' while the connection is down. */
  status: 'sending' | 'in' | 'retrying';
}

const RETRIES = 6;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Follows the session (the state poll) and sends this phone's votes. A vote is retried with the same
 * number after a dropped connection, so it counts once; the newest tap always wins.
 */
/** `t` is the page's words: what it says, in its language, when a vote cannot be sent or is refused. */
export const useLiveSession = (joined: Joined, token: string, t: JoinCatalogue) => {
  const [state, setState] = useState<PublicState>(joined.state);
  const [votes, setVotes] = useState<Record<string, MyVote>>(
    Object.fromEntries(
      Object.entries(joined.votes).map(([id, rating]) => [id, { rating, seq: 0, status: 'in' as const }]),
    ),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const confirmed = useRef<Record<string, MyVote>>({ ...votes });
  /** The number of the newest tap per promise: an answer to an older tap never overwrites it. */
  const newest = useRef<Record<string, number>>({});
  const poller = useRef<Poller | null>(null);

  useEffect(() => {
    poller.current = startPolling<PublicState>({
      url: fill(API_PATHS.publicSessionState, { sessionId: joined.sessionId }),
      everyMs: PARTICIPANT_POLL_MS,
      hiddenMs: PARTICIPANT_HIDDEN_POLL_MS,
      onChange: (next) => {
        setState((before) => {
          if (before.promiseId !== next.promiseId) setNotice(null);
          return next;
        });
      },
    });
    return () => poller.current?.stop();
  }, [joined.sessionId]);

  const vote = async (promiseId: string, rating: Rating) => {
    const seq = nextSeq();
    const set = (v: MyVote | undefined) =>
      setVotes((all) => {
        const { [promiseId]: _, ...rest } = all;
        return v ? { ...rest, [promiseId]: v } : rest;
      });
    newest.current[promiseId] = seq;
    const isLatest = () => newest.current[promiseId] === seq;
    setNotice(null);
    set({ rating, seq, status: 'sending' });
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      try {
        const receipt = await apiFetch<VoteReceipt>(fill(API_PATHS.vote, { sessionId: joined.sessionId, promiseId }), {
          method: 'PUT',
          body: { participantToken: token, rating, seq },
          timeoutMs: 8_000,
        });
        const counted: MyVote = { rating: receipt.rating, seq: receipt.seq, status: 'in' };
        if (receipt.seq >= (confirmed.current[promiseId]?.seq ?? 0)) confirmed.current[promiseId] = counted;
        if (isLatest()) set(counted);
        return;
      } catch (e) {
        const failure = e as ApiFailure;
        if (failure.network || failure.status === 503) {
          if (isLatest()) set({ rating, seq, status: 'retrying' });
          await sleep(Math.min(4_000, 800 * (attempt + 1)));
          continue;
        }
        if (isLatest()) {
          set(confirmed.current[promiseId]);
          setNotice(problemWords(t, failure));
        }
        poller.current?.now();
        return;
      }
    }
    if (isLatest()) {
      set(confirmed.current[promiseId]);
      setNotice(t.offline);
    }
  };

  return { state, votes, notice, vote };
};
