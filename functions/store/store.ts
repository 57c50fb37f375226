/**
 * The storage port. Routes depend on this interface; `dynamo/` implements it with lib-dynamodb.
 */
import type { Cohort } from '../../shared/cohort';
import type { LanguageCode } from '../../shared/languages';
import type { Rating } from '../../shared/rating';
import type { CohortFigures } from '../../shared/schemas/cohort-figures';
import type { Council } from '../../shared/schemas/council';
import type { PledgeVersion } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import type { RoundCounts } from '../../shared/scoring/release';
import type { RoundTally } from '../../shared/scoring/tally';
import type { CouncilLanguageRecord, LanguageSettings } from '../../shared/translations/offer';
import type { TranslationSet } from '../../shared/translations/texts';
import type { ActionStore, BenchmarkStore, CommentStore } from './board-store';
import type { SessionStore } from './session-store';

export interface CouncilStore {
  get(councilId: string): Promise<Council | null>;
  getBySlug(slug: string): Promise<Council | null>;
  /** Fails with a ConflictError when the slug is already taken. */
  create(council: Council): Promise<void>;
  /**
   * Replaces the council's settings (not its id or slug) and sets its version to `expectedVersion + 1`;
   * fails with a ConflictError when its version is no longer `expectedVersion` (0: never changed).
   */
  updateSettings(council: Council, expectedVersion: number): Promise<void>;
}

export interface PledgeStore {
  latest(councilId: string): Promise<PledgeVersion | null>;
  get(councilId: string, pledgeId: string, version: number): Promise<PledgeVersion | null>;
  /** Versions are immutable: publishing a version number twice fails with a ConflictError. */
  publish(version: PledgeVersion): Promise<void>;
  /** Every published version of the council's pledge, oldest first. */
  listVersions(councilId: string): Promise<PledgeVersion[]>;
}

export interface RoundStore {
  get(roundId: string): Promise<Round | null>;
  listForCouncil(councilId: string): Promise<Round[]>;
  put(round: Round): Promise<void>;
  /** The id of the round the council opened last through `open`, read consistently; null before the first. */
  lastOpened(councilId: string): Promise<string | null>;
  /**
   * Stores a new round as the council's last opened, only if the last opened is still `previous`
   * (what the caller read before deciding no round was open); ConflictError when another open won.
   */
  open(round: Round, previous: string | null): Promise<void>;
}

export interface NewComment {
  commentId: string;
  promiseId?: string;
  text: string;
  urgent: boolean;
  /**
   * An urgent comment's link to the other comments sent with it, kept only when its council decided so
   * (linkUrgentComments, docs/dpia.md), for the safeguarding lead.
   */
  sentWith?: string[];
  /**
   * An urgent comment's arrival, to the minute, so the safeguarding lead knows how long it waited; the response
   * itself keeps the day only, so the two cannot be joined by time.
   */
  arrivedAt?: string;
}

export interface SubmissionRecord {
  round: Round;
  submissionId: string;
  ratings: Record<string, Rating>;
  cohort: Cohort;
  comments: NewComment[];
  /** The day the answers arrived (YYYY-MM-DD): no time of day is kept beside them. */
  receivedOn: string;
  /** Epoch seconds after which DynamoDB deletes the raw comments. */
  commentsExpireAt: number;
  /** In a round with one-time codes: the hash of the code, marked used in the same transaction (never stored with the answers). */
  accessCodeHash?: string;
}

export type SubmitOutcome =
  | { kind: 'stored'; receivedOn: string }
  /** The id was stored before: nothing changes, whatever this body says (it is never compared). */
  | { kind: 'duplicate'; receivedOn: string }
  /** The one-time code is unknown in this round or already used: nothing was stored. */
  | { kind: 'code-refused' };

export interface ResponseStore {
  /** Stores the response and counts it in one transaction; a replayed id changes nothing. */
  submit(record: SubmissionRecord): Promise<SubmitOutcome>;
  /** The day a submission id was stored, or null: lets a resend after the round closed be told it arrived. */
  received(roundId: string, submissionId: string): Promise<{ receivedOn: string } | null>;
  /**
   * Removes from a round's responses stored before `receivedOn` their digest and time of day, keeping the
   * day (`npm run scrub-responses`). Returns how many items it changed; safe to run again.
   */
  scrubLegacy(roundId: string): Promise<number>;
  /**
   * How many responses of the round arrived on or after the day of `since` (responses keep the day only;
   * counted by the store, never read out): reads the round's raw responses, so it is for a rare staff step
   * such as closing a round.
   */
  countReceivedSince(roundId: string, since: string): Promise<number>;
}

export interface AggregateStore {
  /** Reads the round's counters (never the raw responses), so its cost does not grow with responses. */
  read(roundId: string): Promise<RoundTally>;
  /** The same counters kept apart: the survey's, and each live session's (the parts a figure is protected by). */
  readParts(roundId: string): Promise<RoundCounts>;
}

/** Who did what, when: every staff change, export, moderation decision and publish. */
export interface AuditEntry {
  councilId: string;
  at: string;
  /** The staff member's e-mail (from their verified token). */
  actor: string;
  /** A short verb phrase such as "pledge.publish" or "comment.approve". */
  action: string;
  /** What it was done to: an id such as a round, comment or user. */
  target: string;
  details?: Record<string, string | number | boolean>;
}

export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(councilId: string, limit?: number): Promise<AuditEntry[]>;
}

export interface AccessCodeBatchRecord {
  batchId: string;
  roundId: string;
  label?: string;
  count: number;
  createdAt: string;
  createdBy: string;
}

/** One-time codes, kept only as hashes; a code item knows its batch and whether it was used, nothing more. */
export interface AccessCodeStore {
  /** The round's random secret for hashing its codes, made the first time it is asked for. */
  secret(roundId: string): Promise<string>;
  /** Stores code hashes of a batch; returns those that were already there (the caller draws new codes for them). */
  addBatch(batch: AccessCodeBatchRecord, hashes: string[]): Promise<string[]>;
  /** Records the batch once all its codes are stored. */
  putBatch(batch: AccessCodeBatchRecord): Promise<void>;
  status(roundId: string, codeHash: string): Promise<'unused' | 'used' | 'unknown'>;
  /** Every batch of the round with how many of its codes were used. */
  batches(roundId: string): Promise<(AccessCodeBatchRecord & { used: number })[]>;
}

/** Fixed-window counters for rate limiting, keyed by a salted hash of the client address. */
export interface RateLimitStore {
  /** Adds one to the window's counter and returns the count so far; the item expires by itself. */
  hit(clientKey: string, windowStart: number, expiresAt: number): Promise<number>;
  /** The window's count so far, without adding to it (0 for a window nobody has used). */
  hits(clientKey: string, windowStart: number): Promise<number>;
}

/** When each member of staff's access last changed (roles changed, account removed), by e-mail address. */
export interface StaffAccessStore {
  /** Milliseconds since 1970 of the last change, 0 when none is recorded. */
  changedAt(email: string): Promise<number>;
  /** Records a change now; the item goes once no token from before it can still be valid (`expiresAt`, seconds). */
  record(email: string, atMs: number, expiresAt: number): Promise<void>;
}

/** The council's figures of young people who could answer a round, kept beside the round. */
export interface CohortFigureStore {
  get(roundId: string): Promise<CohortFigures | null>;
  /** Writes the round's figures, replacing any entered before. */
  put(figures: CohortFigures): Promise<void>;
}

/** A council's translations of its own texts and its choices, per language other than English. */
export interface TranslationStore {
  get(councilId: string, language: LanguageCode): Promise<CouncilLanguageRecord | null>;
  /** Every language the council has stored anything for. */
  list(councilId: string): Promise<CouncilLanguageRecord[]>;
  /**
   * Writes the language's whole record as version `expectedVersion + 1`; ConflictError when its version is no
   * longer `expectedVersion` (0: nothing stored yet).
   */
  put(
    councilId: string,
    record: { settings: LanguageSettings; translations: TranslationSet },
    expectedVersion: number,
  ): Promise<void>;
}

export interface Store {
  councils: CouncilStore;
  pledges: PledgeStore;
  rounds: RoundStore;
  responses: ResponseStore;
  aggregates: AggregateStore;
  audit: AuditStore;
  sessions: SessionStore;
  comments: CommentStore;
  actions: ActionStore;
  benchmark: BenchmarkStore;
  accessCodes: AccessCodeStore;
  rateLimits: RateLimitStore;
  staffAccess: StaffAccessStore;
  cohortFigures: CohortFigureStore;
  translations: TranslationStore;
}
