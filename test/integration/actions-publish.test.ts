/**
 * "You said, we did" reaches young people only once a council admin or moderator has read and published
 * it; staff are warned when its words read above the age the survey is written for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { Action, PublicActions } from '../../shared/schemas/actions';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const actionsPath = `/api/staff/councils/${COUNCIL}/rounds/${ROUND}/actions`;
let server: LocalServer;
let http: ReturnType<typeof api>;
let board: string;
let moderator: string;
let admin: string;

const create = (body: Record<string, unknown>, token = board) =>
  http.call(actionsPath, { method: 'POST', token, body: { promiseId: 'p_reply', ...body } });
const change = (a: Action, body: Record<string, unknown>, token: string) =>
  http.call(`${actionsPath}/${a.actionId}`, { method: 'PATCH', token, body: { version: a.version, ...body } });
const shown = async () =>
  (await http.ok<PublicActions>(http.call(`/api/public/councils/${DEMO_COUNCIL.slug}/actions`))).actions.map(
    (a) => a.action,
  );

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  [board, moderator, admin] = await Promise.all([
    loginToken(server, demoEmail('board-member')),
    loginToken(server, demoEmail('moderator')),
    loginToken(server, demoEmail('council-admin')),
  ]);
});
afterAll(() => server.close());

describe('publishing an action', () => {
  it('a board member cannot show an action to young people: it waits for a council admin or moderator', async () => {
    const refused = await http.fails(create({ action: 'Workers answer within two days', published: true }), 403);
    expect(refused.message).toMatch(/council admin or (a )?moderator/);
    const draft = await http.ok<Action>(create({ action: 'Workers answer within two days' }), 201);
    expect(await http.fails(change(draft, { published: true }, board), 403)).toMatchObject({ code: 'forbidden' });
    expect(await shown()).not.toContain('Workers answer within two days');

    const published = await http.ok<Action>(change(draft, { published: true }, moderator));
    expect(published.published).toBe(true);
    expect(await shown()).toContain('Workers answer within two days');
    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.target === draft.actionId);
    expect(audit.map((e) => [e.action, e.actor])).toContainEqual(['action.publish', demoEmail('moderator')]);
  });

  it('a board member’s change to the words of a published action takes it off the young people’s page until it is checked again', async () => {
    const draft = await http.ok<Action>(create({ action: 'A club budget for everyone' }), 201);
    const published = await http.ok<Action>(change(draft, { published: true }, admin));
    const reworded = await http.ok<Action>(change(published, { action: 'A club budget for everyone in care' }, board));
    expect(reworded.published).toBe(false);
    expect(await shown()).not.toContain('A club budget for everyone in care');
    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.target === draft.actionId);
    expect(audit.map((e) => e.action)).toContain('action.unpublish');
    // A status change alone keeps it shown.
    const again = await http.ok<Action>(change(reworded, { published: true }, admin));
    expect((await http.ok<Action>(change(again, { status: 'done' }, board))).published).toBe(true);
  });

  it('warns staff in plain words when an action reads above the age the survey is written for', async () => {
    const hard = await http.ok<Action>(
      create({
        action:
          'The corporate parenting board will scrutinise the implementation of the independent reviewing arrangements.',
      }),
      201,
    );
    expect(hard.wordsWarning).toMatch(/age 9/);
    const easy = await http.ok<Action>(create({ action: 'We will call you back in two days.' }), 201);
    expect(easy.wordsWarning).toBeUndefined();
    const listed = await http.ok<{ actions: Action[] }>(http.call(actionsPath, { token: moderator }));
    expect(listed.actions.find((a) => a.actionId === hard.actionId)?.wordsWarning).toMatch(/age 9/);
  });
});
