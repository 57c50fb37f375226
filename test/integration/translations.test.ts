/**
 * A council admin translates the council's own texts for young people who read Arabic better than English, against
 * the real app and DynamoDB Local: the file for a translator, a file with a bad row refused whole with the rows to
 * fix, a language switched on only after a fluent speaker's check, the survey's data offering it only once every
 * text is translated, a stale write refused, and nobody else able to change it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { parseCsv, toCsv } from '../../shared/csv';
import type { Role } from '../../shared/roles';
import type { PublicSurvey } from '../../shared/schemas/public-survey';
import type { AuditPage } from '../../shared/schemas/staff-users';
import type { LanguageView } from '../../shared/translations/views';
import { api } from '../support/board';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';

// A council of its own: seeded councils (the demo among them) offer Arabic with the English notice from the start.
const councilId = 'c_tarnford';
const SLUG = 'tarnford';
const languagePath = fill(API_PATHS.language, { councilId, language: 'ar' });
const csvPath = fill(API_PATHS.languageCsv, { councilId, language: 'ar' });
const textPath = (textId: string) => fill(API_PATHS.languageText, { councilId, language: 'ar', textId });

let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  await seedCouncil(server.store, {
    council: { ...DEMO_COUNCIL, councilId, slug: SLUG, name: 'Tarnford Council' },
    pledgeId: 'pl_tarnford',
    pledge: DEMO_PLEDGE,
    roundId: 'r_tarnford_1',
    roundName: 'Spring 2027',
    now: new Date(),
    arabic: 'not-offered',
  });
  admin = await staffOf(['council-admin']);
});
afterAll(() => server?.close());

const staffOf = (roles: Role[]) =>
  server.idp.issueToken({ sub: `staff-${roles[0]}`, email: `${roles[0]}@tarnford.example`, roles, councilId });

const arabic = async () =>
  (
    await http.ok<{ languages: LanguageView[] }>(http.call(fill(API_PATHS.languages, { councilId }), { token: admin }))
  ).languages.find((l) => l.language === 'ar')!;
const survey = async () =>
  (await (
    await fetch(`${server.url}${fill(API_PATHS.survey, { slug: SLUG })}`, { cache: 'no-store' })
  ).json()) as PublicSurvey;
/** The translator's file with every row's translation filled in by `words`. */
const filled = (csv: string, words: (english: string, id: string) => string) => {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''))!.filter((r) => r.some((c) => c.trim()));
  return toCsv([
    rows[0]!,
    ...rows.slice(1).map(([id, kind, english, , hash]) => [id!, kind!, english!, words(english!, id!), hash!]),
  ]);
};

describe('translating the council’s texts into Arabic', () => {
  let csv: string;

  it('starts with every text missing and Arabic not offered; the translator’s file lists each text once', async () => {
    const ar = await arabic();
    expect(ar.report.upToDate).toBe(0);
    expect(ar.report.missing).toBe(ar.report.total);
    expect(ar.offered).toBe(false);
    expect((await survey()).languages).toEqual([]);
    const res = await http.call(csvPath, { token: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    csv = await res.text();
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''))!.filter((r) => r.some((c) => c.trim()));
    expect(rows[0]).toEqual(['id', 'kind', 'english', 'translation', 'source_hash']);
    expect(rows).toHaveLength(ar.report.total + 1);
    expect(rows.map((r) => r[0])).toContain('promise:p_explain');
  });

  it('refuses a file with a bad row whole, naming the row, and saves nothing', async () => {
    const bad = `${filled(csv, (e) => `ع ${e}`)}\r\npromise:p_nothing,promise,Not ours,ليس لنا,00000000\r\n`;
    const res = await http.call(csvPath, { method: 'PUT', token: admin, body: { csv: bad, version: 0 } });
    const body = (await res.json()) as { error: { message: string; issues?: { path: string; message: string }[] } };
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.issues?.some((i) => /^row \d+$/.test(i.path))).toBe(true);
    expect((await arabic()).report.upToDate).toBe(0);
  });

  it('takes the whole file, but offers Arabic only once switched on after a fluent speaker checked it', async () => {
    const saved = await http.ok<LanguageView>(
      http.call(csvPath, { method: 'PUT', token: admin, body: { csv: filled(csv, (e) => `ع ${e}`), version: 0 } }),
    );
    expect(saved.report.complete).toBe(true);
    expect(saved.offered).toBe(false);

    const unchecked = await http.fails(
      http.call(languagePath, {
        method: 'PUT',
        token: admin,
        body: { switchedOn: true, englishPromisesNotice: false, version: saved.version },
      }),
      400,
    );
    expect(unchecked.message).toMatch(/fluent speaker/);

    // Someone else's change meanwhile: the stale version is refused, nothing lost.
    await http.fails(
      http.call(languagePath, {
        method: 'PUT',
        token: admin,
        body: { switchedOn: true, englishPromisesNotice: false, checkedBy: 'Amal', version: saved.version - 1 },
      }),
      409,
    );

    const on = await http.ok<LanguageView>(
      http.call(languagePath, {
        method: 'PUT',
        token: admin,
        body: { switchedOn: true, englishPromisesNotice: false, checkedBy: 'Amal Haddad', version: saved.version },
      }),
    );
    expect(on).toMatchObject({ switchedOn: true, offered: true, screenWordsCheck: { checkedBy: 'Amal Haddad' } });
    await expect
      .poll(async () => (await survey()).languages.map((l) => [l.language, l.texts['promise:p_explain']]), {
        timeout: 20_000,
        interval: 500,
      })
      .toEqual([['ar', expect.stringMatching(/^ع We will explain why you are coming into care/)]]);

    const audit = await http.ok<AuditPage>(http.call(fill(API_PATHS.audit, { councilId }), { token: admin }));
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['translations.export', 'translations.import', 'language.settings']),
    );
  });

  it('stops offering it when one text is taken away, unless the council chose the notice that it is in English', async () => {
    const before = await arabic();
    const edited = await http.ok<LanguageView>(
      http.call(textPath('promise:p_visit'), {
        method: 'PUT',
        token: admin,
        body: { text: '', version: before.version },
      }),
    );
    expect(edited.report.missing).toBe(1);
    expect(edited.offered).toBe(false);
    const notice = await http.ok<LanguageView>(
      http.call(languagePath, {
        method: 'PUT',
        token: admin,
        body: { switchedOn: true, englishPromisesNotice: true, version: edited.version },
      }),
    );
    expect(notice.offered).toBe(true);
    await expect
      .poll(async () => (await survey()).languages.map((l) => [l.language, l.englishPromisesNotice]), {
        timeout: 20_000,
        interval: 500,
      })
      .toEqual([['ar', true]]);
  });

  it('is the council admin’s alone', async () => {
    const board = await staffOf(['board-member']);
    await http.fails(http.call(csvPath, { token: board }), 403);
    const other = await server.idp.issueToken({
      sub: 'staff-elsewhere',
      email: 'admin@elsewhere.example',
      roles: ['council-admin'],
      councilId: 'c_elsewhere',
    });
    await http.fails(
      http.call(languagePath, {
        method: 'PUT',
        token: other,
        body: { switchedOn: false, englishPromisesNotice: false, version: 0 },
      }),
      403,
    );
    await http.fails(http.call(fill(API_PATHS.languages, { councilId: 'c_elsewhere' }), { token: other }), 404);
  });
});
