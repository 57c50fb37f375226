/** Small scorecards built by the pure domain code, for unit tests of what the board reads and downloads. */
import type { Cohort } from '../../shared/cohort';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { Rating } from '../../shared/rating';
import type { Action } from '../../shared/schemas/actions';
import type { Council } from '../../shared/schemas/council';
import type { PledgeVersion } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import type { RoundCounts } from '../../shared/scoring/release';
import { addResponse, emptyRoundTally, type RoundTally } from '../../shared/scoring/tally';

export const NOW = new Date('2027-03-01T12:00:00Z');

export const council: Council = {
  councilId: 'c1',
  slug: 'one',
  name: 'One Council',
  helpContacts: [],
  thresholds: { ...DEFAULT_THRESHOLDS },
  commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
};

/** A pledge of sections, each a list of [promiseId, themes]. */
export const pledgeVersion = (sections: { id: string; promises: [string, string[]][] }[], version = 1): PledgeVersion =>
  ({
    title: 'Pledge',
    sections: sections.map((s) => ({
      sectionId: s.id,
      title: `Section ${s.id}`,
      promises: s.promises.map(([promiseId, themes]) => ({ promiseId, text: `Promise ${promiseId}`, themes })),
    })),
    councilId: 'c1',
    pledgeId: 'pl',
    version,
    publishedAt: NOW.toISOString(),
    retiredPromiseIds: [],
  }) as unknown as PledgeVersion;

/** A round that closed over a month before NOW: its figures are final. */
export const finalRound = (roundId: string, name: string, opensAt: string, version = 1): Round => ({
  roundId,
  councilId: 'c1',
  name,
  pledgeId: 'pl',
  pledgeVersion: version,
  opensAt,
  closesAt: '2027-01-20T00:00:00Z',
  access: 'open-link',
});

export const tallyOf = (answers: [Record<string, Rating>, number, Partial<Cohort>?][]): RoundTally => {
  const t = emptyRoundTally();
  for (const [ratings, times, cohort] of answers) {
    for (let i = 0; i < times; i++)
      addResponse(t, ratings, { age: 'not-answered', care: 'not-answered', source: 'survey', ...cohort });
  }
  return t;
};

export const surveyOnly = (survey: RoundTally): RoundCounts => ({ survey, sessions: new Map() });

export const actionOn = (promiseId: string, status: Action['status'], due?: string): Action => ({
  actionId: `a-${promiseId}-${status}`,
  councilId: 'c1',
  roundId: 'r2',
  promiseId,
  action: `Do something about ${promiseId}, = now`,
  ...(due ? { due } : {}),
  status,
  published: false,
  createdAt: NOW.toISOString(),
  createdBy: 'x@example.org',
  updatedAt: NOW.toISOString(),
  updatedBy: 'x@example.org',
  version: 1,
});
