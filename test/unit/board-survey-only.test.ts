/** "Survey only": a board can read the figures of young people who each answered once, on their own phone. */
import { describe, expect, it } from 'vitest';
import type { AnswerSource } from '../../shared/schemas/scorecard';
import { buildScorecard } from '../../shared/scoring/scorecard';
import { council, finalRound, NOW, pledgeVersion, tallyOf } from '../support/scorecard-fixture';

const pledge = pledgeVersion([{ id: 's1', promises: [['p1', []]] }]);
const survey = tallyOf([
  [{ p1: 'yes' }, 7],
  [{ p1: 'no' }, 3],
]);
// A checked session of 6 phones, every one saying "not kept".
const session = tallyOf([[{ p1: 'no' }, 6, { source: 'session-vote' }]]);
const counts = { survey, sessions: new Map([['ss_1', session]]) };
const round = finalRound('r1', 'Autumn 2026', '2026-09-01T00:00:00Z');

const cardOf = (answers?: AnswerSource) =>
  buildScorecard({
    council,
    round,
    pledge,
    counts,
    sessionsHeld: 1,
    previous: null,
    comments: [],
    actions: [],
    summaries: [],
    now: NOW,
    ...(answers ? { answers } : {}),
  });
const p1 = (card: ReturnType<typeof cardOf>) => card.sections[0]!.promises[0]!;

describe('which answers the scorecard counts', () => {
  it('counts the survey and the checked sessions by default, and says so', () => {
    const card = cardOf();
    expect(card.answers).toBe('all');
    expect(card.people).toMatchObject({ youngPeople: 16, survey: 10, phones: 6 });
    expect(p1(card).figures).toMatchObject({ suppressed: false, n: 16 });
  });

  it('with "survey", leaves every session out of every figure and of who answered', () => {
    const card = cardOf('survey');
    expect(card.answers).toBe('survey');
    expect(card.people).toMatchObject({ youngPeople: 10, survey: 10, phones: 0, hands: 0 });
    expect(p1(card).figures).toMatchObject({ suppressed: false, n: 10, counts: { yes: 7, no: 3 } });
  });
});
