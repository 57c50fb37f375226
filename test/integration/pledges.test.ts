import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { PledgeVersion } from '../../shared/schemas/pledge';
import type { PublicSurvey } from '../../shared/schemas/public-survey';
import type { Round } from '../../shared/schemas/round';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

let server: LocalServer;
let admin: string;
const council = `/api/staff/councils/${DEMO_COUNCIL.councilId}`;

const call = async (method: string, path: string, body?: unknown, token = admin) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  admin = await loginToken(server, demoEmail('council-admin'));
});
afterAll(() => server.close());

describe('publishing pledge versions', () => {
  let v1: PledgeVersion;

  it('publishes a reworded version in which every kept promise keeps its id, and retires the missing one', async () => {
    v1 = (await call('GET', `${council}/pledge`)).body.pledge;
    expect(v1.version).toBe(1);
    const [first, ...rest] = v1.sections;
    const draft = {
      title: v1.title,
      basedOnVersion: 1,
      sections: [
        {
          sectionId: first!.sectionId,
          title: first!.title,
          promises: [
            {
              promiseId: 'p_explain',
              text: 'We will always explain clearly why you came into care.',
              themes: ['care-plan'],
            },
            { text: 'A brand new promise about pocket money.', themes: [] },
            ...first!.promises
              .filter((p) => p.promiseId !== 'p_explain' && p.promiseId !== 'p_things')
              .map((p) => ({ promiseId: p.promiseId, text: p.text, themes: p.themes })),
          ],
        },
        ...rest.map((s) => ({
          sectionId: s.sectionId,
          title: s.title,
          promises: s.promises.map((p) => ({ promiseId: p.promiseId, text: p.text, themes: p.themes })),
        })),
      ],
    };
    const { status, body } = await call('POST', `${council}/pledge/versions`, draft);
    expect(status).toBe(201);
    const v2 = body as PledgeVersion;
    expect(v2.version).toBe(2);
    const ids = v2.sections.flatMap((s) => s.promises.map((p) => p.promiseId));
    expect(ids).toContain('p_explain');
    expect(ids).not.toContain('p_things');
    expect(v2.retiredPromiseIds).toEqual(['p_things']);
    const fresh = v2.sections[0]!.promises[1]!;
    expect(fresh.text).toBe('A brand new promise about pocket money.');
    expect(fresh.promiseId).toMatch(/^p_/);
    expect(
      ids
        .filter((id) => id !== fresh.promiseId)
        .every((id) => v1.sections.some((s) => s.promises.some((p) => p.promiseId === id))),
    ).toBe(true);

    const list = (await call('GET', `${council}/pledge/versions`)).body.versions;
    expect(
      list.map((v: { version: number; promises: number; retired: number }) => [v.version, v.promises, v.retired]),
    ).toEqual([
      [1, 20, 0],
      [2, 20, 1],
    ]);
    const audit = await server.store.audit.list(DEMO_COUNCIL.councilId);
    expect(audit[0]).toMatchObject({
      action: 'pledge.publish',
      actor: demoEmail('council-admin'),
      target: 'pl_riverside@2',
    });
  });

  it('refuses a draft based on a version that is no longer the latest, saying what to do', async () => {
    const { status, body } = await call('POST', `${council}/pledge/versions`, {
      title: 'Old',
      basedOnVersion: 1,
      sections: [{ title: 'A', promises: [{ text: 'x' }] }],
    });
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/Version 2 was published while you were editing. Reload/);
  });

  it('refuses an id that is not from this pledge, and two promises claiming one id', async () => {
    const foreign = await call('POST', `${council}/pledge/versions`, {
      title: 'T',
      basedOnVersion: 2,
      sections: [{ title: 'A', promises: [{ promiseId: 'p_elsewhere', text: 'x' }] }],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.message).toMatch(/not from this council's pledge: p_elsewhere/);
    const twice = await call('POST', `${council}/pledge/versions`, {
      title: 'T',
      basedOnVersion: 2,
      sections: [
        {
          title: 'A',
          promises: [
            { promiseId: 'p_reply', text: 'x' },
            { promiseId: 'p_reply', text: 'y' },
          ],
        },
      ],
    });
    expect(twice.status).toBe(422);
  });

  it('lets only a council admin publish', async () => {
    const board = await loginToken(server, demoEmail('board-member'));
    const res = await call(
      'POST',
      `${council}/pledge/versions`,
      { title: 'T', basedOnVersion: 2, sections: [{ title: 'A', promises: [{ text: 'x' }] }] },
      board,
    );
    expect(res.status).toBe(403);
  });
});

describe('rounds', () => {
  it('binds a new round to the version published when it opens, and closes it for everyone', async () => {
    const refused = await call('POST', `${council}/rounds`, { name: 'Spring 2027' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/still open. Close it/);

    const closed = await call('POST', `${council}/rounds/r_riverside_1/close`);
    expect(closed.status).toBe(200);
    const closesAt = new Date((closed.body as Round).closesAt!).getTime();
    expect(closesAt - Date.now()).toBeLessThanOrEqual(5_000);
    await new Promise((r) => setTimeout(r, closesAt - Date.now() + 50));

    const opened = await call('POST', `${council}/rounds`, { name: 'Spring 2027' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ name: 'Spring 2027', pledgeVersion: 2, access: 'open-link', closesAt: null });

    const survey = (await (
      await fetch(`${server.url}/api/public/councils/${DEMO_COUNCIL.slug}`)
    ).json()) as PublicSurvey;
    expect(survey.round?.roundId).toBe(opened.body.roundId);
    expect(survey.pledge?.version).toBe(2);
    expect(survey.pledge?.sections[0]?.promises.map((p) => p.text)).toContain(
      'A brand new promise about pocket money.',
    );

    const late = await fetch(`${server.url}/api/public/rounds/r_riverside_1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ submissionId: crypto.randomUUID(), ratings: { p_explain: 'yes' } }),
    });
    expect(late.status).toBe(409);
  });
});
