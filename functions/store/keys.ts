/**
 * Every key shape in the table. This file is the only code that builds a key string; docs/data-model.md
 * describes the same shapes and the access pattern each one serves.
 */
import { TABLE } from './table-design';

const { partitionKey: PK, sortKey: SK } = TABLE;
const GSI = TABLE.indexes.byCouncil;

/** Raw responses of a round and its counters are spread over this many shards (see data-model.md). */
export const SHARDS = 8;
/** Each shard's counters are split by promise over this many items, keeping update expressions short. */
export const PARTS = 4;

/** An id inside a key, as shared/ids.ts allows them. */
const ID_PART = '[A-Za-z0-9_-]{1,40}';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Sort-key prefixes that key readers below test as well as build. */
const COMMENT = 'COMMENT#';
const SESSION_COUNTERS = 'SESS#';
const REPAIR = 'REPAIR#';
const REPAIR_CHUNK = new RegExp(`(?:^|#)${REPAIR}(\\d+)$`);

/** FNV-1a: a small, stable hash so a submission id always lands on the same shard. */
export const stableHash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
};
export const shardOf = (submissionId: string): number => stableHash(submissionId) % SHARDS;
export const partOf = (promiseId: string): number => stableHash(promiseId) % PARTS;

export const keys = {
  council: (councilId: string) => ({ [PK]: `COUNCIL#${councilId}`, [SK]: 'COUNCIL' }),
  /** Claims a slug for one council; written in the same transaction as the council. */
  councilSlug: (slug: string) => ({ [PK]: `SLUG#${slug}`, [SK]: 'SLUG' }),
  /** Versions sort by their zero-padded number, so the newest is the last in the partition. */
  pledgeVersion: (councilId: string, pledgeId: string, version: number) => ({
    [PK]: `COUNCIL#${councilId}`,
    [SK]: `PLEDGE#${pledgeId}#V#${pad(version, 6)}`,
  }),
  pledgeVersionPrefix: (pledgeId?: string) => (pledgeId ? `PLEDGE#${pledgeId}#V#` : 'PLEDGE#'),
  councilPartition: (councilId: string) => `COUNCIL#${councilId}`,
  round: (roundId: string) => ({ [PK]: `ROUND#${roundId}`, [SK]: 'ROUND' }),
  /** The council's figures of young people who could answer the round, beside the round (response rates). */
  cohortFigures: (roundId: string) => ({ [PK]: `ROUND#${roundId}`, [SK]: 'COHORT-FIGURES' }),
  roundOfCouncil: (councilId: string, opensAt: string, roundId: string) => ({
    [GSI.partitionKey]: `COUNCIL#${councilId}#ROUNDS`,
    [GSI.sortKey]: `${opensAt}#${roundId}`,
  }),
  roundsOfCouncilPartition: (councilId: string) => `COUNCIL#${councilId}#ROUNDS`,
  /** A council's translation of its texts into one language, with its choices for that language (one item). */
  councilLanguage: (councilId: string, language: string) => ({
    [PK]: `COUNCIL#${councilId}`,
    [SK]: `LANG#${language}`,
  }),
  councilLanguagePrefix: 'LANG#',
  /** The round a council opened last: opening a round changes it under a condition, so two opens cannot both win. */
  lastOpenedRound: (councilId: string) => ({ [PK]: `COUNCIL#${councilId}`, [SK]: 'LAST-OPENED-ROUND' }),
  response: (roundId: string, submissionId: string) => ({
    [PK]: `RESP#${roundId}#${pad(shardOf(submissionId), 2)}`,
    [SK]: submissionId,
  }),
  responsePartition: (roundId: string, shard: number) => `RESP#${roundId}#${pad(shard, 2)}`,
  aggregate: (roundId: string, shard: number, part: number) => ({
    [PK]: `AGG#${roundId}`,
    [SK]: `S${pad(shard, 2)}#P${part}`,
  }),
  aggregatePartition: (roundId: string) => `AGG#${roundId}`,
  comment: (councilId: string, roundId: string, commentId: string) => ({
    [PK]: `COUNCIL#${councilId}`,
    [SK]: `${COMMENT}${roundId}#${commentId}`,
  }),
  /** The moderation queue: urgent first, then oldest first. */
  commentInQueue: (councilId: string, urgent: boolean, status: string, receivedOn: string, commentId: string) => ({
    [GSI.partitionKey]: `COUNCIL#${councilId}#COMMENTS`,
    [GSI.sortKey]: `${status}#${urgent ? '0' : '1'}#${receivedOn}#${commentId}`,
  }),
  commentsOfRoundPrefix: (roundId: string) => `${COMMENT}${roundId}#`,
  /** Every comment of a council, in its partition. */
  commentPrefix: COMMENT,
  /** Whether a sort key is a comment's (a moderation page cursor must point at one). */
  isCommentSortKey: (sk: string) => sk.startsWith(COMMENT),
  /**
   * The parts of a comment's queue place, read back from the two sort keys a moderation page cursor carries;
   * null unless they are exactly what commentInQueue and comment build for one waiting comment.
   */
  commentQueuePlace: (councilId: string, sk: string, gsk: string) => {
    const item = new RegExp(`^${COMMENT}(${ID_PART})#(${ID_PART})$`).exec(sk);
    const place = new RegExp(`^pending#([01])#(\\d{4}-\\d{2}-\\d{2})#(${ID_PART})$`).exec(gsk);
    if (!item || !place || item[2] !== place[3]) return null;
    const [, roundId = '', commentId = ''] = item;
    const [, urgent, receivedOn = ''] = place;
    const rebuilt = keys.commentInQueue(councilId, urgent === '0', 'pending', receivedOn, commentId);
    const own = keys.comment(councilId, roundId, commentId);
    return rebuilt[GSI.sortKey] === gsk && own[SK] === sk
      ? { roundId, commentId, urgent: urgent === '0', receivedOn }
      : null;
  },
  /** An approved or redacted comment leaves the queue for its round's board list, oldest first. */
  commentShown: (councilId: string, roundId: string, receivedOn: string, commentId: string) => ({
    [GSI.partitionKey]: `COUNCIL#${councilId}#SHOWN#${roundId}`,
    [GSI.sortKey]: `${receivedOn}#${commentId}`,
  }),
  commentsShownPartition: (councilId: string, roundId: string) => `COUNCIL#${councilId}#SHOWN#${roundId}`,
  commentQueuePartition: (councilId: string) => `COUNCIL#${councilId}#COMMENTS`,
  /** The comments of a status in the queue's partition; only its urgent ones (at the front) when asked. */
  commentQueuePrefix: (status: string, urgentOnly = false) => `${status}#${urgentOnly ? '0#' : ''}`,
  /** "You said, we did": an action about a promise, in its council's partition, grouped by round. */
  action: (councilId: string, roundId: string, actionId: string) => ({
    [PK]: `COUNCIL#${councilId}`,
    [SK]: `ACTION#${roundId}#${actionId}`,
  }),
  actionPrefix: (roundId?: string) => (roundId ? `ACTION#${roundId}#` : 'ACTION#'),
  /** Each council's latest theme summary, all in one small partition read whole for the benchmark. */
  themeSummary: (councilId: string) => ({ [PK]: 'BENCHMARK', [SK]: `COUNCIL#${councilId}` }),
  themeSummaryPartition: () => 'BENCHMARK',
  /** The benchmark as released on one day (UTC): the summaries it was taken from, frozen by the day's first read. */
  benchmarkRelease: (day: string) => ({ [PK]: 'BENCHMARK-RELEASE', [SK]: day }),
  /** The audit log of a council, newest last; the sort key keeps entries in time order. */
  auditEntry: (councilId: string, at: string, entryId: string) => ({
    [PK]: `AUDIT#${councilId}`,
    [SK]: `${at}#${entryId}`,
  }),
  auditPartition: (councilId: string) => `AUDIT#${councilId}`,
  /** Local stand-in for SNS: alerts that would have been sent. */
  outboxEntry: (at: string, id: string) => ({ [PK]: 'OUTBOX', [SK]: `${at}#${id}` }),
  outboxPartition: 'OUTBOX',
  staffUser: (email: string) => ({ [PK]: `STAFF#${email.toLowerCase()}`, [SK]: 'STAFF' }),
  /** When a member of staff's roles last changed or they were removed: tokens issued before are refused. */
  staffAccessChange: (email: string) => ({ [PK]: `STAFF#${email.toLowerCase()}`, [SK]: 'ACCESS-CHANGED' }),
  /** A live session: its definition, its small polled state, its tally and its participants share one partition. */
  session: (sessionId: string) => ({ [PK]: `SESSION#${sessionId}`, [SK]: 'SESSION' }),
  sessionPartition: (sessionId: string) => `SESSION#${sessionId}`,
  sessionOfCouncil: (councilId: string, createdAt: string, sessionId: string) => ({
    [GSI.partitionKey]: `COUNCIL#${councilId}#SESSIONS`,
    [GSI.sortKey]: `${createdAt}#${sessionId}`,
  }),
  sessionsOfCouncilPartition: (councilId: string) => `COUNCIL#${councilId}#SESSIONS`,
  sessionState: (sessionId: string) => ({ [PK]: `SESSION#${sessionId}`, [SK]: 'STATE' }),
  sessionTally: (sessionId: string) => ({ [PK]: `SESSION#${sessionId}`, [SK]: 'TALLY' }),
  /** The room's seats: phones admitted and refused, a small item each join is conditioned on. */
  sessionSeats: (sessionId: string) => ({ [PK]: `SESSION#${sessionId}`, [SK]: 'SEATS' }),
  /** Keyed by the hash of the token the phone made; holds that phone's current answer to each promise. */
  sessionParticipant: (sessionId: string, tokenHash: string) => ({
    [PK]: `SESSION#${sessionId}`,
    [SK]: `PART#${tokenHash}`,
  }),
  joinCode: (code: string) => ({ [PK]: `JOIN#${code}`, [SK]: 'JOIN' }),
  /** A session's counters sit in its round's counter partition (so the round's totals include them), sharded like the survey's. */
  sessionCounters: (roundId: string, sessionId: string, shard: number) => ({
    [PK]: `AGG#${roundId}`,
    [SK]: `${SESSION_COUNTERS}${sessionId}#S${pad(shard, 2)}`,
  }),
  sessionCountersPrefix: (sessionId: string) => `${SESSION_COUNTERS}${sessionId}#`,
  sessionParticipantPrefix: 'PART#',
  /**
   * Compensating counter moves written by a reconcile repair, in the same counter partition (so the round's
   * totals and, for a session's, the session's own counts include them); split in chunks to keep expressions short.
   */
  counterRepair: (roundId: string, sessionId: string | null, chunk: number) => ({
    [PK]: `AGG#${roundId}`,
    [SK]: `${sessionId === null ? '' : `${SESSION_COUNTERS}${sessionId}#`}${REPAIR}${pad(chunk, 2)}`,
  }),
  /** The session a counter item belongs to (null for the survey's own items), read back from its sort key. */
  sessionOfCounterItem: (sk: string): string | null =>
    sk.startsWith(SESSION_COUNTERS)
      ? sk.slice(SESSION_COUNTERS.length, sk.indexOf('#', SESSION_COUNTERS.length))
      : null,
  /** A repair item's chunk number, or null for counters written by answers. */
  repairChunkOf: (sk: string): number | null => {
    const m = REPAIR_CHUNK.exec(sk);
    return m ? Number(m[1]) : null;
  },
  /** One small item per round ever opened, so a scheduled check can find every round without scanning the table. */
  roundInRegistry: (roundId: string) => ({ [PK]: 'ROUNDS', [SK]: roundId }),
  roundRegistryPartition: 'ROUNDS',
  /** A round's one-time codes: its hashing secret, its batches and one item per code hash, in one partition. */
  accessCodeSecret: (roundId: string) => ({ [PK]: `ACCESS#${roundId}`, [SK]: 'SECRET' }),
  accessCodeBatch: (roundId: string, createdAt: string, batchId: string) => ({
    [PK]: `ACCESS#${roundId}`,
    [SK]: `BATCH#${createdAt}#${batchId}`,
  }),
  accessCode: (roundId: string, codeHash: string) => ({ [PK]: `ACCESS#${roundId}`, [SK]: `CODE#${codeHash}` }),
  accessCodesPartition: (roundId: string) => `ACCESS#${roundId}`,
  accessCodePrefix: 'CODE#',
  accessBatchPrefix: 'BATCH#',
  /** One rate-limit window of one client key (a salted hash, never an address); each window its own item. */
  rateWindow: (clientKey: string, windowStart: number) => ({ [PK]: `RATE#${clientKey}#${windowStart}`, [SK]: 'RATE' }),
  /** The local directory's staff of a council, by e-mail (Cognito keeps them in AWS). */
  staffOfCouncil: (councilId: string, email: string) => ({
    [GSI.partitionKey]: `COUNCIL#${councilId}#STAFF`,
    [GSI.sortKey]: email.toLowerCase(),
  }),
  staffOfCouncilPartition: (councilId: string) => `COUNCIL#${councilId}#STAFF`,
} as const;
