/**
 * DRAFT until a council records that a fluent speaker of Tigrinya has checked these words (staff: the council's
 * languages page).
 */
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { ti as survey } from '../../survey/i18n/ti';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Tigrinya (Ethiopic script). Same keys as en.ts. */
export const ti: JoinCatalogue = {
  lang: 'ti',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  fullPromise: survey.fullPromise,

  codeTitle: 'ናብቲ ኣኼባ ተጸንበሩ',
  codeIntro: 'ኣብቲ ዓቢ ስክሪን እትርእይዎ ኮድ ጸሓፉ።',
  codeLabel: 'ኣብ ስክሪን ዘሎ ኮድ',
  codeCheck: `ናይ ምጽንባር ኮድ ${JOIN_CODE_LENGTH} ፊደላትን ቁጽርታትን እዩ፡ ከም ACD 479። ኣብ ስክሪን ዘሎ ኮድ ርአዩ።`,
  looking: 'ይድለ ኣሎ…',
  join: 'ተጸንበሩ',
  anonymous: `ስምኩም ኣይትህቡን። ስክሪንን ምምሕዳርን ድምር ናይ ${MIN_GROUP_SIZE} ወይ ልዕሊኡ ሰባት ጥራይ እዮም ዝርእዩ።`,

  groupQuestion: 'ኣብ ኣየናይ ጉጅለ ኢኹም?',
  groupHint: 'ክትብሉ ግዴታ የብልኩምን። ምሳኹም ፈጺሙ ኣይተኣሳሰርን።',
  groups: {
    junior: 'ንኣሽቱ (ካብ 8 ክሳብ 13)',
    senior: 'ዓበይቲ (ካብ 14 ክሳብ 17)',
    'care-experienced': 'ኣብ ክንክን ዝነበሩ (ካብ 18 ክሳብ 25)',
    'prefer-not-to-say': 'ክብሎ ኣይደልን',
  },
  joining: 'ይጽንበር ኣሎ…',
  joinWithoutSaying: 'ከይበልኩም ተጸንበሩ',

  waitingTitle: 'ኣቲኹም ኢኹም!',
  waiting: 'እቲ ቀዳማይ ቃል ኣብዚ ቀልጢፉ ክመጽእ እዩ። ነዚ ገጽ ክፉት ግደፍዎ።',
  promiseCount: (n, total) => `ቃል ${n} ካብ ${total}`,
  question: 'እዚ ቃል ይሕሎ ዶ?',
  ratings: survey.ratings,
  tapAnswer: 'መልስኹም ጠውቑ።',
  sending: 'ድምጽኹም ይለኣኽ ኣሎ…',
  retrying: 'ሕጂ መራኸቢ የለን። ደጊምና ንፍትን ኣለና…',
  voteIn: 'ድምጽኹም በጺሑ። ድምጺ ምሃብ ክሳብ ዝዕጾ ክትቕይርዎ ትኽእሉ ኢኹም።',
  closedCounted: 'ድምጺ ምሃብ ተዓጽዩ። ድምጽኹም ተቖጺሩ። ናብቲ ስክሪን ርአዩ።',
  closed: 'ነዚ ቃል ድምጺ ምሃብ ተዓጽዩ። ናብቲ ስክሪን ርአዩ።',
  offline: 'ድምጽኹም ኣይተላእከን: መራኸቢ የለን። ኢንተርነት ምስ ተመልሰ ደጊምኩም ፈትኑ።',

  problems: {
    not_found: 'በዚ ኮድ ዝኾነ ኣኼባ የለን። ኣብ ስክሪን ዘሎ ኮድ ርአዩ፡ ወይ ነቲ ኣኼባ ዝመርሕ ሰብ ሕተቱ።',
    not_allowed: 'እዚ ኣኼባ ዝተልዓላ ኣእዳው እዩ ዝቖጽር፡ ስልኪ ኣይኮነን። ምስ ተባህለኩም ኢድኩም ኣልዕሉ!',
    room_locked: 'እቲ ክፍሊ ተዓጽዩ: ኩሉ ኣትዩ ስለ ዘሎ ሓድሽ ሰብ ክጽንበር ኣይክእልን። ነቲ ኣኼባ ዝመርሕ ሰብ ሕተቱ።',
    room_full: 'እዚ ኣኼባ መሊኡ: ኣብቲ ክፍሊ ዘለዉ ኩሎም ተጸንቢሮም። ነቲ ኣኼባ ዝመርሕ ሰብ ሕተቱ።',
    round_closed: 'ናይዚ ኣኼባ መጠይቕ ተዓጽዩ፡ ስለዚ ድሕሪ ሕጂ ድምጺ ክለኣኽ ኣይክእልን።',
    ended: 'እቲ ኣኼባ ተወዲኡ፡ ስለዚ ድሕሪ ሕጂ ድምጺ ክለኣኽ ኣይክእልን። ስለ ዝተሳተፍኩም የቐንየልና!',
    moved_on: 'እቲ ጉጅለ ናብ ካልእ ቃል ሰጊሩ: እዚ ቃል ድሕሪ ሕጂ ኣብ ስክሪን የለን።',
    voting_closed: 'ነዚ ቃል ድምጺ ምሃብ ተዓጽዩ። ቅድሚ ምዕጻዉ ዝሃብኩምዎ ናይ መወዳእታ ድምጺ ይቑጸር።',
    rate_limited: 'ሕጂ ካብዚ መርበብ ብዙሕ ፈተነታት ተገይሩ። ሓንቲ ደቒቕ ተጸበዩ እሞ ደጊምኩም ፈትኑ።',
  },
  problemOther: 'ገለ ነገር ተጋጊዩ። ደጊምኩም ፈትኑ፡ ወይ ነቲ ኣኼባ ዝመርሕ ሰብ ሕተቱ።',
  noConnection: 'ሕጂ መራኸቢ የለን። ኢንተርነት ምስ ተመልሰ ደጊምኩም ፈትኑ።',

  thanksTitle: 'የቐንየልና!',
  thanks: `እቲ ኣኼባ ተወዲኡ። ድምጽኹም ተቖጺሩ። ምምሕዳር ድምር ናይ ${MIN_GROUP_SIZE} ወይ ልዕሊኡ ሰባት ጥራይ እዩ ዝርኢ።`,
  joinAnother: 'ናብ ካልእ ኣኼባ ተጸንበሩ',
};
