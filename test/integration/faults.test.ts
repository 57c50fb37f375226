/**
 * Faults at the edge of one request, against the real server over real sockets: a body cut off mid-way,
 * a phone that disconnects before the answer, the same submission id sent 20 times at once, and a round
 * that closes while answers are arriving. Each must get the right answer and change no count beyond the
 * first valid one; the raw items are checked as well as the counters.
 */
import { connect } from 'node:net';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { inPartition } from '../../functions/store/dynamo/expressions';
import { keys, SHARDS } from '../../functions/store/keys';
import { TABLE as TABLE_DESIGN } from '../../functions/store/table-design';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import { totalResponses, totalsByPromise } from '../../shared/scoring/tally';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const TABLE = `faults-${Date.now().toString(36)}`;
let server: LocalServer;
/** The server's clock runs this far ahead of the real one, so a test can move past a round's closing time at once. */
let clockAhead = 0;
const db = documentClient(createDynamoClient({ endpoint: inject('dynamoEndpoint') }));

const answer = (ratings: Record<string, string> = { p_reply: 'no', p_plan: 'yes' }) => ({
  submissionId: crypto.randomUUID(),
  ratings,
});
const submit = (body: unknown, round = ROUND) =>
  fetch(`${server.url}/api/public/rounds/${round}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const snapshot = async (round = ROUND) => {
  const tally = await server.store.aggregates.read(round);
  return { responses: totalResponses(tally), counts: Object.fromEntries(totalsByPromise(tally)) };
};
/** The raw response items of a round, by submission id: what "stored exactly once" is checked against. */
const rawIds = async (round = ROUND) => {
  const ids: string[] = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: TABLE,
          ...inPartition(keys.responsePartition(round, shard)),
          ExclusiveStartKey,
        }),
      );
      ids.push(...(page.Items ?? []).map((i) => String(i[TABLE_DESIGN.sortKey])));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return ids;
};

/** Writes raw bytes on a socket and collects whatever comes back until the server closes it. */
const rawRequest = (bytes: string, after: 'half-close' | 'destroy' | 'wait') =>
  new Promise<string>((done) => {
    const socket = connect(server.port, '127.0.0.1');
    let out = '';
    socket.on('data', (d) => (out += String(d)));
    socket.on('close', () => done(out));
    socket.on('error', () => done(out));
    socket.write(bytes, () => {
      if (after === 'half-close') socket.end();
      if (after === 'destroy') socket.destroy();
    });
  });
const head = (length: number, round = ROUND) =>
  `POST /api/public/rounds/${round}/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
const statusOf = (raw: string) => Number(raw.split(' ')[1]);

const until = async (check: () => Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
};

beforeAll(async () => {
  server = await startTestServer({ pages: false, tableName: TABLE, now: () => new Date(Date.now() + clockAhead) });
});
afterAll(() => server.close());

describe('a request body cut off mid-way', () => {
  it('is a 400 when the JSON itself ends early, and nothing is stored', async () => {
    const before = await snapshot();
    const body = JSON.stringify(answer());
    const cut = body.slice(0, body.length / 2);
    const reply = await rawRequest(head(cut.length) + cut, 'wait');
    expect(statusOf(reply)).toBe(400);
    expect(reply).toContain('Malformed JSON');
    expect(await snapshot()).toEqual(before);
  });

  it('is a 400 when the connection ends before the declared length; the whole body sent again then counts once', async () => {
    const before = await snapshot();
    const sent = answer();
    const body = JSON.stringify(sent);
    const reply = await rawRequest(head(body.length) + body.slice(0, 40), 'half-close');
    expect(statusOf(reply)).toBe(400);
    expect(await snapshot()).toEqual(before);
    expect(await rawIds()).not.toContain(sent.submissionId);

    const again = await submit(sent);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect((await snapshot()).responses).toBe(before.responses + 1);
  });

  it('stores nothing when the connection drops mid-body, and the server carries on', async () => {
    const before = await snapshot();
    const sent = answer();
    const body = JSON.stringify(sent);
    await rawRequest(head(body.length) + body.slice(0, 60), 'destroy');
    await new Promise((r) => setTimeout(r, 300));
    expect(await snapshot()).toEqual(before);
    expect(await rawIds()).not.toContain(sent.submissionId);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

describe('a phone that disconnects before the answer', () => {
  it('has its answers stored once; its retry with the same id is answered as already received and counts nothing more', async () => {
    const before = await snapshot();
    const sent = answer({ p_reply: 'sometimes', p_family: 'dontknow' });
    const body = JSON.stringify(sent);
    // The whole request is sent, then the phone loses its connection at once.
    await rawRequest(head(body.length) + body, 'destroy');
    expect(await until(async () => (await rawIds()).includes(sent.submissionId))).toBe(true);
    expect((await snapshot()).responses).toBe(before.responses + 1);

    const retry = await submit(sent);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const after = await snapshot();
    expect(after.responses).toBe(before.responses + 1);
    expect(after.counts.p_reply!.sometimes - (before.counts.p_reply?.sometimes ?? 0)).toBe(1);
    expect((await rawIds()).filter((id) => id === sent.submissionId)).toHaveLength(1);
  });
});

describe('the same submission id sent 20 times at once', () => {
  it('is stored and counted once; all 20 get the same receipt, 19 marked as replays', async () => {
    const before = await snapshot();
    const sent = answer({ p_school: 'yes', p_pep: 'no' });
    const replies = await Promise.all(Array.from({ length: 20 }, () => submit(sent)));
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    const receipts = new Set(await Promise.all(replies.map(async (r) => JSON.stringify(await r.json()))));
    expect(receipts.size).toBe(1);
    expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);
    const after = await snapshot();
    expect(after.responses - before.responses).toBe(1);
    expect(after.counts.p_school!.yes - (before.counts.p_school?.yes ?? 0)).toBe(1);
    expect(after.counts.p_pep!.no - (before.counts.p_pep?.no ?? 0)).toBe(1);
    expect((await rawIds()).filter((id) => id === sent.submissionId)).toHaveLength(1);
  });

  it('with two different sets of answers racing under one id, keeps one set and answers every copy with the same receipt', async () => {
    const before = await snapshot();
    const a = answer({ p_health: 'yes' });
    const b = { ...a, ratings: { p_health: 'no' } };
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        submit(i % 2 ? a : b).then(async (r) => ({ i, status: r.status, body: await r.text() })),
      ),
    );
    const after = await snapshot();
    expect(after.responses - before.responses).toBe(1);
    expect(
      after.counts.p_health!.yes +
        after.counts.p_health!.no -
        (before.counts.p_health?.yes ?? 0) -
        (before.counts.p_health?.no ?? 0),
    ).toBe(1);
    // Neither set is told apart from the other: the answer never says whether the answers matched.
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
  });
});

describe('a round that closes while answers are arriving', () => {
  const COUNCIL = 'c_closeshire';
  const CLOSING = 'r_closeshire_1';
  let admin = '';

  beforeAll(async () => {
    await seedCouncil(server.store, {
      council: {
        councilId: COUNCIL,
        slug: 'closeshire',
        name: 'Closeshire Council',
        helpContacts: [],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: 'pl_closeshire',
      pledge: DEMO_PLEDGE,
      roundId: CLOSING,
      roundName: 'Closing round',
      now: new Date(),
    });
    const password = 'closeshire-staff-2026';
    await server.users.put(
      {
        sub: 'closeshire-admin',
        email: 'admin@closeshire.example',
        roles: ['council-admin', 'facilitator'],
        councilId: COUNCIL,
      },
      password,
    );
    admin = await loginToken(server, 'admin@closeshire.example', password);
  });

  it('counts every answer acknowledged before it closed exactly once, refuses the rest with 409, and a late resend of an acknowledged one is answered as received', async () => {
    const staff = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    // A session is running on the round too: one phone joined and voted.
    const base = `/api/staff/councils/${COUNCIL}/sessions`;
    const created = (await (
      await fetch(`${server.url}${base}`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify({ roundId: CLOSING, promiseIds: ['p_reply'], roomSize: 30, mode: 'phones-and-hands' }),
      })
    ).json()) as SessionWithState;
    const sessionId = created.session.sessionId;
    await fetch(`${server.url}${base}/${sessionId}/control`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ action: 'next', version: created.state.version }),
    });
    const participantToken = crypto.randomUUID();
    const joined = await fetch(`${server.url}/api/public/sessions/${sessionId}/participants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ participantToken }),
    });
    expect(joined.status).toBe(200);
    const vote = (rating: string, seq: number) =>
      fetch(`${server.url}/api/public/sessions/${sessionId}/votes/p_reply`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ participantToken, rating, seq }),
      });
    expect((await vote('yes', 1)).status).toBe(200);

    // Young people keep sending while the admin closes the round; the clock then passes the closing time.
    const outcomes: { id: string; status: number }[] = [];
    let sending = true;
    const senders = Array.from({ length: 8 }, async () => {
      while (sending) {
        const body = answer({ p_reply: 'no' });
        const res = await submit(body, CLOSING);
        await res.arrayBuffer();
        outcomes.push({ id: body.submissionId, status: res.status });
      }
    });
    // Waits on what happened, not on time: a loaded machine may take longer than any fixed pause.
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done() && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    };
    await until(() => outcomes.some((o) => o.status === 200));
    const closed = await fetch(`${server.url}/api/staff/councils/${COUNCIL}/rounds/${CLOSING}/close`, {
      method: 'POST',
      headers: staff,
    });
    expect(closed.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    clockAhead = 10_000;
    const sentBefore = outcomes.length;
    await until(() => outcomes.slice(sentBefore).some((o) => o.status === 409));
    sending = false;
    await Promise.all(senders);

    const accepted = outcomes.filter((o) => o.status === 200).map((o) => o.id);
    const refused = outcomes.filter((o) => o.status === 409).map((o) => o.id);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status !== 200 && o.status !== 409)).toEqual([]);
    const stored = await rawIds(CLOSING);
    expect(stored.sort()).toEqual([...accepted].sort());
    const counted = await snapshot(CLOSING);
    expect(counted.counts.p_reply!.no).toBe(accepted.length);
    // Survey answers plus the one phone that voted.
    expect(counted.responses).toBe(accepted.length + 1);

    // A phone whose first send was answered but which did not hear it sends again after the close.
    const late = await submit({ submissionId: accepted[0]!, ratings: { p_reply: 'no' } }, CLOSING);
    expect(late.status).toBe(200);
    expect(late.headers.get('idempotent-replayed')).toBe('true');
    // New answers and changed votes are refused with a message, and nothing moves.
    const refusedNow = await submit(answer({ p_reply: 'no' }), CLOSING);
    expect(refusedNow.status).toBe(409);
    expect(((await refusedNow.json()) as { error: { message: string } }).error.message).toMatch(
      /This survey closed on/,
    );
    const changed = await vote('no', 2);
    expect(changed.status).toBe(409);
    // The session ended by itself when its round closed, so the phone is told the session is over.
    expect(((await changed.json()) as { error: { code: string } }).error.code).toBe('ended');
    expect(await snapshot(CLOSING)).toEqual(counted);
    clockAhead = 0;
  });
});
