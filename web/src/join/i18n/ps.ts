/**
 * DRAFT until a council records that a fluent speaker of Pashto has checked these words (staff: the council's
 * languages page).
 */
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { ps as survey } from '../../survey/i18n/ps';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Pashto, right to left. Same keys as en.ts (its type says so). */
export const ps: JoinCatalogue = {
  lang: 'ps',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  fullPromise: survey.fullPromise,

  codeTitle: 'غونډې ته ورننوځه',
  codeIntro: 'هغه کوډ ولیکه چې په لویه پرده یې وینې.',
  codeLabel: 'په پرده کوډ',
  codeCheck: `د ګډون کوډ ${JOIN_CODE_LENGTH} توري او شمېرې دي، لکه ACD 479. په پرده کوډ وګوره.`,
  looking: 'لټوو…',
  join: 'ورننوځه',
  anonymous: `ته خپل نوم نه ورکوې. پرده او شورا یوازې د ${MIN_GROUP_SIZE} یا ډېرو کسانو ټولګې ویني.`,

  groupQuestion: 'ته په کومه ډله کې یې؟',
  groupHint: 'اړ نه یې چې ووایې. دا هېڅکله له تا سره نه تړل کیږي.',
  groups: {
    junior: 'کوچني (له 8 تر 13)',
    senior: 'مشران (له 14 تر 17)',
    'care-experienced': 'چې په پاملرنه کې وو (له 18 تر 25)',
    'prefer-not-to-say': 'نه غواړم ووایم',
  },
  joining: 'ورننوځو…',
  joinWithoutSaying: 'پرته له ویلو ورننوځه',

  waitingTitle: 'ته دننه یې!',
  waiting: 'لومړۍ ژمنه به دلته ژر راښکاره شي. دا پاڼه خلاصه وساته.',
  promiseCount: (n, total) => `ژمنه ${n} له ${total}`,
  question: 'آیا دا ژمنه پوره کیږي؟',
  ratings: survey.ratings,
  tapAnswer: 'په خپل ځواب ټک وکړه.',
  sending: 'ستا رایه لېږو…',
  retrying: 'اوس اړیکه نشته. بیا هڅه کوو…',
  voteIn: 'ستا رایه ورسېده. ته یې تر هغه بدلولای شې چې رایه ورکول بند شي.',
  closedCounted: 'رایه ورکول بند شول. ستا رایه وشمېرل شوه. پردې ته وګوره.',
  closed: 'د دې ژمنې لپاره رایه ورکول بند شول. پردې ته وګوره.',
  offline: 'ستا رایه ونه لېږل شوه: اړیکه نشته. کله چې بېرته آنلاین شوې، بیا هڅه وکړه.',

  problems: {
    not_found: 'د دې کوډ سره هیڅ غونډه نشته. په پرده کوډ وګوره، یا له هغه چا وپوښته چې غونډه پرمخ وړي.',
    not_allowed: 'په دې غونډه کې پورته شوي لاسونه شمېرل کېږي، نه ټیلفونونه. کله چې درته وویل شي، لاس پورته کړه!',
    room_locked: 'خونه تړل شوې ده: ټول راغلي دي، نو نوی څوک نشي ورننوتلی. له هغه چا وپوښته چې غونډه پرمخ وړي.',
    room_full: 'دا غونډه ډکه ده: په خونه کې ټول ورننوتلي دي. له هغه چا وپوښته چې غونډه پرمخ وړي.',
    round_closed: 'د دې غونډې پوښتنلیک بند شو، نو نورې رایې نشي لېږل کېدای.',
    ended: 'غونډه پای ته ورسېده، نو نورې رایې نشي لېږل کېدای. د ګډون مننه!',
    moved_on: 'ډله بلې ژمنې ته تللې ده: دا ژمنه نور په پرده نشته.',
    voting_closed: 'د دې ژمنې لپاره رایه ورکول بند شول. هغه وروستۍ رایه شمېرل کېږي چې تا له بندېدو مخکې ورکړې وه.',
    rate_limited: 'له دې شبکې څخه اوس ډېرې هڅې شوې دي. یوه دقیقه صبر وکړه او بیا هڅه وکړه.',
  },
  problemOther: 'یو څه سم نه شول. بیا هڅه وکړه، یا له هغه چا وپوښته چې غونډه پرمخ وړي.',
  noConnection: 'اوس اړیکه نشته. کله چې بېرته آنلاین شوې، بیا هڅه وکړه.',

  thanksTitle: 'مننه!',
  thanks: `غونډه پای ته ورسېده. ستا رایې وشمېرل شوې. شورا یوازې د ${MIN_GROUP_SIZE} یا ډېرو کسانو ټولګې ویني.`,
  joinAnother: 'بلې غونډې ته ورننوځه',
};
