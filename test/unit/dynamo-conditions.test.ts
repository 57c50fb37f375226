import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cancellationReasons,
  isConditionFailed,
  isTransactionConflict,
  type RetryPolicy,
  withRetries,
} from '../../functions/store/dynamo/conditions';
import { dynamoPledges } from '../../functions/store/dynamo/pledges';
import { dynamoResponses } from '../../functions/store/dynamo/responses';
import { ConflictError, StoreUnavailableError } from '../../functions/store/errors';
import type { SubmissionRecord } from '../../functions/store/store';

/** DynamoDB's refusals as the SDK raises them, so each test meets the real exception classes. */
const $metadata = {};
const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata });
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes.join(', ')}]`,
    $metadata,
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-2' }));
const mock = mockClient(db);
afterEach(() => mock.reset());

const quick: RetryPolicy = { attempts: 5, budgetMs: 10_000, firstDelayMs: 1, maxDelayMs: 2 };
const noWait = async () => {};

describe('recognising DynamoDB refusals', () => {
  it('sees a failed condition on a single write, through the document client', async () => {
    mock.on(PutCommand).rejects(conditionFailed());
    const error = await db.send(new PutCommand({ TableName: 't', Item: {} })).catch((e: unknown) => e);
    expect(isConditionFailed(error)).toBe(true);
    expect(isTransactionConflict(error)).toBe(false);
  });

  it('reads a cancelled transaction’s reasons in the order of its items, and which item failed', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed', 'None'));
    const error = await db.send(new TransactWriteCommand({ TransactItems: [] })).catch((e: unknown) => e);
    expect(cancellationReasons(error)).toEqual(['None', 'ConditionalCheckFailed', 'None']);
    expect(isConditionFailed(error)).toBe(true);
    expect(isConditionFailed(error, 1)).toBe(true);
    expect(isConditionFailed(error, 0)).toBe(false);
  });

  it('tells a conflict with another transaction from a failed condition', () => {
    expect(isTransactionConflict(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isConditionFailed(cancelled('None', 'TransactionConflict'))).toBe(false);
    expect(isTransactionConflict(new TransactionConflictException({ message: 'conflict', $metadata }))).toBe(true);
  });

  it('finds nothing in errors that are not DynamoDB’s refusals', () => {
    for (const e of [new Error('boom'), null, undefined, 'ConditionalCheckFailed', { CancellationReasons: [] }]) {
      expect(cancellationReasons(e)).toEqual([]);
      expect(isConditionFailed(e)).toBe(false);
      expect(isTransactionConflict(e)).toBe(false);
    }
  });
});

describe('withRetries', () => {
  it('tries again after a transaction conflict, waiting longer each time, and returns the answer', async () => {
    let calls = 0;
    const waits: number[] = [];
    const policy: RetryPolicy = { attempts: 10, budgetMs: 10_000, firstDelayMs: 10, maxDelayMs: 1_000 };
    const result = await withRetries(
      'busy',
      policy,
      async () => {
        calls++;
        if (calls < 4) throw cancelled('TransactionConflict');
        return 'done';
      },
      async (ms) => {
        waits.push(ms);
      },
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
    expect(waits).toHaveLength(3);
    // Full jitter keeps half to all of 10, 20, 40 ms.
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(5 * 2 ** i);
      expect(w).toBeLessThanOrEqual(10 * 2 ** i);
    });
  });

  it('asks again at once when the attempt reads afresh (returns undefined)', async () => {
    let calls = 0;
    const waits: number[] = [];
    const result = await withRetries(
      'busy',
      quick,
      async () => (++calls < 3 ? undefined : calls),
      async (ms) => {
        waits.push(ms);
      },
    );
    expect(result).toBe(3);
    expect(waits).toEqual([]);
  });

  it('gives up with "the store is away" once the attempts run out, keeping the last conflict as the cause', async () => {
    const conflict = cancelled('TransactionConflict');
    const error = await withRetries(
      'Too many changes to this vote at this moment',
      quick,
      async () => {
        throw conflict;
      },
      noWait,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe('Too many changes to this vote at this moment');
    expect((error as Error).cause).toBe(conflict);
  });

  it('gives up once its time budget is spent, however many attempts are left', async () => {
    let calls = 0;
    const policy: RetryPolicy = { attempts: Number.POSITIVE_INFINITY, budgetMs: 30, firstDelayMs: 10, maxDelayMs: 10 };
    const error = await withRetries('busy', policy, async () => {
      calls++;
      throw cancelled('TransactionConflict');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(10);
  });

  it('throws any other error at once', async () => {
    let calls = 0;
    const error = await withRetries(
      'busy',
      quick,
      async () => {
        calls++;
        throw conditionFailed();
      },
      noWait,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(calls).toBe(1);
  });
});

describe('the store’s writers meet the refusals through this module', () => {
  const record: SubmissionRecord = {
    round: { roundId: 'r1', councilId: 'c1' },
    submissionId: '6c1f0e3e-2b4a-4c1e-9a57-1f0d3c2b1a00',
    ratings: { p1: 'yes' },
    cohort: { age: 'not-answered', care: 'not-answered', source: 'survey' },
    comments: [],
    receivedOn: '2027-03-01',
    commentsExpireAt: 0,
  } as unknown as SubmissionRecord;

  it('a submission that meets a conflict is sent again, on a fresh transaction, and stored once', async () => {
    mock.on(TransactWriteCommand).rejectsOnce(cancelled('None', 'TransactionConflict')).resolves({});
    const result = await dynamoResponses(db, 't').submit(record);
    expect(result).toEqual({ kind: 'stored', receivedOn: record.receivedOn });
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('a submission whose id is already stored is answered as a duplicate, without trying again', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    mock.on(GetCommand).resolves({ Item: { receivedOn: '2027-02-28' } });
    const result = await dynamoResponses(db, 't').submit(record);
    expect(result).toEqual({ kind: 'duplicate', receivedOn: '2027-02-28' });
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('a response stored before days were kept (with receivedAt) answers with the day of it', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    mock.on(GetCommand).resolves({ Item: { receivedAt: '2027-02-27T23:59:00.000Z', bodyHash: 'old' } });
    expect(await dynamoResponses(db, 't').submit(record)).toEqual({ kind: 'duplicate', receivedOn: '2027-02-27' });
    expect(await dynamoResponses(db, 't').received('r1', record.submissionId)).toEqual({ receivedOn: '2027-02-27' });
  });

  it('a submission whose one-time code was used is refused by the code’s item (the second)', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed', 'None'));
    const result = await dynamoResponses(db, 't').submit({ ...record, accessCodeHash: 'code' });
    expect(result).toEqual({ kind: 'code-refused' });
  });

  it('a pledge version published twice is a conflict a person can read', async () => {
    mock.on(PutCommand).rejects(conditionFailed());
    const error = await dynamoPledges(db, 't')
      .publish({ councilId: 'c1', pledgeId: 'pl1', version: 2 } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/Version 2 of this pledge is already published/);
  });
});
