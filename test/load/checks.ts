/**
 * What must hold after the run, read from the store's raw records and the API, never from the counters
 * alone: every submission a phone believes sent is stored once with the answers it sent, the counters hold
 * exactly those and the room's final votes, the scorecard equals a recount from the raw records, and the
 * reconcile command finds nothing to repair.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { REPO_ROOT } from '../../functions/local/web-build';
import { inPartition } from '../../functions/store/dynamo/expressions';
import { dynamoReconcile } from '../../functions/store/dynamo/reconcile';
import { keys, SHARDS } from '../../functions/store/keys';
import { TABLE } from '../../functions/store/table-design';
import type { Cohort } from '../../shared/cohort';
import { DEFAULT_THRESHOLDS } from '../../shared/limits';
import { emptyCounts, RATINGS, type Rating, type RatingCounts } from '../../shared/rating';
import type { Submission } from '../../shared/schemas/response';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { figuresOf, SUPPRESSED } from '../../shared/scoring/figures';
import { addParticipant } from '../../shared/scoring/reconcile';
import { peopleOf, type RoundCounts, releasePromise } from '../../shared/scoring/release';
import { addResponse, emptyRoundTally, type RoundTally, totalCounts, totalResponses } from '../../shared/scoring/tally';
import type { RoomResult } from './session-room';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

interface RawItem {
  submissionId: string;
  ratings: Record<string, Rating>;
  cohort: Cohort;
}

/** Every raw response item of the round, shard by shard, page by page. */
export const rawResponses = async (db: DynamoDBDocumentClient, table: string, roundId: string): Promise<RawItem[]> => {
  const items: RawItem[] = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          ...inPartition(keys.responsePartition(roundId, shard)),
          ExclusiveStartKey,
          ConsistentRead: true,
        }),
      );
      for (const i of page.Items ?? [])
        items.push({
          submissionId: String(i[TABLE.sortKey]),
          ratings: i.ratings as Record<string, Rating>,
          cohort: i.cohort as Cohort,
        });
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return items;
};

const sameRatings = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

export const storedExactlyOnce = (believedSent: Submission[], attempted: Set<string>, raw: RawItem[]): Check => {
  const byId = new Map<string, RawItem[]>();
  for (const r of raw) byId.set(r.submissionId, [...(byId.get(r.submissionId) ?? []), r]);
  const missing = believedSent.filter((s) => !byId.has(s.submissionId));
  const twice = [...byId].filter(([, rs]) => rs.length > 1);
  const changed = believedSent.filter(
    (s) => byId.has(s.submissionId) && !sameRatings(s.ratings, byId.get(s.submissionId)![0]!.ratings),
  );
  const phantom = raw.filter((r) => !attempted.has(r.submissionId));
  const ok = missing.length === 0 && twice.length === 0 && changed.length === 0 && phantom.length === 0;
  return {
    name: 'every submission a phone believes sent is stored exactly once, with its answers',
    ok,
    detail: `${believedSent.length} believed sent, ${raw.length} raw responses stored; missing ${missing.length}, stored twice ${twice.length}, answers differ ${changed.length}, stored but never sent ${phantom.length}`,
  };
};

/** Counts per promise from what the phones were told: the believed-sent surveys and each phone's final votes. */
export const expectedCounts = (believedSent: Submission[], rooms: RoomResult[]): Map<string, RatingCounts> => {
  const counts = new Map<string, RatingCounts>();
  const add = (promiseId: string, rating: Rating) => {
    const c = counts.get(promiseId) ?? emptyCounts();
    c[rating]++;
    counts.set(promiseId, c);
  };
  for (const s of believedSent) for (const [id, r] of Object.entries(s.ratings)) add(id, r);
  for (const room of rooms) for (const phone of room.finalVotes) for (const [id, r] of phone) add(id, r);
  return counts;
};

/** The recount: the raw survey responses and the sessions' raw participant records, counted afresh. */
export const recount = async (
  db: DynamoDBDocumentClient,
  table: string,
  raw: RawItem[],
  sessionIds: string[],
): Promise<{ tally: RoundTally; parts: RoundCounts }> => {
  const tally = emptyRoundTally();
  const survey = emptyRoundTally();
  const sessions = new Map<string, RoundTally>();
  for (const r of raw) {
    addResponse(tally, r.ratings, r.cohort);
    addResponse(survey, r.ratings, r.cohort);
  }
  for (const sessionId of sessionIds) {
    const own = emptyRoundTally();
    sessions.set(sessionId, own);
    await dynamoReconcile(db, table).scanParticipants(sessionId, (page) => {
      for (const p of page) {
        addParticipant(tally, p);
        addParticipant(own, p);
      }
    });
  }
  return { tally, parts: { survey, sessions } };
};

const countsEqual = (a: RatingCounts, b: RatingCounts) => RATINGS.every((r) => a[r] === b[r]);

export const countsMatchPhones = (
  tally: RoundTally,
  expected: Map<string, RatingCounts>,
  promiseIds: string[],
): Check => {
  const differ = promiseIds.filter(
    (id) =>
      !countsEqual(
        tally.promises.has(id) ? totalCounts(tally.promises.get(id)!) : emptyCounts(),
        expected.get(id) ?? emptyCounts(),
      ),
  );
  return {
    name: 'the recount from raw records equals what the phones were told, rating by rating',
    ok: differ.length === 0,
    detail:
      differ.length === 0
        ? `${promiseIds.length} promises × ${RATINGS.length} ratings equal`
        : `${differ.length} promises differ, first ${differ[0]}`,
  };
};

/**
 * The scorecard a board reads once the round is final, figure by figure (counts, n, score, interval, status; the
 * survey and the sessions apart; who answered), against the recount, released by the same rule as the server's.
 */
export const scorecardMatchesRecount = (card: Scorecard, parts: RoundCounts): Check => {
  const problems: string[] = [];
  const people = peopleOf(parts);
  const responses = totalResponses(parts.survey);
  if (JSON.stringify(card.people) !== JSON.stringify(people))
    problems.push(`people: scorecard ${JSON.stringify(card.people)}, recount ${JSON.stringify(people)}`);
  let figures = 0;
  const thresholds = card.thresholds ?? DEFAULT_THRESHOLDS;
  const shown = (c: RatingCounts | null) => (c ? figuresOf(c, thresholds) : SUPPRESSED);
  for (const section of card.sections) {
    for (const p of section.promises) {
      const rel = releasePromise(parts, p.promiseId);
      for (const [what, got, want] of [
        ['all', p.figures, shown(rel.total)],
        ['survey', p.parts.survey, shown(rel.survey)],
        ['sessions', p.parts.sessions, shown(rel.sessions)],
      ] as const) {
        figures++;
        if (JSON.stringify(got) !== JSON.stringify(want))
          problems.push(`${p.promiseId} ${what}: scorecard ${JSON.stringify(got)}, recount ${JSON.stringify(want)}`);
      }
    }
  }
  return {
    name: 'the scorecard equals the recount from raw records to the last digit',
    ok: problems.length === 0,
    detail:
      problems.length === 0
        ? `${responses} survey responses, ${figures} promise figures compared, all equal`
        : `${problems.length} differ: ${problems.slice(0, 3).join('; ')}`,
  };
};

/** `npm run reconcile` itself, in its own process, against the run's DynamoDB Local. */
export const reconcileCommand = (roundId: string, endpoint: string, table: string) =>
  new Promise<Check>((done) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'functions/cli/reconcile.ts'),
        roundId,
        '--json',
        '--endpoint',
        endpoint,
        '--table',
        table,
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      let detail = `exit ${code}`;
      try {
        const report = JSON.parse(out.slice(out.indexOf('{'))) as {
          differences: number;
          busy: boolean;
          recount: { responses: number; ratings: number };
        };
        detail = `exit ${code}, ${report.differences} differences, recounted ${report.recount.responses} responses and ${report.recount.ratings} ratings${report.busy ? ' (busy)' : ''}`;
      } catch {
        detail += `: ${out.trim().slice(0, 400)}`;
      }
      done({ name: 'npm run reconcile reports no difference', ok: code === 0, detail });
    });
  });
