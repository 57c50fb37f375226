import { z } from 'zod';
import { AGE_BUCKETS, type AgeBucket, CARE_BUCKETS, type CareBucket, SOURCES } from '../cohort';
import { SUPPRESSED_LABEL } from '../limits';
import { STATUSES } from '../scoring/score';
import { ThemeIdSchema } from '../themes';
import { ActionSchema } from './actions';
import { BoardCommentSchema } from './moderation';

export const RatingCountsSchema = z.object({
  yes: z.number().int(),
  sometimes: z.number().int(),
  no: z.number().int(),
  dontknow: z.number().int(),
});

export const FiguresSchema = z.discriminatedUnion('suppressed', [
  z.object({
    suppressed: z.literal(false),
    counts: RatingCountsSchema,
    n: z.number().int(),
    score: z.number(),
    interval: z.object({ low: z.number(), high: z.number() }),
    status: z.enum(STATUSES),
  }),
  z.object({ suppressed: z.literal(true), label: z.literal(SUPPRESSED_LABEL) }),
]);

/** A count of people, or SUPPRESSED_LABEL in its place. */
export const CountFigureSchema = z.union([z.number().int(), z.literal(SUPPRESSED_LABEL)]);

/** The change since the previous round; null when either round's figure is not shown or there is no previous round. */
export const TrendSchema = z
  .object({
    previousScore: z.number(),
    change: z.number(),
    /** True when the 95% intervals do not overlap (a real change); false: it may be noise. */
    real: z.boolean(),
  })
  .nullable();

const breakdownOf = <T extends z.ZodType>(cell: T) =>
  z.object({
    bySource: z.record(z.enum(SOURCES), cell),
    byAge: z.record(z.enum(AGE_BUCKETS as [AgeBucket, ...AgeBucket[]]), cell),
    byCare: z.record(z.enum(CARE_BUCKETS as [CareBucket, ...CareBucket[]]), cell),
  });

/** Figures per group; small groups, and any group that would give a small one away by subtraction, read SUPPRESSED_LABEL. */
export const BreakdownSchema = breakdownOf(FiguresSchema);
export const RespondedSchema = breakdownOf(CountFigureSchema);

export const PromiseResultSchema = z.object({
  promiseId: z.string(),
  text: z.string(),
  themes: z.array(ThemeIdSchema),
  figures: FiguresSchema,
  trend: TrendSchema,
  breakdown: BreakdownSchema,
  /** Approved (and redacted) comments; none while the promise's own figures are not shown. */
  comments: z.array(BoardCommentSchema),
  actions: z.array(ActionSchema),
});

export const SectionResultSchema = z.object({
  sectionId: z.string(),
  title: z.string(),
  /** Pooled over the section's promises whose own figures are shown. */
  figures: FiguresSchema,
  trend: TrendSchema,
  /** One sentence: how kept, how its promises split by status, and the change since the previous round. */
  reading: z.string(),
  promises: z.array(PromiseResultSchema),
});

export const ThemeResultSchema = z.object({
  themeId: ThemeIdSchema,
  label: z.string(),
  figures: FiguresSchema,
  trend: TrendSchema,
  /** The median of other councils' latest scores for the theme; null until enough councils contribute. */
  benchmark: z.object({ median: z.number(), councils: z.number().int() }).nullable(),
});

const PromiseRefSchema = z.object({ promiseId: z.string(), text: z.string(), score: z.number() });

export const OverviewSchema = z.object({
  statusCounts: z.object({
    green: z.number().int(),
    amber: z.number().int(),
    red: z.number().int(),
    notShown: z.number().int(),
  }),
  mostImproved: z.array(PromiseRefSchema.extend({ trend: TrendSchema.unwrap() })),
  leastKept: z.array(PromiseRefSchema.extend({ status: z.enum(STATUSES) })),
});

export const ScorecardSchema = z.object({
  council: z.object({ councilId: z.string(), name: z.string(), slug: z.string() }),
  round: z.object({
    roundId: z.string(),
    name: z.string(),
    opensAt: z.string(),
    closesAt: z.string().nullable(),
    pledgeVersion: z.number().int(),
  }),
  /** The council's round that opened just before this one: trends compare with it. */
  previousRound: z.object({ roundId: z.string(), name: z.string() }).nullable(),
  thresholds: z.object({ green: z.number(), amber: z.number() }),
  responses: CountFigureSchema,
  responded: RespondedSchema,
  overview: OverviewSchema,
  sections: z.array(SectionResultSchema),
  themes: z.array(ThemeResultSchema),
  /** Approved comments about no one promise; none while fewer than MIN_GROUP_SIZE responded. */
  generalComments: z.array(BoardCommentSchema),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;
export type SectionResult = z.infer<typeof SectionResultSchema>;
export type PromiseResult = z.infer<typeof PromiseResultSchema>;
export type ThemeResult = z.infer<typeof ThemeResultSchema>;

const PointSchema = z.object({ roundId: z.string(), figures: FiguresSchema.nullable() });

/** Every round of the council up to this one, per promise and per theme: the data behind the trend charts. */
export const HistorySchema = z.object({
  rounds: z.array(z.object({ roundId: z.string(), name: z.string(), opensAt: z.string() })),
  promises: z.array(
    z.object({ promiseId: z.string(), text: z.string(), sectionTitle: z.string(), points: z.array(PointSchema) }),
  ),
  themes: z.array(z.object({ themeId: ThemeIdSchema, label: z.string(), points: z.array(PointSchema) })),
});
export type History = z.infer<typeof HistorySchema>;
