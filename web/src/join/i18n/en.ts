import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import type { Rating } from '../../../../shared/rating';
import { RATING_LABELS } from '../../../../shared/rating';
import type { ApiErrorCode } from '../../../../shared/schemas/api-error';
import { SESSION_GROUP_LABELS, type SessionGroup } from '../../../../shared/sessions/groups';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { en as survey } from '../../survey/i18n/en';

/**
 * Every word the live-session phone pages show, in English. The frame's words (skip link, "Leave now",
 * privacy and accessibility) are the survey's own, so a young person reads them the same on both.
 * ar.ts must have the same keys (its type is this one's).
 */
export const en = {
  lang: 'en',
  dir: survey.dir,
  /** The name of this language, written in it: shown on the button that switches to it. */
  languageName: survey.languageName,

  // The frame around every step
  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  // A junior session's easy-read promise opens to the council's own words, as in the survey.
  fullPromise: survey.fullPromise,

  // Typing the code
  codeTitle: 'Join the session',
  codeIntro: 'Type the code you can see on the big screen.',
  codeLabel: 'Code on the screen',
  codeCheck: `A join code is ${JOIN_CODE_LENGTH} letters and numbers, like ACD 479. Check the code on the screen.`,
  looking: 'Looking…',
  join: 'Join',
  // True in a room of any size: the screen and the council see totals only, and only of 5 or more.
  anonymous: `You do not give your name. The screen and the council only see totals of ${MIN_GROUP_SIZE} or more people.`,

  // The one optional question
  groupQuestion: 'Which group are you in?',
  groupHint: 'You don’t have to say. It is never linked to you.',
  groups: SESSION_GROUP_LABELS as Record<SessionGroup, string>,
  joining: 'Joining…',
  joinWithoutSaying: 'Join without saying',

  // Voting
  waitingTitle: 'You’re in!',
  waiting: 'The first promise will appear here in a moment. Keep this page open.',
  promiseCount: (n: number, total: number) => `Promise ${n} of ${total}`,
  question: 'Is this promise kept?',
  ratings: RATING_LABELS as Record<Rating, string>,
  tapAnswer: 'Tap your answer.',
  sending: 'Sending your vote…',
  retrying: 'No connection just now. Trying again…',
  voteIn: 'Your vote is in. You can change it until voting closes.',
  closedCounted: 'Voting has closed. Your vote counted. Look at the screen.',
  closed: 'Voting has closed for this promise. Look at the screen.',
  offline: 'Your vote could not be sent: there is no connection. Try again when you are back online.',

  // What the server said went wrong, in the page's words (the server's own message is in English)
  problems: {
    not_found: 'No session has this code. Check the code on the screen, or ask the person running the session.',
    not_allowed: 'This session counts a show of hands, not phones. Put your hand up when asked!',
    room_locked: 'The room is locked: everyone is in, so nobody new can join. Ask the person running the session.',
    room_full: 'This session is full: everyone in the room has joined. Ask the person running the session.',
    round_closed: 'This session’s survey has closed, so votes can no longer be sent.',
    ended: 'This session has ended, so votes can no longer be sent. Thank you for taking part!',
    moved_on: 'The group has moved on: this promise is not on the screen any more.',
    voting_closed: 'Voting on this promise has closed. Your last vote before it closed counts.',
    rate_limited: 'Too many tries from this network just now. Wait a minute and try again.',
  } satisfies Partial<Record<ApiErrorCode, string>>,
  problemOther: 'Something went wrong. Try again, or ask the person running the session.',
  noConnection: 'There is no connection just now. Try again when you are back online.',

  // The end
  thanksTitle: 'Thank you!',
  thanks: `The session has ended. Your votes have been counted. The council only sees totals of ${MIN_GROUP_SIZE} or more people.`,
  joinAnother: 'Join another session',
};

export type JoinCatalogue = typeof en;
