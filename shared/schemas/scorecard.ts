import { z } from 'zod';
import { AGE_BUCKETS, type AgeBucket, CARE_BUCKETS, type CareBucket } from '../cohort';
import { STATUSES } from '../scoring/score';
import { ThemeIdSchema } from '../themes';
import { ActionSchema } from './actions';
import { RoundResponseRatesSchema } from './cohort-figures';
import { CountFigureSchema, FiguresSchema, RatingCountsSchema } from './figures';
import { BoardCommentSchema } from './moderation';

export { CountFigureSchema, FiguresSchema, RatingCountsSchema };

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
    byAge: z.record(z.enum(AGE_BUCKETS as [AgeBucket, ...AgeBucket[]]), cell),
    byCare: z.record(z.enum(CARE_BUCKETS as [CareBucket, ...CareBucket[]]), cell),
  });

/**
 * The survey's figures by age group and care status (sessions ask neither of each person); small groups, and any
 * group that would give a small one away by subtraction, read SUPPRESSED_LABEL.
 */
export const BreakdownSchema = breakdownOf(FiguresSchema);
export const RespondedSchema = breakdownOf(CountFigureSchema);

/** A promise's total split into where the answers came from, each part protected on its own. */
export const PartsSchema = z.object({ survey: FiguresSchema, sessions: FiguresSchema });

/** Who a round heard from: young people (survey plus phones in sessions), and hands apart. */
export const PeopleSchema = z.object({
  youngPeople: CountFigureSchema,
  survey: CountFigureSchema,
  phones: CountFigureSchema,
  /** People a show of hands stood for; a hand may be someone who also voted on a phone, so never added in. */
  hands: CountFigureSchema,
});

export const RELEASE_PHASES = ['collecting', 'settling', 'final'] as const;

/** When the figures were released and why they do not move with every answer (docs/data-model.md). */
export const ReleaseSchema = z.object({
  phase: z.enum(RELEASE_PHASES),
  /** When the round's figures become (or became) final; null while the round has no closing date. */
  finalAt: z.string().nullable(),
  progress: z.object({
    /** Survey answers so far in steps of 5; null while fewer than 5. */
    surveyAtLeast: z.number().int().nullable(),
    sessions: z.number().int(),
  }),
});

export const PromiseResultSchema = z.object({
  promiseId: z.string(),
  text: z.string(),
  themes: z.array(ThemeIdSchema),
  figures: FiguresSchema,
  parts: PartsSchema,
  trend: TrendSchema,
  /** False when there is a previous round but this promise was not in its pledge: the trend reads NOT_COMPARABLE_LABEL. */
  comparable: z.boolean(),
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
  /** False when the theme's promises are not the same ones as in the previous round: no trend is drawn. */
  comparable: z.boolean(),
  trend: TrendSchema,
  /**
   * The median of other live councils' final scores for the theme, rounded to BENCHMARK_ROUNDING_POINTS and
   * released once a day; null until MIN_BENCHMARK_COUNCILS contribute.
   */
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
  leastKept: z.array(PromiseRefSchema.extend({ status: z.enum(STATUSES), certain: z.boolean(), firm: z.boolean() })),
  /** Promises whose status is "not kept", with and without an action recorded for them. */
  notKept: z.object({
    count: z.number().int(),
    /** Of those, the ones whose badge says "Probably not kept". */
    probably: z.number().int(),
    withAction: z.array(z.object({ promiseId: z.string(), text: z.string() })),
    noAction: z.array(z.object({ promiseId: z.string(), text: z.string() })),
  }),
});

/**
 * Which answers a scorecard counts: all the board may count (the survey and the sessions a facilitator checked),
 * or the survey's alone, for a board that wants figures from young people who each answered once, on their own.
 */
export const ANSWER_SOURCES = ['all', 'survey'] as const;
export const AnswerSourceSchema = z.enum(ANSWER_SOURCES);
export type AnswerSource = z.infer<typeof AnswerSourceSchema>;
/** The `answers` query of the scorecard and its CSV: all answers unless asked otherwise. */
export const AnswersQuerySchema = z.object({
  answers: z
    .enum(ANSWER_SOURCES, { error: () => `answers must be one of: ${ANSWER_SOURCES.join(', ')}` })
    .default('all'),
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
  /** The limits this round is scored with (kept on the round when it opened). */
  thresholds: z.object({ green: z.number(), amber: z.number() }),
  /** Set when the previous round was scored with other limits: which round, and its limits. */
  limitsChanged: z.object({ since: z.string(), from: z.object({ green: z.number(), amber: z.number() }) }).nullable(),
  release: ReleaseSchema,
  /** Which answers the figures count. */
  answers: AnswerSourceSchema,
  /** Null until the round is final. */
  people: PeopleSchema.nullable(),
  /** The response rate overall and by group against the council's own figures; null until the round is final. */
  responseRates: RoundResponseRatesSchema.nullable(),
  /** How many answered the survey, by age group and care status; null until the round is final. */
  responded: RespondedSchema.nullable(),
  overview: OverviewSchema,
  sections: z.array(SectionResultSchema),
  themes: z.array(ThemeResultSchema),
  /** Approved comments about no one promise; none while fewer than MIN_GROUP_SIZE responded. */
  generalComments: z.array(BoardCommentSchema),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;
export type Figures = z.infer<typeof FiguresSchema>;
export type SectionResult = z.infer<typeof SectionResultSchema>;
export type PromiseResult = z.infer<typeof PromiseResultSchema>;
export type ThemeResult = z.infer<typeof ThemeResultSchema>;
export type Release = z.infer<typeof ReleaseSchema>;
export type People = z.infer<typeof PeopleSchema>;

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
