/** Each round keeps the green and amber limits it was scored with; the board is told when they changed, and from what. */
import { describe, expect, it } from 'vitest';
import { ScorecardSchema } from '../../shared/schemas/scorecard';
import { buildScorecard } from '../../shared/scoring/scorecard';
import { limitsChangedInWords } from '../../shared/scoring/words';
import { council, finalRound, NOW, pledgeVersion, surveyOnly, tallyOf } from '../support/scorecard-fixture';

const pledge = pledgeVersion([{ id: 's1', promises: [['pa', []]] }]);
// 15 yes, 5 no: 75.0, green by 75/50 and amber by 80/60.
const counts = surveyOnly(
  tallyOf([
    [{ pa: 'yes' }, 15],
    [{ pa: 'no' }, 5],
  ]),
);
const spring = { ...finalRound('r1', 'Spring 2026', '2026-03-01T00:00:00Z'), thresholds: { green: 75, amber: 50 } };
const autumn = { ...finalRound('r2', 'Autumn 2026', '2026-09-01T00:00:00Z'), thresholds: { green: 80, amber: 60 } };
const cardOf = (round: typeof autumn, previous: typeof spring | null, councilLimits = { green: 70, amber: 40 }) =>
  buildScorecard({
    council: { ...council, thresholds: councilLimits },
    round,
    pledge,
    counts,
    sessionsHeld: 0,
    previous: previous ? { round: previous, pledge, counts } : null,
    comments: [],
    actions: [],
    summaries: [],
    now: NOW,
  });

describe('limits that move', () => {
  it("scores a round by its own limits, not the council's today", () => {
    const card = cardOf(autumn, spring);
    expect(() => ScorecardSchema.parse(card)).not.toThrow();
    expect(card.thresholds).toEqual({ green: 80, amber: 60 });
    expect(card.sections[0]!.promises[0]!.figures).toMatchObject({ score: 75, status: 'amber' });
    expect(cardOf(spring, null).sections[0]!.promises[0]!.figures).toMatchObject({ status: 'green' });
  });

  it('says when the limits changed since the previous round, and from what', () => {
    const card = cardOf(autumn, spring);
    expect(card.limitsChanged).toEqual({ since: 'Spring 2026', from: { green: 75, amber: 50 } });
    expect(limitsChangedInWords(card.limitsChanged!, card.thresholds)).toBe(
      'The limits changed since Spring 2026: kept is now 80 or more (was 75), partly kept from 60 (was 50).',
    );
    expect(cardOf(autumn, { ...spring, thresholds: autumn.thresholds }).limitsChanged).toBeNull();
  });

  it("a round stored before limits were kept on it is read with the council's limits", () => {
    const { thresholds: _, ...old } = autumn;
    expect(cardOf(old as typeof autumn, null).thresholds).toEqual({ green: 70, amber: 40 });
  });
});
