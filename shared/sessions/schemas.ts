/** What the session routes accept and answer. Every input a phone or a facilitator sends is checked here. */
import { z } from 'zod';
import { PromiseIdSchema, RoundIdSchema } from '../ids';
import { LanguageCodeSchema } from '../languages';
import { COMMENT_MAX_CHARS, MAX_PROMISES_PER_PLEDGE } from '../limits';
import { RATINGS, RatingSchema } from '../rating';
import { CountFigureSchema, FiguresSchema, RatingCountsSchema } from '../schemas/figures';
import { PublicLanguageSchema } from '../schemas/public-survey';
import { ROOM_GROUPS, RoomGroupSchema, SESSION_GROUPS, SessionGroupSchema } from './groups';
import { SELF_END_REASONS } from './lifetime';
import { RoomSizeSchema, SESSION_MODES, SessionModeSchema } from './mode';
import { SESSION_STATUSES, SessionActionSchema } from './state';
import { MAX_HANDS_PER_ANSWER, SESSION_NAME_MAX_CHARS } from './timing';

export const SessionIdSchema = z
  .string({ error: 'Session id is missing' })
  .regex(/^ss_[a-z0-9]{1,30}$/, 'A session id looks like "ss_" and letters or digits');

/** Made on the phone when it joins; it never says who the participant is. The server keeps only its hash. */
/** Compared case-blind, like a submission id: kept in lower case. */
export const ParticipantTokenSchema = z
  .uuid({ error: 'participantToken must be a UUID made on the phone' })
  .toLowerCase();

export const CreateSessionSchema = z
  .object({
    roundId: RoundIdSchema,
    name: z.string().trim().min(1, 'Give the session a name, or leave it out').max(SESSION_NAME_MAX_CHARS).optional(),
    /** The promises to vote on, in the order to show them; all of the round's pledge, in order, when left out. */
    promiseIds: z
      .array(PromiseIdSchema)
      .min(1, 'Choose at least one promise')
      .max(MAX_PROMISES_PER_PLEDGE)
      .refine((ids) => new Set(ids).size === ids.length, 'A promise is listed twice')
      .optional(),
    room: RoomGroupSchema.default('mixed'),
    /** How many young people are in the room: no more phones can join, and no more hands be counted. */
    roomSize: RoomSizeSchema,
    mode: SessionModeSchema,
  })
  .strict();
export type CreateSession = z.infer<typeof CreateSessionSchema>;

export const JoinSchema = z
  .object({ participantToken: ParticipantTokenSchema, group: SessionGroupSchema.optional() })
  .strict();

export const VoteSchema = z
  .object({
    participantToken: ParticipantTokenSchema,
    rating: RatingSchema,
    seq: z
      .number({ error: 'seq is missing: number the votes of this phone 1, 2, 3…' })
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER),
  })
  .strict();

export const ControlSchema = z
  .object({
    action: SessionActionSchema,
    version: z.number({ error: 'version is missing: send the version of the state you are acting on' }).int().min(1),
  })
  .strict();

const hands = z
  .number({ error: 'A count of hands is a whole number' })
  .int('A count of hands is a whole number')
  .min(0, 'A count of hands cannot be below 0')
  .max(MAX_HANDS_PER_ANSWER, `A count of hands can be at most ${MAX_HANDS_PER_ANSWER}`);
export const TallySchema = z
  .object({
    counts: z
      .object(Object.fromEntries(RATINGS.map((r) => [r, hands])) as Record<(typeof RATINGS)[number], typeof hands>)
      .strict(),
  })
  .strict();

export const NoteSchema = z
  .object({
    /** Made on the facilitator's device, so sending the same note again after a timeout stores it once. */
    noteId: z.uuid({ error: 'noteId must be a UUID made on the device' }),
    promiseId: PromiseIdSchema,
    text: z
      .string()
      .trim()
      .min(1, 'A note cannot be empty')
      .max(COMMENT_MAX_CHARS, `A note can be at most ${COMMENT_MAX_CHARS} characters`),
  })
  .strict();

const SessionPromiseSchema = z.object({ promiseId: z.string(), text: z.string(), easyRead: z.string().optional() });

export const SessionStateViewSchema = z.object({
  version: z.number().int(),
  status: z.enum(SESSION_STATUSES),
  index: z.number().int(),
  promiseCount: z.number().int(),
  promiseId: z.string().nullable(),
  votingOpen: z.boolean(),
  resultsShown: z.boolean(),
  closed: z.array(z.string()),
  locked: z.boolean(),
});
export type SessionStateView = z.infer<typeof SessionStateViewSchema>;

/** A phone's view of the state: no counts, and nothing about anyone else. */
export const PublicStateSchema = SessionStateViewSchema.omit({ resultsShown: true, closed: true, locked: true });
export type PublicState = z.infer<typeof PublicStateSchema>;

export const SessionViewSchema = z.object({
  sessionId: z.string(),
  councilId: z.string(),
  roundId: z.string(),
  name: z.string(),
  joinCode: z.string(),
  room: z.enum(ROOM_GROUPS),
  roomSize: z.number().int(),
  mode: z.enum(SESSION_MODES),
  promises: z.array(SessionPromiseSchema),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  /** Who ended it: the facilitator, or the session by itself (idle too long, or its round closed). */
  endedBy: z.enum(['facilitator', ...SELF_END_REASONS]).nullable(),
  /** When the facilitator checked the counts (or the session ended by itself): from then on they reach the board. */
  countsConfirmedAt: z.string().nullable(),
  /** Which counts that vouches for: a session that ended by itself vouches for its phones only. */
  confirmedSources: z.array(z.enum(['session-vote', 'session-tally'])),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

export const SessionWithStateSchema = z.object({ session: SessionViewSchema, state: SessionStateViewSchema });
export type SessionWithState = z.infer<typeof SessionWithStateSchema>;

export const SessionListSchema = z.object({
  sessions: z.array(SessionViewSchema.omit({ promises: true }).extend({ promiseCount: z.number().int() })),
});

export const SessionOptionsSchema = z.object({
  rounds: z.array(
    z.object({
      roundId: z.string(),
      name: z.string(),
      promises: z.array(z.object({ promiseId: z.string(), text: z.string() })),
    }),
  ),
});
export type SessionOptions = z.infer<typeof SessionOptionsSchema>;

export const CodeLookupSchema = z.object({
  sessionId: z.string(),
  name: z.string(),
  councilName: z.string(),
  /** The languages the council offers for the session's round, so the page can offer them before the phone joins. */
  languages: z.array(LanguageCodeSchema).default([]),
  /** The council's name in each of those languages where the council translated it. */
  councilNames: z.record(z.string(), z.string()).default({}),
});
export type CodeLookup = z.infer<typeof CodeLookupSchema>;

/** What a phone gets when it joins or rejoins: the promises once, its own answers, and the state now. */
export const JoinedSchema = z.object({
  sessionId: z.string(),
  name: z.string(),
  councilName: z.string(),
  /** Who the session is for: a junior session shows easy-read words (see words.ts). */
  room: z.enum(ROOM_GROUPS),
  promises: z.array(SessionPromiseSchema),
  group: z.enum(SESSION_GROUPS).nullable(),
  votes: z.record(z.string(), RatingSchema),
  state: PublicStateSchema,
  /** The languages the council offers for the session's round, with their translations, as the survey has them. */
  languages: z.array(PublicLanguageSchema).default([]),
});
export type Joined = z.infer<typeof JoinedSchema>;

export const VoteReceiptSchema = z.object({
  promiseId: z.string(),
  /** The vote that counts now (after a late, older copy it is still the newer one). */
  rating: RatingSchema,
  seq: z.number().int(),
});
export type VoteReceipt = z.infer<typeof VoteReceiptSchema>;

/** Each part is null until at least MIN_GROUP_SIZE answered it (see live.ts). */
export const PromiseLiveCountsSchema = z.object({
  phones: RatingCountsSchema.nullable(),
  hands: RatingCountsSchema.nullable(),
});
export type PromiseLiveCounts = z.infer<typeof PromiseLiveCountsSchema>;

/** The presenter's view while the session runs: the room's counts, each only once enough answered; none once it has ended. */
export const LiveSchema = z.object({
  state: SessionStateViewSchema,
  joined: z.number().int(),
  /** Phones that have voted on the promise on the screen. */
  voted: z.number().int(),
  counts: z.record(z.string(), PromiseLiveCountsSchema).nullable(),
});
export type Live = z.infer<typeof LiveSchema>;

export const TallyViewSchema = z.object({ promiseId: z.string(), counts: RatingCountsSchema });

export const NoteReceiptSchema = z.object({ commentId: z.string(), urgent: z.boolean() });

export const SessionSummarySchema = z.object({
  session: SessionViewSchema,
  phoneVoters: CountFigureSchema,
  handsCounted: CountFigureSchema,
  /** Phones refused because the room was full or locked, and whether that is far beyond the room. */
  refusedJoins: z.number().int(),
  joinsFarExceeded: z.boolean(),
  promises: z.array(z.object({ promiseId: z.string(), text: z.string(), figures: FiguresSchema })),
});
export type SessionSummaryView = z.infer<typeof SessionSummarySchema>;
