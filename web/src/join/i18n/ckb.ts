/**
 * DRAFT until a council records that a fluent speaker of Kurdish (Sorani) has checked these words (staff: the
 * council's languages page).
 */
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { ckb as survey } from '../../survey/i18n/ckb';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Kurdish (Sorani), right to left. Same keys as en.ts. */
export const ckb: JoinCatalogue = {
  lang: 'ckb',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  fullPromise: survey.fullPromise,

  codeTitle: 'بەشداری دانیشتنەکە بکە',
  codeIntro: 'ئەو کۆدە بنووسە کە لەسەر شاشە گەورەکە دەیبینیت.',
  codeLabel: 'کۆدی سەر شاشەکە',
  codeCheck: `کۆدی بەشداری ${JOIN_CODE_LENGTH} پیت و ژمارەیە، وەک ACD 479. کۆدی سەر شاشەکە بپشکنە.`,
  looking: 'دەگەڕێین…',
  join: 'بەشداری بکە',
  anonymous: `ناوت نادەیت. شاشەکە و ئەنجومەن تەنها کۆی ${MIN_GROUP_SIZE} کەس یان زیاتر دەبینن.`,

  groupQuestion: 'لە کام گرووپدایت؟',
  groupHint: 'پێویست ناکات بیڵێیت. هەرگیز بە تۆوە نابەسترێتەوە.',
  groups: {
    junior: 'بچووکەکان (8 تا 13)',
    senior: 'گەورەکان (14 تا 17)',
    'care-experienced': 'ئەوانەی لە ژێر چاودێریدا بوون (18 تا 25)',
    'prefer-not-to-say': 'حەز ناکەم بیڵێم',
  },
  joining: 'بەشداری دەکەیت…',
  joinWithoutSaying: 'بێ گوتن بەشداری بکە',

  waitingTitle: 'تۆ لە ژوورەوەیت!',
  waiting: 'یەکەم بەڵێن بەم زووانە لێرە دەردەکەوێت. ئەم پەڕەیە بە کراوەیی بهێڵەوە.',
  promiseCount: (n, total) => `بەڵێنی ${n} لە ${total}`,
  question: 'ئایا ئەم بەڵێنە دەبرێتە سەر؟',
  ratings: survey.ratings,
  tapAnswer: 'وەڵامەکەت دابگرە.',
  sending: 'دەنگەکەت دەنێردرێت…',
  retrying: 'ئێستا پەیوەندی نییە. دووبارە هەوڵ دەدەینەوە…',
  voteIn: 'دەنگەکەت گەیشت. دەتوانیت بیگۆڕیت تا دەنگدان دادەخرێت.',
  closedCounted: 'دەنگدان داخرا. دەنگەکەت ژمێردرا. سەیری شاشەکە بکە.',
  closed: 'دەنگدان بۆ ئەم بەڵێنە داخرا. سەیری شاشەکە بکە.',
  offline: 'دەنگەکەت نەنێردرا: پەیوەندی نییە. کاتێک ئینتەرنێت گەڕایەوە دووبارە هەوڵ بدە.',

  problems: {
    not_found: 'هیچ دانیشتنێک ئەم کۆدەی نییە. کۆدی سەر شاشەکە بپشکنە، یان لەو کەسە بپرسە کە دانیشتنەکە بەڕێوە دەبات.',
    not_allowed: 'لەم دانیشتنەدا دەستی بەرزکراوە دەژمێردرێت، نەک مۆبایل. کاتێک پێت دەوترێت، دەستت بەرز بکەرەوە!',
    room_locked:
      'ژوورەکە داخراوە: هەموو هاتوونەتە ژوورەوە، بۆیە کەسی نوێ ناتوانێت بەشدار بێت. لەو کەسە بپرسە کە دانیشتنەکە بەڕێوە دەبات.',
    room_full:
      'ئەم دانیشتنە پڕە: هەموو ئەوانەی لە ژوورەکەدان بەشدارییان کردووە. لەو کەسە بپرسە کە دانیشتنەکە بەڕێوە دەبات.',
    round_closed: 'ڕاپرسیی ئەم دانیشتنە داخرا، بۆیە چیتر دەنگ نانێردرێت.',
    ended: 'دانیشتنەکە کۆتایی هات، بۆیە چیتر دەنگ نانێردرێت. سوپاس بۆ بەشدارییەکەت!',
    moved_on: 'گروپەکە چووە سەر بەڵێنێکی تر: ئەم بەڵێنە چیتر لەسەر شاشەکە نییە.',
    voting_closed: 'دەنگدان بۆ ئەم بەڵێنە داخرا. دوایین دەنگت پێش داخستن دەژمێردرێت.',
    rate_limited: 'ئێستا هەوڵی زۆر لەم تۆڕەوە دراوە. خولەکێک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.',
  },
  problemOther: 'شتێک بە هەڵە ڕۆیشت. دووبارە هەوڵ بدەرەوە، یان لەو کەسە بپرسە کە دانیشتنەکە بەڕێوە دەبات.',
  noConnection: 'ئێستا پەیوەندی نییە. کاتێک ئینتەرنێت گەڕایەوە دووبارە هەوڵ بدە.',

  thanksTitle: 'سوپاس!',
  thanks: `دانیشتنەکە کۆتایی هات. دەنگەکانت ژمێردران. ئەنجومەن تەنها کۆی ${MIN_GROUP_SIZE} کەس یان زیاتر دەبینێت.`,
  joinAnother: 'بەشداری دانیشتنێکی تر بکە',
};
