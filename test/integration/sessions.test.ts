import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { inCouncilIndex, inPartition } from '../../functions/store/dynamo/expressions';
import { keys } from '../../functions/store/keys';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { totalCounts } from '../../shared/scoring/tally';
import { JOIN_CODE_ALPHABET } from '../../shared/sessions/join-code';
import type { Joined, Live, SessionSummaryView, SessionWithState, VoteReceipt } from '../../shared/sessions/schemas';
import { finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const COUNCIL = DEMO_COUNCIL.councilId;
const TABLE = `sessions-${Date.now().toString(36)}`;
let server: LocalServer;
let facilitator: string;

const call = async (
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
) => {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
};
const ok = async <T>(res: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await res;
  const body = (await r.json()) as T;
  expect(r.status, JSON.stringify(body)).toBe(status);
  return body;
};
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

const sessionsPath = (councilId = COUNCIL) => `/api/staff/councils/${councilId}/sessions`;
const createSession = (body: Record<string, unknown> = {}) =>
  ok<SessionWithState>(
    call(sessionsPath(), {
      method: 'POST',
      token: facilitator,
      body: { roundId: ROUND, roomSize: 30, mode: 'phones-and-hands', ...body },
    }),
    201,
  );
const control = async (sessionId: string, action: string) => {
  const { state } = await ok<SessionWithState>(call(`${sessionsPath()}/${sessionId}`, { token: facilitator }));
  return ok<SessionWithState['state']>(
    call(`${sessionsPath()}/${sessionId}/control`, {
      method: 'POST',
      token: facilitator,
      body: { action, version: state.version },
    }),
  );
};
const live = (sessionId: string) => ok<Live>(call(`${sessionsPath()}/${sessionId}/live`, { token: facilitator }));

/** A phone: a token made on the device, joined to one session. */
const phone = async (sessionId: string, group?: string) => {
  const participantToken = crypto.randomUUID();
  const joined = await ok<Joined>(
    call(`/api/public/sessions/${sessionId}/participants`, {
      method: 'POST',
      body: { participantToken, ...(group ? { group } : {}) },
    }),
  );
  let seq = 0;
  return {
    participantToken,
    joined,
    vote: (promiseId: string, rating: string, useSeq = ++seq) =>
      call(`/api/public/sessions/${sessionId}/votes/${promiseId}`, {
        method: 'PUT',
        body: { participantToken, rating, seq: useSeq },
      }),
  };
};

const roundTally = () => server.store.aggregates.read(ROUND);

beforeAll(async () => {
  server = await startTestServer({ pages: false, tableName: TABLE });
  facilitator = await loginToken(server, demoEmail('facilitator'));
});
afterAll(() => server.close());

describe('joining', () => {
  it('creates a session in the lobby with a 6-character code without look-alikes, found however the code is typed', async () => {
    const { session, state } = await createSession({ promiseIds: ['p_reply', 'p_explain'], name: 'Senior ICC, March' });
    expect(session.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(session.promises.map((p) => p.promiseId)).toEqual(['p_reply', 'p_explain']);
    expect(state).toMatchObject({ status: 'lobby', promiseId: null, votingOpen: false });
    const typed = `${session.joinCode.slice(0, 3).toLowerCase()} ${session.joinCode.slice(3)}`;
    const found = await ok<{ sessionId: string; councilName: string }>(
      call(`/api/public/sessions/by-code/${encodeURIComponent(typed)}`),
    );
    expect(found).toMatchObject({ sessionId: session.sessionId, councilName: DEMO_COUNCIL.name });
  });

  it('counts a phone once however often it rejoins, and a rejoin carries on with its votes', async () => {
    const { session } = await createSession({ promiseIds: ['p_reply'] });
    const a = await phone(session.sessionId, 'senior');
    await control(session.sessionId, 'next');
    await ok<VoteReceipt>(a.vote('p_reply', 'no'));
    const again = await ok<Joined>(
      call(`/api/public/sessions/${session.sessionId}/participants`, {
        method: 'POST',
        body: { participantToken: a.participantToken, group: 'junior' },
      }),
    );
    expect(again.votes).toEqual({ p_reply: 'no' });
    expect(again.group).toBe('senior');
    expect(again.state).toMatchObject({ status: 'live', promiseId: 'p_reply', votingOpen: true });
    expect((await live(session.sessionId)).joined).toBe(1);
  });

  it('answers an unknown or malformed code with a message a young person can act on', async () => {
    const missing = await call('/api/public/sessions/by-code/ACDACD');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toMatch(/Check the code on the screen/);
    const malformed = await call('/api/public/sessions/by-code/OO11');
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).message).toMatch(/6 letters and numbers/);
  });
});

describe('votes', () => {
  it('counts one vote per phone per promise: a change moves the count, a replay or a late older vote changes nothing', async () => {
    const { session } = await createSession({ promiseIds: ['p_school', 'p_pep'] });
    const before = await roundTally();
    const [a, b, c] = await Promise.all([
      phone(session.sessionId, 'junior'),
      phone(session.sessionId),
      phone(session.sessionId, 'care-experienced'),
    ]);
    await control(session.sessionId, 'next');
    await ok(a!.vote('p_school', 'yes', 1));
    await ok(b!.vote('p_school', 'no', 1));
    await ok(c!.vote('p_school', 'sometimes', 1));
    expect(await ok<VoteReceipt>(a!.vote('p_school', 'no', 2))).toMatchObject({ rating: 'no', seq: 2 });
    // The first vote again (a replay) and the first vote arriving late: both leave "no" in place.
    expect(await ok<VoteReceipt>(a!.vote('p_school', 'yes', 1))).toMatchObject({ rating: 'no', seq: 2 });
    // Ten changes from one phone at once: whichever is newest counts, once.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => ok(b!.vote('p_school', i % 2 ? 'yes' : 'dontknow', 10 + i))),
    );

    const room = await live(session.sessionId);
    expect(room.voted).toBe(3);
    // Three phones are too few for the room to see what they said; the round's counters still hold it exactly.
    expect(room.counts?.p_school?.phones).toBeNull();

    const after = await roundTally();
    const school = (t: typeof after) =>
      t.promises.get('p_school')?.bySource['session-vote'] ?? { yes: 0, sometimes: 0, no: 0, dontknow: 0 };
    expect(
      [after, before].map(school).reduce((x, y) => ({
        yes: x.yes - y.yes,
        sometimes: x.sometimes - y.sometimes,
        no: x.no - y.no,
        dontknow: x.dontknow - y.dontknow,
      })),
    ).toEqual({ yes: 1, sometimes: 1, no: 1, dontknow: 0 });
    // Three people, each once, in the age group they picked (care status is never guessed).
    expect(after.responses.bySource['session-vote'] - before.responses.bySource['session-vote']).toBe(3);
    expect(after.responses.byAge['8-13'] - before.responses.byAge['8-13']).toBe(1);
    expect(after.responses.byAge['18-25'] - before.responses.byAge['18-25']).toBe(1);
    expect(after.responses.byCare['not-answered'] - before.responses.byCare['not-answered']).toBe(3);
    // A second promise adds votes but not people.
    await control(session.sessionId, 'next');
    await ok(a!.vote('p_pep', 'yes'));
    expect((await roundTally()).responses.bySource['session-vote'] - before.responses.bySource['session-vote']).toBe(3);
  });

  it('refuses votes once voting closes, on a promise not on the screen, from a phone that never joined, and after the end', async () => {
    const { session } = await createSession({ promiseIds: ['p_family', 'p_friends'] });
    const a = await phone(session.sessionId);
    const early = await a.vote('p_family', 'yes');
    expect([early.status, (await errorOf(early)).code]).toEqual([409, 'moved_on']);
    await control(session.sessionId, 'next');
    await ok(a.vote('p_family', 'yes'));
    await control(session.sessionId, 'close-voting');
    const closed = await a.vote('p_family', 'no');
    expect(closed.status).toBe(409);
    expect(await errorOf(closed)).toMatchObject({
      code: 'voting_closed',
      message: expect.stringMatching(/Voting on this promise has closed/),
    });
    const elsewhere = await a.vote('p_friends', 'no');
    expect((await errorOf(elsewhere)).code).toBe('moved_on');
    const stranger = await call(`/api/public/sessions/${session.sessionId}/votes/p_family`, {
      method: 'PUT',
      body: { participantToken: crypto.randomUUID(), rating: 'no', seq: 1 },
    });
    expect(stranger.status).toBe(409);
    await control(session.sessionId, 'next');
    const noJoin = await call(`/api/public/sessions/${session.sessionId}/votes/p_friends`, {
      method: 'PUT',
      body: { participantToken: crypto.randomUUID(), rating: 'no', seq: 1 },
    });
    expect([noJoin.status, (await errorOf(noJoin)).message]).toEqual([
      404,
      expect.stringMatching(/has not joined this session/),
    ]);
    await control(session.sessionId, 'end');
    expect((await errorOf(await a.vote('p_friends', 'yes'))).code).toBe('ended');
    expect((await live(session.sessionId)).counts?.p_family?.phones).toBeUndefined();
    expect((await live(session.sessionId)).counts).toBeNull();
  });

  it('rejects bad votes with a clear 400', async () => {
    const { session } = await createSession({ promiseIds: ['p_home'] });
    const res = await call(`/api/public/sessions/${session.sessionId}/votes/p_home`, {
      method: 'PUT',
      body: { participantToken: 'me', rating: 'maybe' },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/participantToken must be a UUID made on the phone/);
  });
});

describe('controls', () => {
  it('act on the version they name, so a double press does not skip a promise', async () => {
    const { session, state } = await createSession({ promiseIds: ['p_home', 'p_identity'] });
    const press = () =>
      call(`${sessionsPath()}/${session.sessionId}/control`, {
        method: 'POST',
        token: facilitator,
        body: { action: 'next', version: state.version },
      });
    const [first, second] = [await press(), await press()];
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect((await errorOf(second)).code).toBe('stale_version');
    const now = await ok<SessionWithState>(call(`${sessionsPath()}/${session.sessionId}`, { token: facilitator }));
    expect(now.state).toMatchObject({ status: 'live', index: 0, promiseId: 'p_home' });
    const beyond = await control(session.sessionId, 'next').then(() =>
      call(`${sessionsPath()}/${session.sessionId}/control`, {
        method: 'POST',
        token: facilitator,
        body: { action: 'next', version: now.state.version + 1 },
      }),
    );
    expect(await errorOf(beyond)).toMatchObject({
      code: 'not_allowed',
      message: expect.stringMatching(/last promise/),
    });
  });

  it('phones poll with ETags: 304 while nothing changed, the new state after a change', async () => {
    const { session } = await createSession({ promiseIds: ['p_hobbies'] });
    const path = `/api/public/sessions/${session.sessionId}/state`;
    const first = await call(path);
    const tag = first.headers.get('etag')!;
    expect(tag).toBeTruthy();
    expect((await call(path, { headers: { 'if-none-match': tag } })).status).toBe(304);
    await control(session.sessionId, 'next');
    const changed = await call(path, { headers: { 'if-none-match': tag } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      status: 'live',
      promiseId: 'p_hobbies',
      votingOpen: true,
      index: 0,
      promiseCount: 1,
    });
    const liveTag = (await call(`${sessionsPath()}/${session.sessionId}/live`, { token: facilitator })).headers.get(
      'etag',
    )!;
    expect(
      (
        await call(`${sessionsPath()}/${session.sessionId}/live`, {
          token: facilitator,
          headers: { 'if-none-match': liveTag },
        })
      ).status,
    ).toBe(304);
  });
});

describe('shows of hands', () => {
  it('count as a group tally, and a correction replaces the numbers instead of adding to them', async () => {
    const { session } = await createSession({ promiseIds: ['p_advocate', 'p_listen'], room: 'junior' });
    const before = await roundTally();
    const put = (promiseId: string, counts: Record<string, number>) =>
      ok<{ counts: Record<string, number> }>(
        call(`${sessionsPath()}/${session.sessionId}/tallies/${promiseId}`, {
          method: 'PUT',
          token: facilitator,
          body: { counts },
        }),
      );
    await put('p_advocate', { yes: 3, sometimes: 4, no: 5, dontknow: 0 });
    await put('p_advocate', { yes: 6, sometimes: 4, no: 1, dontknow: 1 }); // miscounted: corrected
    await put('p_advocate', { yes: 6, sometimes: 4, no: 1, dontknow: 1 }); // sent twice
    await put('p_listen', { yes: 2, sometimes: 2, no: 2, dontknow: 0 });
    const after = await roundTally();
    const hands = (t: typeof after, id: string) =>
      t.promises.get(id)?.bySource['session-tally'] ?? { yes: 0, sometimes: 0, no: 0, dontknow: 0 };
    const diff = (id: string) => {
      const [x, y] = [hands(after, id), hands(before, id)];
      return {
        yes: x.yes - y.yes,
        sometimes: x.sometimes - y.sometimes,
        no: x.no - y.no,
        dontknow: x.dontknow - y.dontknow,
      };
    };
    expect(diff('p_advocate')).toEqual({ yes: 6, sometimes: 4, no: 1, dontknow: 1 });
    expect(diff('p_listen')).toEqual({ yes: 2, sometimes: 2, no: 2, dontknow: 0 });
    // 12 hands went up at most: twelve people, in the room's age group.
    expect(after.responses.bySource['session-tally'] - before.responses.bySource['session-tally']).toBe(12);
    expect(after.responses.byAge['8-13'] - before.responses.byAge['8-13']).toBe(12);
    expect((await live(session.sessionId)).counts?.p_advocate?.hands).toEqual({
      yes: 6,
      sometimes: 4,
      no: 1,
      dontknow: 1,
    });
    const bad = await call(`${sessionsPath()}/${session.sessionId}/tallies/p_advocate`, {
      method: 'PUT',
      token: facilitator,
      body: { counts: { yes: -1, sometimes: 0, no: 0, dontknow: 0 } },
    });
    expect([bad.status, (await errorOf(bad)).message]).toEqual([400, expect.stringMatching(/cannot be below 0/)]);
    const other = await call(`${sessionsPath()}/${session.sessionId}/tallies/p_school`, {
      method: 'PUT',
      token: facilitator,
      body: { counts: { yes: 1, sometimes: 0, no: 0, dontknow: 0 } },
    });
    expect(other.status).toBe(404);
  });
});

describe("another council's staff", () => {
  it("get 403 on this council's paths and 404 for this council's session under their own", async () => {
    await seedCouncil(server.store, {
      council: { ...DEMO_COUNCIL, councilId: 'c_hillside', slug: 'hillside', name: 'Hillside Council' },
      pledgeId: 'pl_hillside',
      pledge: DEMO_PLEDGE,
      roundId: 'r_hillside_1',
      roundName: 'Autumn',
      now: new Date(),
    });
    const theirs = await server.idp.issueToken({
      sub: 'h1',
      email: 'facilitator@hillside.example',
      roles: ['facilitator'],
      councilId: 'c_hillside',
    });
    const { session } = await createSession({ promiseIds: ['p_health'] });
    const mine = `${sessionsPath()}/${session.sessionId}`;
    expect((await call(mine, { token: theirs })).status).toBe(403);
    expect((await call(`${mine}/live`, { token: theirs })).status).toBe(403);
    expect(
      (await call(`${mine}/control`, { method: 'POST', token: theirs, body: { action: 'end', version: 1 } })).status,
    ).toBe(403);
    const underTheirs = `${sessionsPath('c_hillside')}/${session.sessionId}`;
    for (const res of [
      await call(underTheirs, { token: theirs }),
      await call(`${underTheirs}/live`, { token: theirs }),
      await call(`${underTheirs}/summary`, { token: theirs }),
      await call(`${underTheirs}/control`, { method: 'POST', token: theirs, body: { action: 'end', version: 1 } }),
      await call(`${underTheirs}/tallies/p_health`, {
        method: 'PUT',
        token: theirs,
        body: { counts: { yes: 9, sometimes: 0, no: 0, dontknow: 0 } },
      }),
    ])
      expect(res.status).toBe(404);
    // Their round cannot be used for a session of this council either.
    expect(
      (
        await call(sessionsPath(), {
          method: 'POST',
          token: facilitator,
          body: { roundId: 'r_hillside_1', roomSize: 30, mode: 'phones-and-hands' },
        })
      ).status,
    ).toBe(404);
    const boardMember = await loginToken(server, demoEmail('board-member'));
    expect((await call(mine, { token: boardMember })).status).toBe(403);
    expect((await call(mine, { token: facilitator })).status).toBe(200);
  });
});

describe('notes and the summary', () => {
  it('send notes to the moderation queue as session comments, urgent ones first and alerted, a resent note once', async () => {
    const { session } = await createSession({ promiseIds: ['p_visit'] });
    const send = (noteId: string, text: string) =>
      ok<{ commentId: string; urgent: boolean }>(
        call(`${sessionsPath()}/${session.sessionId}/notes`, {
          method: 'POST',
          token: facilitator,
          body: { noteId, promiseId: 'p_visit', text },
        }),
      );
    const calm = await send(crypto.randomUUID(), 'Tell us about the new home a week before, with photos');
    const worryId = crypto.randomUUID();
    const worry = await send(worryId, 'One of the group said they dont feel safe where they live');
    expect(await send(worryId, 'One of the group said they dont feel safe where they live')).toEqual(worry);
    expect([calm.urgent, worry.urgent]).toEqual([false, true]);

    const db = documentClient(createDynamoClient({ endpoint: inject('dynamoEndpoint') }));
    const { Items = [] } = await db.send(
      new QueryCommand({
        TableName: TABLE,
        ...inCouncilIndex(keys.commentQueuePartition(COUNCIL)),
      }),
    );
    const notes = Items.filter((i) => i.sessionId === session.sessionId);
    expect(notes.map((n) => [n.commentId, n.source, n.status, n.promiseId])).toEqual([
      [worry.commentId, 'session-note', 'pending', 'p_visit'],
      [calm.commentId, 'session-note', 'pending', 'p_visit'],
    ]);
    const outbox = await db.send(
      new QueryCommand({
        TableName: TABLE,
        ...inPartition(keys.outboxPartition),
      }),
    );
    expect(outbox.Items?.filter((i) => i.commentId === worry.commentId)).toHaveLength(1);
  });

  it('sums the session up with small numbers replaced, and exports a formula-safe RFC 4180 CSV', async () => {
    const { session } = await createSession({ promiseIds: ['p_things', 'p_welcome'] });
    const phones = await Promise.all(Array.from({ length: 6 }, () => phone(session.sessionId)));
    await control(session.sessionId, 'next');
    await Promise.all(phones.map((p, i) => ok(p.vote('p_things', i < 4 ? 'yes' : 'no'))));
    await control(session.sessionId, 'next');
    await Promise.all(phones.slice(0, 2).map((p) => ok(p.vote('p_welcome', 'sometimes'))));
    await control(session.sessionId, 'end');
    const summary = await ok<SessionSummaryView>(
      call(`${sessionsPath()}/${session.sessionId}/summary`, { token: facilitator }),
    );
    expect(summary.phoneVoters).toBe(6);
    expect(summary.handsCounted).toBe(0);
    expect(summary.promises.map((p) => p.figures)).toEqual([
      expect.objectContaining({
        suppressed: false,
        n: 6,
        counts: { yes: 4, sometimes: 0, no: 2, dontknow: 0 },
        score: 66.7,
        status: 'amber',
      }),
      { suppressed: true, label: 'fewer than 5' },
    ]);
    const res = await call(`${sessionsPath()}/${session.sessionId}/summary.csv`, { token: facilitator });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="session-\d{4}-\d{2}-\d{2}-[A-Z0-9]{6}\.csv"/,
    );
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'number,promise_id,promise,"Yes, kept",Sometimes,"No, not kept",Don\'t know or doesn\'t apply,n,score,status',
    );
    expect(lines[1]).toBe(
      '1,p_things,"We will make sure your belongings move with you in a proper bag or case, never in a bin bag.",4,0,2,0,6,66.7,partly kept',
    );
    expect(lines[2]).toMatch(/^2,p_welcome,"On your first day.*",fewer than 5,fewer than 5,/);
    expect(lines.at(-1)).toBe('');
  });
});

describe('the round scorecard', () => {
  // Last in this file: it makes the round final, after which no session of it takes votes.
  it('shows nothing while the round is open; once final, only checked counts, with phones and hands each protected as parts', async () => {
    const board = await loginToken(server, demoEmail('board-member'));
    const card = async () =>
      ok<Scorecard>(call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/scorecard`, { token: board }));
    const figures = (c: Scorecard) =>
      c.sections.flatMap((s) => s.promises).find((p) => p.promiseId === 'p_after')!.figures;
    expect(figures(await card())).toMatchObject({ suppressed: true });

    const { session } = await createSession({ promiseIds: ['p_after'] });
    const phones = await Promise.all(Array.from({ length: 3 }, () => phone(session.sessionId)));
    await control(session.sessionId, 'next');
    await Promise.all(phones.map((p) => ok(p.vote('p_after', 'yes'))));
    expect(figures(await card())).toMatchObject({ suppressed: true });
    await ok(
      call(`${sessionsPath()}/${session.sessionId}/tallies/p_after`, {
        method: 'PUT',
        token: facilitator,
        body: { counts: { yes: 1, sometimes: 2, no: 1, dontknow: 0 } },
      }),
    );
    // Still open: the count moved, but nothing the board reads did.
    expect(figures(await card())).toEqual({ suppressed: true, label: 'not released yet' });
    await control(session.sessionId, 'end');
    await ok(call(`${sessionsPath()}/${session.sessionId}/confirm`, { method: 'POST', token: facilitator }));
    await finaliseRound(server.store, ROUND);
    const final = await card();
    // 7 answers, but 3 of them phones: the hands the facilitator typed (4) would give those 3 phones' votes away,
    // so neither the total nor the sessions part is shown; the checked session counts in who answered.
    expect(figures(final)).toEqual({ suppressed: true, label: 'fewer than 5' });
    const part = final.sections.flatMap((s) => s.promises).find((p) => p.promiseId === 'p_after')!.parts;
    expect(part.sessions).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(final.people).toMatchObject({ phones: 'fewer than 5', hands: 'fewer than 5' });
    const t = (await roundTally()).promises.get('p_after')!;
    expect(t.bySource['session-vote'].yes).toBe(3);
    expect(t.bySource['session-tally']).toEqual({ yes: 1, sometimes: 2, no: 1, dontknow: 0 });
    expect(totalCounts(t).yes).toBe(4);
  });
});
