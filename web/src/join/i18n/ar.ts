import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { ar as survey } from '../../survey/i18n/ar';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Arabic, right to left. Same keys as en.ts (its type says so). */
export const ar: JoinCatalogue = {
  lang: 'ar',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  // A junior session's easy-read promise opens to the council's own words, as in the survey.
  fullPromise: survey.fullPromise,

  codeTitle: 'انضم إلى الجلسة',
  codeIntro: 'اكتب الرمز الذي تراه على الشاشة الكبيرة.',
  codeLabel: 'الرمز على الشاشة',
  codeCheck: `رمز الانضمام ${JOIN_CODE_LENGTH} حروف وأرقام، مثل ACD 479. تأكد من الرمز على الشاشة.`,
  looking: 'جارٍ البحث…',
  join: 'انضم',
  anonymous: `لن تكتب اسمك. الشاشة والمجلس يرون فقط مجاميع ${MIN_GROUP_SIZE} أشخاص أو أكثر.`,

  groupQuestion: 'في أي مجموعة أنت؟',
  groupHint: 'لست مضطرًا أن تقول. لن يُربط ذلك بك أبدًا.',
  groups: {
    junior: 'الصغار (من 8 إلى 13)',
    senior: 'الكبار (من 14 إلى 17)',
    'care-experienced': 'من عاشوا تجربة الرعاية (من 18 إلى 25)',
    'prefer-not-to-say': 'أفضّل ألّا أقول',
  },
  joining: 'جارٍ الانضمام…',
  joinWithoutSaying: 'انضم دون أن تقول',

  waitingTitle: 'أنت معنا!',
  waiting: 'سيظهر الوعد الأول هنا بعد قليل. أبقِ هذه الصفحة مفتوحة.',
  promiseCount: (n, total) => `الوعد ${n} من ${total}`,
  question: 'هل نفي بهذا الوعد؟',
  ratings: survey.ratings,
  tapAnswer: 'اضغط على إجابتك.',
  sending: 'جارٍ إرسال صوتك…',
  retrying: 'لا يوجد اتصال الآن. نحاول مرة أخرى…',
  voteIn: 'وصل صوتك. يمكنك تغييره حتى يُغلق التصويت.',
  closedCounted: 'أُغلق التصويت. احتُسب صوتك. انظر إلى الشاشة.',
  closed: 'أُغلق التصويت على هذا الوعد. انظر إلى الشاشة.',
  offline: 'لم يُرسل صوتك: لا يوجد اتصال. حاول مرة أخرى عندما يعود الإنترنت.',

  problems: {
    not_found: 'لا توجد جلسة بهذا الرمز. تأكد من الرمز على الشاشة، أو اسأل الشخص الذي يدير الجلسة.',
    not_allowed: 'في هذه الجلسة نعدّ الأيدي المرفوعة، لا الهواتف. ارفع يدك عندما يُطلب منك!',
    room_locked: 'الغرفة مقفلة: الجميع دخلوا، فلا يمكن لأحد جديد أن ينضم. اسأل الشخص الذي يدير الجلسة.',
    room_full: 'هذه الجلسة ممتلئة: كل من في الغرفة انضم. اسأل الشخص الذي يدير الجلسة.',
    round_closed: 'أُغلق استبيان هذه الجلسة، فلا يمكن إرسال الأصوات بعد الآن.',
    ended: 'انتهت هذه الجلسة، فلا يمكن إرسال الأصوات بعد الآن. شكرًا لمشاركتك!',
    moved_on: 'انتقلت المجموعة إلى وعد آخر: هذا الوعد لم يعد على الشاشة.',
    voting_closed: 'أُغلق التصويت على هذا الوعد. يُحسب آخر صوت أرسلته قبل الإغلاق.',
    rate_limited: 'محاولات كثيرة من هذه الشبكة الآن. انتظر دقيقة ثم حاول مرة أخرى.',
  },
  problemOther: 'حدث خطأ ما. حاول مرة أخرى، أو اسأل الشخص الذي يدير الجلسة.',
  noConnection: 'لا يوجد اتصال الآن. حاول مرة أخرى عندما يعود الإنترنت.',

  thanksTitle: 'شكرًا لك!',
  thanks: `انتهت الجلسة. احتُسبت أصواتك. المجلس يرى فقط مجاميع ${MIN_GROUP_SIZE} أشخاص أو أكثر.`,
  joinAnother: 'انضم إلى جلسة أخرى',
};
