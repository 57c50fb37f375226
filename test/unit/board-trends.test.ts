/** A trend is drawn only between like and like: where the pledge changed, the board reads so instead of "no change". */
import { describe, expect, it } from 'vitest';
import { NOT_COMPARABLE_LABEL } from '../../shared/limits';
import { ScorecardSchema } from '../../shared/schemas/scorecard';
import { buildScorecard } from '../../shared/scoring/scorecard';
import { council, finalRound, NOW, pledgeVersion, surveyOnly, tallyOf } from '../support/scorecard-fixture';

const v1 = pledgeVersion(
  [
    {
      id: 's1',
      promises: [
        ['pa', ['health']],
        ['pb', ['health']],
        ['pc', ['education']],
      ],
    },
  ],
  1,
);
// Version 2 adds pe to the health theme: the theme's pooled figure no longer covers the same promises.
const v2 = pledgeVersion(
  [
    {
      id: 's1',
      promises: [
        ['pa', ['health']],
        ['pb', ['health']],
        ['pc', ['education']],
        ['pe', ['health']],
      ],
    },
  ],
  2,
);
const card = buildScorecard({
  council,
  round: finalRound('r2', 'Autumn 2026', '2026-09-01T00:00:00Z', 2),
  pledge: v2,
  counts: surveyOnly(tallyOf([[{ pa: 'yes', pb: 'no', pc: 'yes', pe: 'yes' }, 20]])),
  sessionsHeld: 0,
  previous: {
    round: finalRound('r1', 'Spring 2026', '2026-03-01T00:00:00Z', 1),
    pledge: v1,
    counts: surveyOnly(tallyOf([[{ pa: 'no', pb: 'no', pc: 'no' }, 20]])),
  },
  comments: [],
  actions: [],
  summaries: [],
  now: NOW,
});

describe('trends where the pledge changed', () => {
  it('marks a new promise and a theme whose promises changed as not comparable, and draws no trend for them', () => {
    expect(() => ScorecardSchema.parse(card)).not.toThrow();
    const promises = card.sections[0]!.promises;
    expect(promises.map((p) => [p.promiseId, p.comparable, p.trend !== null])).toEqual([
      ['pa', true, true],
      ['pb', true, true],
      ['pc', true, true],
      ['pe', false, false],
    ]);
    const health = card.themes.find((t) => t.themeId === 'health')!;
    expect([health.comparable, health.trend]).toEqual([false, null]);
    const education = card.themes.find((t) => t.themeId === 'education')!;
    expect(education.comparable).toBe(true);
    expect(education.trend?.change).toBe(100);
    expect(NOT_COMPARABLE_LABEL).toBe('not comparable: the pledge changed');
  });
});
