import type { AgeGroup, CareStatus } from '../../../../shared/cohort';
import { type Direction, LANGUAGES } from '../../../../shared/language-table';
import type { Rating } from '../../../../shared/rating';
import type { ActionStatus } from '../../../../shared/schemas/actions';

/**
 * Every word the young person's pages show, in English. Written for a reader of about 9:
 * test/unit/survey-reading-level.test.ts checks the Flesch–Kincaid grade stays at 4 or below.
 * ar.ts must have the same keys (its type is this one's).
 */
export const en = {
  lang: 'en',
  dir: LANGUAGES.en.dir as Direction,
  /** The name of this language, written in it: shown on the button that switches to it. */
  languageName: LANGUAGES.en.name as string,

  // On every page
  pageTitle: 'Are we keeping our promises?',
  quickExit: 'Leave now',
  quickExitHint: 'Leave this page fast. It opens a weather page.',
  privacyLink: 'Your privacy: what we keep',
  accessibilityLink: 'Accessibility',
  skipToMain: 'Skip to the main part',
  loading: 'Loading…',
  loadFailed: 'We could not open this page. Check your internet, then try again.',
  problemTitleLoad: 'This page did not open',
  badLinkTitle: 'We could not find this survey',
  badLink: 'Check the link you were given. Or ask the person who gave it to you.',
  tryAgain: 'Try again',
  noRoundTitle: 'No survey right now',
  noRound: (council: string) => `${council} is not asking for answers right now. Please come back later.`,

  // Start
  startTitle: (council: string) => `${council}: are we keeping our promises?`,
  roundName: (round: string) => `This is the ${round} survey.`,
  openUntil: (day: string) => `Open until ${day}`,
  startIntro: (count: number) => `We made ${count} promises to you. For each one, tell us if we keep it.`,
  startIntroSet: (asked: number, count: number) =>
    `We made ${count} promises to you. We will ask you about ${asked} of them. For each one, tell us if we keep it.`,
  setLength: (questions: number, minutes: number) =>
    `${questions} ${questions === 1 ? 'question' : 'questions'}, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  startSkip: 'You can skip any promise. You can stop and carry on later on this phone.',
  startAnon: 'We will not ask your name. Nobody will know which answers are yours.',
  start: 'Start',
  carryOn: 'Carry on',
  carryOnNote: (done: number, total: number) =>
    `Someone started this survey on this phone. ${done} of ${total} are done. Was it you?`,
  someoneElse: 'Someone else wants to answer on this phone',
  someoneElseTitle: 'Is someone else going to answer?',
  someoneElseSure: 'Wipe the answers on this phone and start a new survey? Nobody will see them.',
  someoneElseYes: 'Yes, wipe them and start',
  someoneElseNo: 'No, carry on',
  startSentBefore: 'Answers were sent from this phone before. You can answer too.',
  startWaiting: 'Some answers on this phone are waiting for the internet. We will send them.',

  // One-time code
  codeTitle: 'Type in your code',
  codeHelp: 'Your code is on the card you were given.',
  codeLabel: 'Your code',
  codeCheck: 'Check my code',
  codeChecking: 'Checking…',
  codeEmpty: 'Type in the code from your card.',
  codeWrong: 'That code did not work. Check it and try again.',
  codeUsed: 'That code was used already. Each card works once. Ask the person who gave you the card for a new one.',
  codeTooMany: 'Too many tries. Wait a few minutes, then try again.',

  // A promise
  progress: (n: number, total: number) => `${n} of ${total}`,
  progressLabel: (n: number, total: number) => `Promise ${n} of ${total}`,
  question: 'Do we keep this promise for you?',
  ratings: {
    yes: 'Yes, kept',
    sometimes: 'Sometimes',
    no: 'No, not kept',
    dontknow: "Don't know or doesn't apply",
  } as Record<Rating, string>,
  readAloud: 'Read it to me',
  stopReading: 'Stop reading',
  /** Shown in another language when the council has not translated all its promises yet. */
  englishPromisesNotice: 'Some of our promises are only in English for now.',
  cantReadAloud: 'This phone can’t read aloud in English.',
  fullPromise: 'Show all the words',
  back: 'Back',
  next: 'Next',
  skip: 'Skip',
  addComment: 'Add a comment',
  removeComment: 'Remove my comment',
  commentLabel: 'Your comment about this promise',
  commentLeft: (n: number) => `${n} letters left`,
  commentsFull: 'You have written lots of comments. You can still write one at the end.',

  // Before a comment box
  noticeTitle: 'Before you write',
  noticeAnon: 'We do not know who you are. So nobody can write back to you.',
  noticeHelp: 'If you need help now, talk to someone:',
  whoReads:
    'A grown-up at the council reads every comment. If you say you are not safe, we tell the person who keeps children safe. They will not know who wrote it.',
  helpNowShort: 'Need help now? Call someone. Tap to see who.',
  childlineNote: 'Free, day and night',
  /** Beside the line for any age, shown to care leavers as well as Childline (which is for under-19s). */
  samaritansNote: 'Free, day and night, at any age',
  call: 'Call',
  website: 'Website',
  trusted: 'Or talk to your social worker, your carer or a teacher you trust.',

  // The last question, about you
  changeTitle: 'What is one thing we should change?',
  changeHelp: 'Write it here if you want to. You can leave it empty.',
  changeLabel: 'One thing we should change',
  // "Sections first": the parts of the pledge that matter to them
  sectionsTitle: 'What matters to you?',
  sectionsHelp:
    'Our promises are in parts. Tick the parts you care about most. We will ask you about promises in them.',
  sectionsQuestion: 'Which parts matter to you?',
  sectionsAll: 'Ask me about any part',
  aboutTitle: 'About you',
  aboutHelp: 'This helps us see if things are fair for everyone. You do not have to answer.',
  aboutChooses: 'It helps us pick the right promises for you.',
  ageQuestion: 'How old are you?',
  ages: {
    '8-13': '8 to 13',
    '14-17': '14 to 17',
    '18-25': '18 to 25',
    'prefer-not-to-say': 'I would rather not say',
  } as Record<AgeGroup, string>,
  careQuestion: 'Are you in care now, or have you left care?',
  cares: {
    'in-care': 'I am in care',
    'care-leaver': 'I have left care',
    'prefer-not-to-say': 'I would rather not say',
  } as Record<CareStatus, string>,

  // Rate some more?
  moreTitle: 'Rate some more?',
  moreIntro: (count: number) => `You have done your promises. Thank you! You can rate ${count} more, or stop here.`,
  moreYes: (count: number) => `Yes, ${count} more`,
  moreNo: 'No, I am done',

  // Check and send
  reviewTitle: 'Check your answers',
  reviewSummary: (answered: number, total: number) => `You answered ${answered} of ${total} promises.`,
  reviewHelp: 'To change an answer, press Change.',
  skipped: 'Skipped',
  change: 'Change',
  changeThis: (what: string) => `Change: ${what}`,
  yourComment: 'Your comment',
  noComment: 'No comment',
  aboutYou: 'About you',
  notSaid: 'Not said',
  send: 'Send my answers',
  sending: 'Sending…',
  nothingToSend: 'Answer one promise or write a comment first. Then you can send.',

  // Waiting on the phone
  savedTitle: 'Your answers are safe',
  saved: "Saved on this phone — we'll send it when you're online.",
  savedMore: 'You can close this page. When you open it again with internet, we will send your answers.',
  sendNow: 'Try to send now',

  // A problem that trying again will not fix
  problemTitle: 'Your answers were not sent',
  closed: 'This survey has closed, so the answers could not be sent. Thank you for trying.',
  lateSent: 'Your answers from before the survey closed have been sent. Thank you!',
  problem: 'Something is wrong with the answers. The council says:',
  backToCheck: 'Back to your answers',

  // Thank you
  thanksTitle: 'Thank you!',
  thanksSent: (council: string) => `Your answers are with ${council}. Nobody will know they were yours.`,
  saidDidTitle: 'You said, we did',
  saidDidIntro: (round: string) => `What the council is doing after the last survey (${round}):`,
  saidDidEmpty: 'Nothing here yet. When the council does something about what young people said, you will see it here.',
  actionWho: (owner: string) => `Who: ${owner}`,
  actionWhen: (due: string) => `By: ${due}`,
  actionStatus: {
    planned: 'Planned',
    'in-progress': 'Started',
    done: 'Done',
  } as Record<ActionStatus, string>,
  helpTitle: 'Need help now?',
  nextTitle: 'Next time',
  nextText: 'We will ask you again. Keep this link, and open it again next time.',
  checkNew: 'Is there a new survey?',
  noNewYet: 'Not yet. Please come back later.',

  // Privacy page (for young people)
  privacy: {
    title: 'Your privacy',
    intro: 'This page says what happens to your answers.',
    keepTitle: 'What we keep',
    keep: [
      'Your answer to each promise.',
      'Your comments, if you write any.',
      'Your age group, and if you are in care. We only keep these if you choose to tell us.',
      'The day your answers came in. Not the time.',
      'A long secret number made by your phone. It helps us count your answers only once.',
    ],
    neverTitle: 'What we never keep',
    never: [
      'Your name.',
      'Your email, home address or phone number.',
      'Where you are.',
      'The internet address of your phone. It is not kept with your answers.',
      'We do not use cookies. We do not track you. There are no ads.',
    ],
    phoneTitle: 'What stays on this phone',
    phone: [
      'As you go, your answers are kept on this phone. So you can stop and carry on later.',
      'We do not get them until you press "Send my answers".',
      'With no internet, they wait on this phone. We send them when the internet is back.',
      'Once they are sent, we wipe them from this phone. It only keeps a note that answers were sent from it. It does not say which.',
      'If nobody uses the survey for 1 hour, the answers on this phone are wiped.',
      'If someone else wants to answer on this phone, press "Someone else wants to answer". Your answers are wiped first.',
      'Press "Leave now" to go fast. It wipes everything this page kept on this phone. If you pressed "Send my answers", they still get sent.',
      'The language you pick is kept on this phone too.',
      'All this is in the web browser on this phone. It is called "local storage". To wipe it, clear the data for this site.',
    ],
    anonTitle: 'Why nobody knows it is you',
    anon: [
      'We want you to say what you really think. So we do not ask who you are.',
      'This means nobody can write back to you. If you need help, see who to talk to below.',
      'The council only sees numbers when 5 or more young people answered. So nobody can guess your answers.',
      'The council sees the numbers only after the survey has closed.',
    ],
    commentTitle: 'What happens to a comment',
    comment: [
      'A person at the council reads each comment first.',
      'They can hide words that might show who you are.',
      'Then the people who run the council can read it.',
      'If a comment says someone may not be safe, we tell the person who keeps children safe right away. But they cannot find out who wrote it.',
      'So if you are not safe, please talk to someone now.',
      'Comments are wiped after one year, or a different time the council picks. The numbers are kept.',
    ],
    sessionTitle: 'In a group session',
    session: [
      'In a group session, you vote on your phone or by putting your hand up.',
      'We keep your vote. We keep your group too, if you pick one.',
      'Your phone makes a secret number when you join. It lets you change your vote. It does not say who you are.',
      'The big screen shows how many people picked each answer. It never shows who picked what.',
      'The grown-up running the session can write down what the group said. A person at the council reads it first, like a comment.',
    ],
    talkTitle: 'Who to talk to',
    backToSurvey: 'Back to the survey',
  },
};

export type Catalogue = typeof en;
