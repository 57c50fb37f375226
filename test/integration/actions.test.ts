import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE_ID } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { EDGE_CACHE_CONTROL } from '../../shared/limits';
import type { Action, PublicActions } from '../../shared/schemas/actions';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { addRound, api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
let server: LocalServer;
let http: ReturnType<typeof api>;
let board: string;
let admin: string;

const actionsPath = (roundId = ROUND, councilId = COUNCIL) =>
  `/api/staff/councils/${councilId}/rounds/${roundId}/actions`;
const create = (body: unknown, token = board, roundId = ROUND) =>
  http.call(actionsPath(roundId), { method: 'POST', token, body });
const change = (a: Action, body: Record<string, unknown>, token = admin) =>
  http.call(`${actionsPath(a.roundId)}/${a.actionId}`, {
    method: 'PATCH',
    token,
    body: { version: a.version, ...body },
  });
const publicActions = (slug = DEMO_COUNCIL.slug) =>
  http.ok<PublicActions>(http.call(`/api/public/councils/${slug}/actions`));

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  [board, admin] = await Promise.all([
    loginToken(server, demoEmail('board-member')),
    loginToken(server, demoEmail('council-admin')),
  ]);
});
afterAll(() => server.close());

describe('you said, we did', () => {
  it('a board member records an action against a promise; an admin changes and publishes it; each change is audited', async () => {
    expect(await publicActions()).toEqual({ round: null, actions: [] });
    const draft = await http.ok<Action>(
      create({
        promiseId: 'p_reply',
        action: 'Every social worker gets a work phone',
        owner: 'Head of Service',
        due: '2027-01-31',
      }),
      201,
    );
    expect(draft).toMatchObject({
      promiseId: 'p_reply',
      status: 'planned',
      published: false,
      version: 1,
      createdBy: demoEmail('board-member'),
    });
    // Drafts are not shown to young people.
    expect(await publicActions()).toEqual({ round: null, actions: [] });

    const started = await http.ok<Action>(change(draft, { status: 'in-progress', published: true }));
    expect(started).toMatchObject({
      status: 'in-progress',
      published: true,
      version: 2,
      updatedBy: demoEmail('council-admin'),
      owner: 'Head of Service',
    });
    const noOwner = await http.ok<Action>(change(started, { owner: null, due: null }));
    expect(noOwner.owner).toBeUndefined();
    expect(noOwner.due).toBeUndefined();

    const list = await http.ok<{ actions: Action[] }>(http.call(actionsPath(), { token: board }));
    expect(list.actions.map((a) => [a.actionId, a.version])).toEqual([[draft.actionId, 3]]);
    const card = await http.ok<Scorecard>(
      http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/scorecard`, { token: board }),
    );
    expect(card.sections.flatMap((s) => s.promises).find((p) => p.promiseId === 'p_reply')!.actions).toEqual([noOwner]);

    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.target === draft.actionId);
    expect(audit.map((e) => [e.action, e.actor, e.details?.changed ?? null])).toEqual([
      ['action.update', demoEmail('council-admin'), 'owner,due'],
      ['action.publish', demoEmail('council-admin'), null],
      ['action.update', demoEmail('council-admin'), 'status,published'],
      ['action.create', demoEmail('board-member'), null],
    ]);
  });

  it('shows young people exactly the published actions of the latest round that has any, in the shape the thank-you page reads', async () => {
    const spring = await addRound(server.store, {
      councilId: COUNCIL,
      roundId: 'r_spring',
      name: 'Spring 2026',
      daysAgo: 200,
      pledgeId: DEMO_PLEDGE_ID,
      pledgeVersion: 1,
    });
    await http.ok(
      create(
        { promiseId: 'p_school', action: 'An old action from spring', published: true, status: 'done' },
        admin,
        spring.roundId,
      ),
      201,
    );
    await http.ok(
      create(
        {
          promiseId: 'p_hobbies',
          action: 'A budget for clubs, agreed by the board',
          status: 'done',
          published: true,
          due: '2026-12-01',
        },
        admin,
      ),
      201,
    );
    await http.ok(create({ promiseId: 'p_friends', action: 'Not decided yet', published: false }), 201);
    const shown = await publicActions();
    expect(shown).toEqual({
      round: { name: 'Autumn 2026' },
      actions: [
        {
          promiseText: 'Your social worker will reply to your calls or messages within two working days.',
          action: 'Every social worker gets a work phone',
          status: 'in-progress',
        },
        {
          promiseText: 'We will pay for a hobby, club or activity that you enjoy.',
          action: 'A budget for clubs, agreed by the board',
          due: '2026-12-01',
          status: 'done',
        },
      ],
    });
    const res = await http.call(`/api/public/councils/${DEMO_COUNCIL.slug}/actions`);
    expect(res.headers.get('cache-control')).toBe(EDGE_CACHE_CONTROL);
    await http.fails(http.call('/api/public/councils/nowhere/actions'), 404);
  });

  it('refuses a stale change, an unknown promise, a bad date, the wrong role and another council', async () => {
    const a = await http.ok<Action>(
      create({ promiseId: 'p_pep', action: 'Young people co-write the PEP template' }),
      201,
    );
    await http.ok(change(a, { status: 'done' }));
    expect((await http.fails(change(a, { status: 'planned' }), 409)).message).toBe(
      `This action was changed by ${demoEmail('council-admin')} meanwhile. Reload to see it, then make your change again.`,
    );
    expect((await http.fails(create({ promiseId: 'p_nope', action: 'x' }), 422)).message).toBe(
      '"p_nope" is not a promise of the round "Autumn 2026"',
    );
    expect((await http.fails(create({ promiseId: 'p_pep', action: 'x', due: '31/01/2027' }), 400)).message).toContain(
      'A due date is a day such as 2027-03-31',
    );
    expect((await http.fails(create({ promiseId: 'p_pep', action: '   ' }), 400)).message).toContain(
      'Say what will be done',
    );
    await http.fails(
      create({ promiseId: 'p_pep', action: 'x' }, await loginToken(server, demoEmail('moderator'))),
      403,
    );
    await http.fails(http.call(actionsPath(ROUND, 'c_elsewhere'), { token: board }), 403);
    await http.fails(http.call(actionsPath('r_unknown'), { token: board }), 404);

    const current = await http.ok<{ actions: Action[] }>(http.call(actionsPath(), { token: board }));
    const latest = current.actions.find((x) => x.actionId === a.actionId)!;
    await http.fails(http.call(`${actionsPath()}/${a.actionId}?version=1`, { method: 'DELETE', token: board }), 409);
    const gone = await http.call(`${actionsPath()}/${a.actionId}?version=${latest.version}`, {
      method: 'DELETE',
      token: board,
    });
    expect(gone.status).toBe(204);
    await http.fails(change(latest, { status: 'planned' }), 404);
    expect((await server.store.audit.list(COUNCIL))[0]).toMatchObject({
      action: 'action.delete',
      target: a.actionId,
      actor: demoEmail('board-member'),
    });
  });
});
