/** What a councillor reads first about a promise: the answers in words, and a status that says how sure it is. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, FIRM_STATUS_MIN_N } from '../../shared/limits';
import type { RatingCounts } from '../../shared/rating';
import { figuresOf, type ShownFigures } from '../../shared/scoring/figures';
import { overviewOf } from '../../shared/scoring/overview';
import { sectionReading } from '../../shared/scoring/reading';
import { answersInWords, notKeptInWords, statusInWords } from '../../shared/scoring/words';

const c = (yes: number, sometimes: number, no: number, dontknow = 0): RatingCounts => ({
  yes,
  sometimes,
  no,
  dontknow,
});
const shown = (counts: RatingCounts) => figuresOf(counts, DEFAULT_THRESHOLDS) as ShownFigures;

describe('a promise in words', () => {
  it('leads with how many said kept and not kept, out of everyone who rated it', () => {
    expect(answersInWords(shown(c(6, 5, 28, 2)))).toBe('6 of 39 said kept, 28 said not kept, 5 said sometimes');
    expect(answersInWords(shown(c(1, 0, 4)))).toBe('1 of 5 said kept, 4 said not kept');
  });

  it('says "probably" when the 95% interval crosses a limit, and only then', () => {
    // 39.6 (27.6–53.1): the interval reaches above 50, so "not kept" is not sure.
    const f = shown(c(13, 5, 21));
    expect(f.interval.high).toBeGreaterThan(DEFAULT_THRESHOLDS.amber);
    expect(f.status).toBe('red');
    expect(f.certain).toBe(false);
    expect(statusInWords(f)).toBe('Probably not kept');
    // 5 of 60 kept: the whole interval is below 50.
    const sure = shown(c(5, 0, 55));
    expect(sure.certain).toBe(true);
    expect(statusInWords(sure)).toBe('Not kept');
    expect(statusInWords(shown(c(30, 0, 0)))).toBe('Kept');
    expect(statusInWords(shown(c(30, 10, 10)))).toBe('Probably partly kept');
  });

  it('keeps a firm (bold) badge for a status that is sure and rests on enough answers', () => {
    // 0 of 6: sure it is below 50, but six young people are too few for a bold red badge.
    const few = shown(c(0, 0, 6));
    expect(few.certain).toBe(true);
    expect(few.firm).toBe(false);
    const many = shown(c(0, 0, FIRM_STATUS_MIN_N));
    expect(many.firm).toBe(true);
    expect(shown(c(13, 5, 21)).firm).toBe(false);
  });
});

describe('what is being done about the promises not kept', () => {
  const line = (promiseId: string, counts: RatingCounts, actions = 0) => ({
    promiseId,
    text: `Promise ${promiseId}`,
    figures: figuresOf(counts, DEFAULT_THRESHOLDS),
    trend: null,
    actions: Array.from({ length: actions }, (_, i) => ({ actionId: `${promiseId}-${i}` })),
  });

  it('counts the promises not kept, those with an action and those with none yet, and lists the ones with none', () => {
    const o = overviewOf([
      line('a', c(1, 0, 20), 1),
      line('b', c(2, 0, 20)),
      line('c', c(3, 0, 20)),
      line('d', c(20, 0, 1)),
      line('e', c(1, 0, 2), 2),
    ]);
    expect(o.notKept).toEqual({
      count: 3,
      probably: 0,
      withAction: [{ promiseId: 'a', text: 'Promise a' }],
      noAction: [
        { promiseId: 'b', text: 'Promise b' },
        { promiseId: 'c', text: 'Promise c' },
      ],
    });
    expect(notKeptInWords(o.notKept)).toBe('Not kept: 3 — with an action: 1 — with no action yet: 2');
  });

  it('says how many of the promises not kept are only probably not kept, as their badges say', () => {
    // 13 yes, 5 sometimes, 21 no: red, but the 95% interval reaches above the limit.
    const o = overviewOf([line('a', c(1, 0, 20), 1), line('e', c(13, 5, 21))]);
    expect(o.notKept.probably).toBe(1);
    expect(notKeptInWords(o.notKept)).toBe(
      'Not kept: 2 (1 of them probably) — with an action: 1 — with no action yet: 1',
    );
  });
});

describe("a section's one line", () => {
  it('says "probably" like its badge when the pooled interval crosses a limit', () => {
    const f = figuresOf(c(20, 10, 10), DEFAULT_THRESHOLDS);
    expect(f.suppressed || f.certain).toBe(false);
    expect(sectionReading({ figures: f, trend: null, promises: [{ figures: f }] }, null)).toBe(
      'Probably partly kept (score 62.5, amber): 0 of 1 promise green, 1 amber.',
    );
  });
});
