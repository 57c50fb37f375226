import type { AboutYou } from '../../../shared/cohort';
import { COMMENT_MAX_CHARS, MAX_COMMENTS_PER_SUBMISSION, PROGRESS_IDLE_MS } from '../../../shared/limits';
import type { Rating } from '../../../shared/rating';
import type { Submission } from '../../../shared/schemas/response';
import { DEVICE_KEYS, readJson, removeKey, writeJson } from './device';

/**
 * Where the young person is: the start, the code, promise i of their set, "Rate some more?", the last question,
 * about you, or the check.
 */
export type StepId = 'start' | 'code' | 'sections' | `p${number}` | 'more' | 'change' | 'about' | 'review';

/** A survey in progress, kept on this phone only; nothing of it leaves the phone until it is sent. */
export interface Progress {
  v: 1;
  roundId: string;
  /** Made when the survey starts: the server counts a submission with this id once, however often it arrives. */
  submissionId: string;
  step: StepId;
  ratings: Record<string, Rating>;
  /** Promise id → comment as typed (an open, empty box is kept as ''). */
  comments: Record<string, string>;
  finalComment: string;
  about: AboutYou;
  accessCode?: string;
  /**
   * The promise ids this person is asked, in the order asked: their set, then any "Rate some more?"
   * (web/src/survey/short-survey.ts). Chosen on this phone when they start; absent, the whole pledge.
   */
  asked?: string[];
  /** In a "sections first" round, the parts of the pledge they picked (section ids); absent or empty, all of them. */
  sections?: string[];
  /**
   * When the survey was started, by this phone's clock, to the minute (epoch ms). Sent with the answers so that
   * answers begun before the round closed are still taken after it (docs/data-model.md, "Late answers").
   * Absent in progress kept before it was noted.
   */
  startedAt?: number;
  /** The long help before a comment box was shown in full once: later boxes show it as one line that opens. */
  helpSeen?: boolean;
  /** When it was last changed (epoch ms, on this phone only): idle progress is wiped (PROGRESS_IDLE_MS). */
  touchedAt: number;
}

export const newProgress = (roundId: string, submissionId: string, now = Date.now()): Progress => ({
  v: 1,
  roundId,
  submissionId,
  step: 'start',
  ratings: {},
  comments: {},
  finalComment: '',
  about: {},
  startedAt: Math.floor(now / 60_000) * 60_000,
  touchedAt: now,
});

/** Not touched for PROGRESS_IDLE_MS (or kept before progress had a time): it belongs to nobody any more. */
export const isIdle = (p: Pick<Progress, 'touchedAt'>, now = Date.now()): boolean =>
  typeof p.touchedAt !== 'number' || now - p.touchedAt >= PROGRESS_IDLE_MS;

/** The progress kept for this round, or null; idle progress is wiped as it is found. */
export const loadProgress = (roundId: string, now = Date.now()): Progress | null => {
  const p = readJson<Progress>(DEVICE_KEYS.progress(roundId));
  if (p?.v !== 1 || p.roundId !== roundId || typeof p.submissionId !== 'string') return null;
  if (isIdle(p, now)) {
    forgetProgress(roundId);
    return null;
  }
  return p;
};
/** Keeps progress, stamped with the time it was touched. */
export const saveProgress = (p: Progress, now = Date.now()): boolean =>
  writeJson(DEVICE_KEYS.progress(p.roundId), { ...p, touchedAt: now });
export const forgetProgress = (roundId: string): void => removeKey(DEVICE_KEYS.progress(roundId));
/** Wipes a round's progress only if it is the one with this submission id (not a later person's). */
export const forgetProgressOf = (roundId: string, submissionId: string): void => {
  if (readJson<Progress>(DEVICE_KEYS.progress(roundId))?.submissionId === submissionId) forgetProgress(roundId);
};

/**
 * Every step in order. The code comes before the first promise; "About you" before the promises when its answers
 * choose them (shared/survey/audience.ts, asksAboutFirst), else after the last question; "Rate some more?" after
 * the set while promises about them are left; the check comes last.
 */
export const stepsFor = (
  promiseCount: number,
  needsCode: boolean,
  offerMore = false,
  aboutFirst = false,
  sectionsFirst = false,
): StepId[] => [
  'start',
  ...(needsCode ? (['code'] as const) : []),
  ...(aboutFirst ? (['about'] as const) : []),
  ...(sectionsFirst ? (['sections'] as const) : []),
  ...Array.from({ length: promiseCount }, (_, i) => `p${i}` as const),
  ...(offerMore ? (['more'] as const) : []),
  'change',
  ...(aboutFirst ? [] : (['about'] as const)),
  'review',
];

export const promiseIndexOf = (step: StepId): number | null => (/^p\d+$/.test(step) ? Number(step.slice(1)) : null);

export const nextStep = (steps: StepId[], step: StepId): StepId =>
  steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)] ?? 'start';
export const previousStep = (steps: StepId[], step: StepId): StepId =>
  steps[Math.max(steps.indexOf(step) - 1, 0)] ?? 'start';

/** A step that no longer exists (the phone kept progress of a longer pledge) falls back to the start. */
export const validStep = (steps: StepId[], step: StepId): StepId => (steps.includes(step) ? step : 'start');

const clean = (text: string | undefined): string => (text ?? '').trim().slice(0, COMMENT_MAX_CHARS);

/** Comments that will be sent (non-empty), in promise order, the last question's comment last. */
export const commentsOf = (p: Progress, promiseIds: readonly string[]): NonNullable<Submission['comments']> => {
  const perPromise = promiseIds.flatMap((id) =>
    clean(p.comments[id]) ? [{ promiseId: id, text: clean(p.comments[id]) }] : [],
  );
  const final = clean(p.finalComment) ? [{ text: clean(p.finalComment) }] : [];
  // The last question's answer is never the one dropped: it is the comment the survey asks for.
  return [...perPromise.slice(0, MAX_COMMENTS_PER_SUBMISSION - final.length), ...final];
};

/** How many promise comments can be open at once, keeping a place for "one thing we should change". */
export const PROMISE_COMMENT_ROOM = MAX_COMMENTS_PER_SUBMISSION - 1;

export const promiseCommentCount = (p: Progress): number =>
  Object.values(p.comments).filter((t) => t !== undefined).length;

/** What goes to the server: only answered promises of this pledge, non-empty comments, answered questions. */
export const submissionOf = (p: Progress, promiseIds: readonly string[]): Submission => {
  const known = new Set(promiseIds);
  const ratings = Object.fromEntries(Object.entries(p.ratings).filter(([id]) => known.has(id)));
  const comments = commentsOf(p, promiseIds);
  const about: AboutYou = {
    ...(p.about.ageGroup ? { ageGroup: p.about.ageGroup } : {}),
    ...(p.about.careStatus ? { careStatus: p.about.careStatus } : {}),
  };
  return {
    submissionId: p.submissionId,
    ratings,
    ...(Object.keys(about).length ? { about } : {}),
    ...(comments.length ? { comments } : {}),
    ...(p.accessCode ? { accessCode: p.accessCode } : {}),
    ...(typeof p.startedAt === 'number'
      ? { startedAt: new Date(Math.floor(p.startedAt / 60_000) * 60_000).toISOString() }
      : {}),
  };
};

export const hasSomethingToSend = (s: Submission): boolean =>
  Object.keys(s.ratings).length > 0 || (s.comments?.length ?? 0) > 0;

/** A code as typed from a card: spaces are dropped (people copy "AB12 CD34" as printed). */
export const normaliseCode = (typed: string): string => typed.replace(/\s+/g, '');
