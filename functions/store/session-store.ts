/**
 * The storage port for live sessions (part of `Store`, kept in its own file because it is large).
 * `dynamo/sessions.ts` implements it; the pure rules it applies live in shared/sessions/.
 */
import type { Cohort } from '../../shared/cohort';
import type { RoundTally } from '../../shared/scoring/tally';
import type { RoomGroup } from '../../shared/sessions/groups';
import type { EndedBy } from '../../shared/sessions/lifetime';
import type { SessionMode, SessionSource } from '../../shared/sessions/mode';
import type { SessionState } from '../../shared/sessions/state';
import type { SessionPromise } from '../../shared/sessions/summary';
import type { SessionTally, TallyPlan } from '../../shared/sessions/tally';
import type { Participant, VotePlan } from '../../shared/sessions/votes';

export interface SessionRecord {
  sessionId: string;
  councilId: string;
  roundId: string;
  name: string;
  joinCode: string;
  room: RoomGroup;
  /** How many young people the facilitator said are in the room: joins beyond it are refused. */
  roomSize: number;
  mode: SessionMode;
  /** A copy of each promise's words as the session started, in the order they are shown. */
  promises: SessionPromise[];
  createdAt: string;
  /** The staff member who made it (staff are not anonymous). */
  createdBy: string;
  endedAt: string | null;
  endedBy: EndedBy | null;
  /** Set when the counts were checked (by the facilitator, or by the session ending by itself); then they reach the board. */
  countsConfirmedAt: string | null;
  /** The sources the check vouches for: both for a facilitator's check in a mixed room, phones only for a self-ended session. */
  confirmedSources: SessionSource[];
  /**
   * Epoch seconds: nobody can join after this, and DynamoDB deletes the join code (TTL). The per-phone
   * records stay: they are the session's raw records, which a recount of the round reads (see data-model.md).
   */
  codeExpiresAt: number;
}

/** The small item every phone polls: the state machine's fields plus what a vote needs to be checked. */
export interface StoredSessionState extends SessionState {
  sessionId: string;
  councilId: string;
  roundId: string;
  /** The promise on the screen, or null in the lobby and once ended. */
  promiseId: string | null;
  promiseCount: number;
  updatedAt: string;
}

export type SessionRef = Pick<SessionRecord, 'sessionId' | 'councilId' | 'roundId'>;
export type { SessionSource };

/** The room's seats: phones admitted, and phones refused because the room was full. */
export interface SessionSeats {
  taken: number;
  refused: number;
}

export interface SessionNote {
  councilId: string;
  roundId: string;
  sessionId: string;
  commentId: string;
  promiseId: string;
  text: string;
  urgent: boolean;
  receivedOn: string;
  /** The exact time, kept for an urgent note (a facilitator's words, not a young person's). */
  receivedAt?: string;
  /** Epoch seconds after which the raw note is deleted, from the council's comment retention. */
  expiresAt: number;
}

export interface SessionCounts {
  /** The session's own counters, shaped like a round's (by source, age group and care status). */
  tally: RoundTally;
  /** Phones that have joined. */
  joined: number;
}

export interface SessionStore {
  /** Writes the join code, the session and its state together; a ConflictError when the code is taken. */
  create(session: SessionRecord, state: StoredSessionState): Promise<void>;
  get(sessionId: string): Promise<SessionRecord | null>;
  /** The session a join code opens, or null when there is none or it has expired. */
  byCode(code: string, nowSeconds: number): Promise<string | null>;
  /** Newest first. */
  listForCouncil(councilId: string): Promise<SessionRecord[]>;
  state(sessionId: string, options?: { consistent?: boolean }): Promise<StoredSessionState | null>;
  /** Writes the next state only if the stored one still has `expectedVersion`; false when it has moved on. */
  putState(next: StoredSessionState, expectedVersion: number): Promise<boolean>;
  /**
   * Ends the session: writes its ended state (only if the stored one still has `expectedVersion`), marks
   * the session ended and deletes its join code, in one transaction; false when the state has moved on.
   */
  end(
    session: SessionRecord,
    next: StoredSessionState,
    expectedVersion: number,
    endedBy: EndedBy,
    confirmed?: SessionSource[],
  ): Promise<boolean>;
  /**
   * Registers a phone, or finds it again (a rejoin); the joined count rises only for a new one, and only
   * while seats are left (`room_full` when not: the refusal is counted).
   */
  join(
    ref: SessionRef & Pick<SessionRecord, 'roomSize'>,
    tokenHash: string,
    fresh: Participant,
  ): Promise<Participant | 'room_full'>;
  /** A phone's record, or null when it never joined. */
  participant(sessionId: string, tokenHash: string): Promise<Participant | null>;
  seats(sessionId: string): Promise<SessionSeats>;
  /** Counts a phone turned away (the room locked). */
  refuse(sessionId: string): Promise<void>;
  /** Records the facilitator's check of the counts; false when the session has not ended. */
  confirm(sessionId: string, at: string, sources: SessionSource[]): Promise<boolean>;
  /**
   * Applies a vote planned against the participant's stored record: the record and the counter moves are
   * written in one transaction that holds only if the record is unchanged, else it is read and planned again.
   * Null when the phone never joined.
   */
  vote(ref: SessionRef, tokenHash: string, plan: (p: Participant) => VotePlan): Promise<VotePlan | null>;
  tally(sessionId: string): Promise<SessionTally>;
  /** Sets one promise's show of hands, moving the counters by the difference, in the given cohort. */
  setTally(ref: SessionRef, cohort: Cohort, plan: (t: SessionTally) => TallyPlan): Promise<TallyPlan>;
  /** The session's own counts, from its few counter items (never from the participants). */
  counts(roundId: string, sessionId: string): Promise<SessionCounts>;
  /** Puts a note in the council's moderation queue as a comment; the same commentId twice stores it once. */
  addNote(note: SessionNote): Promise<'stored' | 'duplicate'>;
}
