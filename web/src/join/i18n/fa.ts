/**
 * DRAFT until a council records that a fluent speaker of Farsi has checked these words (staff: the council's
 * languages page). Farsi as spoken in Iran; Dari is prs.ts.
 */
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { fa as survey } from '../../survey/i18n/fa';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Farsi, right to left. Same keys as en.ts (its type says so). */
export const fa: JoinCatalogue = {
  lang: 'fa',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  fullPromise: survey.fullPromise,

  codeTitle: 'وارد جلسه شو',
  codeIntro: 'کدی را که روی صفحهٔ بزرگ می‌بینی وارد کن.',
  codeLabel: 'کد روی صفحه',
  codeCheck: `کد جلسه ${JOIN_CODE_LENGTH} حرف و عدد است، مثل ACD 479. کد روی صفحه را چک کن.`,
  looking: 'در حال گشتن…',
  join: 'وارد شو',
  anonymous: `اسمت را نمی‌دهی. صفحه و شورا فقط جمع ${MIN_GROUP_SIZE} نفر یا بیشتر را می‌بینند.`,

  groupQuestion: 'در کدام گروه هستی؟',
  groupHint: 'لازم نیست بگویی. هیچ‌وقت به تو وصل نمی‌شود.',
  groups: {
    junior: 'کوچک‌ترها (8 تا 13)',
    senior: 'بزرگ‌ترها (14 تا 17)',
    'care-experienced': 'کسانی که تحت سرپرستی بوده‌اند (18 تا 25)',
    'prefer-not-to-say': 'ترجیح می‌دهم نگویم',
  },
  joining: 'در حال وارد شدن…',
  joinWithoutSaying: 'بدون گفتن وارد شو',

  waitingTitle: 'وارد شدی!',
  waiting: 'قول اول تا چند لحظهٔ دیگر اینجا می‌آید. این صفحه را باز نگه دار.',
  promiseCount: (n, total) => `قول ${n} از ${total}`,
  question: 'آیا به این قول عمل می‌شود؟',
  ratings: survey.ratings,
  tapAnswer: 'جوابت را بزن.',
  sending: 'در حال فرستادن رأیت…',
  retrying: 'الان اینترنت نیست. دوباره امتحان می‌کنیم…',
  voteIn: 'رأیت رسید. تا وقتی رأی‌گیری بسته نشده، می‌توانی عوضش کنی.',
  closedCounted: 'رأی‌گیری بسته شد. رأیت شمرده شد. به صفحه نگاه کن.',
  closed: 'رأی‌گیری برای این قول بسته شد. به صفحه نگاه کن.',
  offline: 'رأیت فرستاده نشد: اینترنت نیست. وقتی اینترنت برگشت دوباره امتحان کن.',

  problems: {
    not_found: 'هیچ جلسه‌ای این کد را ندارد. کد روی صفحه را چک کن، یا از کسی که جلسه را اداره می‌کند بپرس.',
    not_allowed: 'در این جلسه دست‌های بالا شمرده می‌شود، نه گوشی‌ها. وقتی گفتند، دستت را بالا ببر!',
    room_locked: 'اتاق قفل است: همه آمده‌اند، پس کسی تازه نمی‌تواند وارد شود. از کسی که جلسه را اداره می‌کند بپرس.',
    room_full: 'این جلسه پر است: همهٔ کسانی که در اتاق هستند وارد شده‌اند. از کسی که جلسه را اداره می‌کند بپرس.',
    round_closed: 'نظرسنجی این جلسه بسته شد، پس دیگر نمی‌شود رأی فرستاد.',
    ended: 'جلسه تمام شد، پس دیگر نمی‌شود رأی فرستاد. ممنون که شرکت کردی!',
    moved_on: 'گروه سراغ قول بعدی رفته است: این قول دیگر روی صفحه نیست.',
    voting_closed: 'رأی‌گیری برای این قول بسته شد. آخرین رأیت قبل از بسته شدن شمرده می‌شود.',
    rate_limited: 'الان از این اینترنت خیلی تلاش شده است. یک دقیقه صبر کن و دوباره امتحان کن.',
  },
  problemOther: 'یک مشکلی پیش آمد. دوباره امتحان کن، یا از کسی که جلسه را اداره می‌کند بپرس.',
  noConnection: 'الان اینترنت نیست. وقتی اینترنت برگشت دوباره امتحان کن.',

  thanksTitle: 'ممنون!',
  thanks: `جلسه تمام شد. رأی‌هایت شمرده شد. شورا فقط جمع ${MIN_GROUP_SIZE} نفر یا بیشتر را می‌بیند.`,
  joinAnother: 'وارد یک جلسهٔ دیگر شو',
};
