/** What a phone does in a session: find it by code, join (or rejoin), follow its state, vote. */
import { createHash } from 'node:crypto';
import type { Rating } from '../../../shared/rating';
import type { Council } from '../../../shared/schemas/council';
import { publicLanguagesOf } from '../../../shared/schemas/public-survey';
import type { SessionGroup } from '../../../shared/sessions/groups';
import { takesPhones } from '../../../shared/sessions/mode';
import type { CodeLookup, Joined, PublicState, VoteReceipt } from '../../../shared/sessions/schemas';
import { newParticipant, type Participant, planVote, ratingsOf } from '../../../shared/sessions/votes';
import { councilNamesOf } from '../../../shared/sessions/words';
import type { AppDeps } from '../deps';
import { notFound } from '../http-error';
import { requireOpenRound, settle } from './sessions';
import { publicStateView, sessionConflict } from './sessions-views';

/** Only a hash of the phone's token is stored: a table reader cannot vote as that phone. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

const nowSeconds = (deps: AppDeps) => Math.floor(deps.now().getTime() / 1000);

const ROOM_FULL =
  'This session is full: everyone the facilitator said is in the room has joined. Ask the person running the session.';
const ROOM_LOCKED = 'The room is locked: everyone is in, so nobody new can join. Ask the person running the session.';
const NO_SESSION = 'No session has this code. Check the code on the screen, or ask the person running the session.';

/** The state now, settled (a session idle too long or of a closed round ends here); null when there is none. */
const stateNow = async (deps: AppDeps, sessionId: string, options: { consistent?: boolean } = {}) => {
  const stored = await deps.store.sessions.state(sessionId, options);
  return stored ? settle(deps, stored) : null;
};

/** A code opens only a session that is still going: an ended session's code is dead. */
export const lookupCode = async (deps: AppDeps, code: string): Promise<CodeLookup> => {
  const sessionId = await deps.store.sessions.byCode(code, nowSeconds(deps));
  const session = sessionId ? await deps.store.sessions.get(sessionId) : null;
  if (!session || session.endedAt !== null) throw notFound(NO_SESSION);
  const state = await stateNow(deps, session.sessionId);
  if (!state || state.status === 'ended') throw notFound(NO_SESSION);
  const council = await deps.store.councils.get(session.councilId);
  const languages = council ? await sessionLanguages(deps, council, session.roundId) : [];
  return {
    sessionId: session.sessionId,
    name: session.name,
    councilName: council?.name ?? '',
    languages: languages.map((l) => l.language),
    councilNames: councilNamesOf(languages),
  };
};

/** The languages the council offers for the round, with their translations: a phone shows the promises in its own. */
const sessionLanguages = async (deps: AppDeps, council: Council, roundId: string) => {
  const round = await deps.store.rounds.get(roundId);
  const pledge = round ? await deps.store.pledges.get(council.councilId, round.pledgeId, round.pledgeVersion) : null;
  return pledge
    ? publicLanguagesOf(council, pledge, await deps.store.translations.list(council.councilId), round?.name ?? null)
    : [];
};

export const joinSession = async (
  deps: AppDeps,
  sessionId: string,
  input: { participantToken: string; group?: SessionGroup | undefined },
): Promise<Joined> => {
  const session = await deps.store.sessions.get(sessionId);
  if (!session || session.codeExpiresAt <= nowSeconds(deps)) throw notFound(NO_SESSION);
  const [state, council] = await Promise.all([
    stateNow(deps, sessionId, { consistent: true }),
    deps.store.councils.get(session.councilId),
  ]);
  if (!state) throw notFound(NO_SESSION);
  // An ended session shows its thank-you; nobody new is counted as having joined it.
  let participant: Participant | null = null;
  if (state.status !== 'ended') {
    if (!takesPhones(session.mode))
      throw sessionConflict(
        'not_allowed',
        'This session counts a show of hands, not phones. Put your hand up when asked!',
      );
    const round = await deps.store.rounds.get(session.roundId);
    if (!round) throw notFound(NO_SESSION);
    requireOpenRound(round, deps.now());
    const hash = tokenHash(input.participantToken);
    const fresh = newParticipant(input.group ?? null);
    // A locked room still lets in a phone that was already in (a reload, a locked screen).
    const joined = state.locked
      ? await deps.store.sessions.participant(sessionId, hash)
      : await deps.store.sessions.join(session, hash, fresh);
    if (joined === null) {
      await deps.store.sessions.refuse(sessionId);
      throw sessionConflict('room_locked', ROOM_LOCKED);
    }
    if (joined === 'room_full') throw sessionConflict('room_full', ROOM_FULL);
    participant = joined;
  }
  return {
    sessionId,
    name: session.name,
    councilName: council?.name ?? '',
    languages: council ? await sessionLanguages(deps, council, session.roundId) : [],
    room: session.room,
    promises: session.promises,
    group: participant?.group ?? null,
    votes: participant ? ratingsOf(participant) : {},
    state: publicStateView(state),
  };
};

/** The phone's poll: one small GetItem (eventually consistent: half a read unit), whatever the size of the room. */
export const publicStateOf = async (deps: AppDeps, sessionId: string): Promise<PublicState> => {
  const state = await stateNow(deps, sessionId);
  if (!state) throw notFound(NO_SESSION);
  return publicStateView(state);
};

export const castVote = async (
  deps: AppDeps,
  sessionId: string,
  promiseId: string,
  input: { participantToken: string; rating: Rating; seq: number },
): Promise<VoteReceipt> => {
  const state = await stateNow(deps, sessionId, { consistent: true });
  if (!state) throw notFound(NO_SESSION);
  if (state.status === 'ended')
    throw sessionConflict(
      'ended',
      'This session has ended, so votes can no longer be sent. Thank you for taking part!',
    );
  if (state.promiseId !== promiseId)
    throw sessionConflict('moved_on', 'The group has moved on: this promise is not on the screen any more.');
  if (state.closed.includes(promiseId))
    throw sessionConflict(
      'voting_closed',
      'Voting on this promise has closed. Your last vote before it closed counts.',
    );
  const round = await deps.store.rounds.get(state.roundId);
  if (!round) throw notFound(NO_SESSION);
  requireOpenRound(round, deps.now());
  const plan = await deps.store.sessions.vote(state, tokenHash(input.participantToken), (p) =>
    planVote(p, promiseId, input.rating, input.seq),
  );
  if (!plan) throw notFound('This phone has not joined this session. Join again with the code on the screen.');
  const counted = plan.participant.votes[promiseId]!;
  return { promiseId, rating: counted.rating, seq: counted.seq };
};
