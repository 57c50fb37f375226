/**
 * DRAFT until a council records that a fluent speaker of Dari has checked these words (staff: the council's
 * languages page). Dari as spoken in Afghanistan, not the Farsi of Iran (fa.ts).
 */
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { prs as survey } from '../../survey/i18n/prs';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Dari, right to left. Same keys as en.ts (its type says so). */
export const prs: JoinCatalogue = {
  lang: 'prs',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  fullPromise: survey.fullPromise,

  codeTitle: 'داخل جلسه شو',
  codeIntro: 'کودی را که روی پردهٔ کلان می‌بینی بنویس.',
  codeLabel: 'کود روی پرده',
  codeCheck: `کود جلسه ${JOIN_CODE_LENGTH} حرف و عدد است، مثل ACD 479. کود روی پرده را ببین.`,
  looking: 'در حال پالیدن…',
  join: 'داخل شو',
  anonymous: `تو نام خود را نمی‌دهی. پرده و شورا فقط جمع ${MIN_GROUP_SIZE} نفر یا بیشتر را می‌بینند.`,

  groupQuestion: 'تو در کدام گروه هستی؟',
  groupHint: 'لازم نیست بگویی. هرگز به تو وصل نمی‌شود.',
  groups: {
    junior: 'خوردها (8 تا 13)',
    senior: 'کلان‌ها (14 تا 17)',
    'care-experienced': 'کسانی که تحت سرپرستی بودند (18 تا 25)',
    'prefer-not-to-say': 'نمی‌خواهم بگویم',
  },
  joining: 'در حال داخل شدن…',
  joinWithoutSaying: 'بدون گفتن داخل شو',

  waitingTitle: 'تو داخل هستی!',
  waiting: 'وعدهٔ اول به زودی اینجا می‌آید. این صفحه را باز نگه دار.',
  promiseCount: (n, total) => `وعدهٔ ${n} از ${total}`,
  question: 'آیا این وعده نگه داشته می‌شود؟',
  ratings: survey.ratings,
  tapAnswer: 'جواب خود را بزن.',
  sending: 'رأی تو فرستاده می‌شود…',
  retrying: 'حالا وصل نیست. دوباره کوشش می‌کنیم…',
  voteIn: 'رأی تو رسید. تا وقتی رأی‌گیری بسته نشده، می‌توانی آن را تغییر بدهی.',
  closedCounted: 'رأی‌گیری بسته شد. رأی تو شمرده شد. به پرده ببین.',
  closed: 'رأی‌گیری برای این وعده بسته شد. به پرده ببین.',
  offline: 'رأی تو فرستاده نشد: وصل نیست. وقتی دوباره انترنت آمد کوشش کن.',

  problems: {
    not_found: 'هیچ جلسه‌ای این کود را ندارد. کود روی پرده را ببین، یا از کسی که جلسه را پیش می‌برد بپرس.',
    not_allowed: 'در این جلسه دست‌های بلند شده شمرده می‌شود، نه تیلفون‌ها. وقتی گفتند، دستت را بلند کن!',
    room_locked: 'اتاق بسته است: همه داخل شده‌اند، پس کسی تازه داخل شده نمی‌تواند. از کسی که جلسه را پیش می‌برد بپرس.',
    room_full: 'این جلسه پر است: همه کسانی که در اتاق هستند داخل شده‌اند. از کسی که جلسه را پیش می‌برد بپرس.',
    round_closed: 'سروی این جلسه بسته شد، پس دیگر رأی فرستاده نمی‌شود.',
    ended: 'جلسه تمام شد، پس دیگر رأی فرستاده نمی‌شود. تشکر که اشتراک کردی!',
    moved_on: 'گروه به وعدهٔ دیگری رفته است: این وعده دیگر روی پرده نیست.',
    voting_closed: 'رأی‌گیری برای این وعده بسته شد. آخرین رأی تو پیش از بسته شدن شمرده می‌شود.',
    rate_limited: 'حالا از این شبکه کوشش‌های زیادی شده است. یک دقیقه صبر کن و دوباره کوشش کن.',
  },
  problemOther: 'یک چیز درست نشد. دوباره کوشش کن، یا از کسی که جلسه را پیش می‌برد بپرس.',
  noConnection: 'حالا وصل نیست. وقتی دوباره انترنت آمد کوشش کن.',

  thanksTitle: 'تشکر!',
  thanks: `جلسه تمام شد. رأی‌های تو شمرده شد. شورا فقط جمع ${MIN_GROUP_SIZE} نفر یا بیشتر را می‌بیند.`,
  joinAnother: 'داخل جلسهٔ دیگر شو',
};
