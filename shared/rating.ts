import { z } from 'zod';

/** The four answers a young person can give to a promise, in the order they are shown. */
export const RATINGS = ['yes', 'sometimes', 'no', 'dontknow'] as const;
export type Rating = (typeof RATINGS)[number];

export const RatingSchema = z.enum(RATINGS, {
  error: () => `A rating must be one of: ${RATINGS.join(', ')}`,
});

/** Plain words for each answer (the survey's i18n catalogue holds the translated labels). */
export const RATING_LABELS: Record<Rating, string> = {
  yes: 'Yes, kept',
  sometimes: 'Sometimes',
  no: 'No, not kept',
  dontknow: "Don't know or doesn't apply",
};

/** One-letter codes used inside aggregate counter names, kept short to keep items small. */
export const RATING_CODES: Record<Rating, string> = { yes: 'y', sometimes: 's', no: 'n', dontknow: 'd' };

export type RatingCounts = Record<Rating, number>;

export const emptyCounts = (): RatingCounts => ({ yes: 0, sometimes: 0, no: 0, dontknow: 0 });

export const addCounts = (a: RatingCounts, b: RatingCounts): RatingCounts => ({
  yes: a.yes + b.yes,
  sometimes: a.sometimes + b.sometimes,
  no: a.no + b.no,
  dontknow: a.dontknow + b.dontknow,
});
