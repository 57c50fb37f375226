/**
 * Personal details in a comment, found so the moderator sees them pre-marked for hiding: UK phone numbers,
 * e-mail addresses, postcodes, dates (of birth, and any full date) and capitalised names of people and places.
 * It suggests, a person decides: every mark can be taken off, and words it missed can be tapped.
 *
 * Names are a heuristic: a capitalised word that does not start a sentence and is not a word of the allow-list
 * (I, days, months, family words, council and care words, common apps). It misses a name typed in lower case
 * or alone at the start of a sentence, and marks a few words that are not names; the moderator reads every one.
 */
import type { Span } from './redact';

export const PERSONAL_DETAIL_KINDS = {
  phone: 'phone number',
  email: 'e-mail address',
  postcode: 'postcode',
  date: 'date',
  name: 'name of a person or place',
} as const;
export type PersonalDetailKind = keyof typeof PERSONAL_DETAIL_KINDS;

export interface PersonalDetail extends Span {
  kind: PersonalDetailKind;
  text: string;
}

/** Numbers anyone may write: helplines young people are given, and the emergency numbers. */
const PUBLIC_NUMBERS = new Set(['08001111', '08088005000', '08000929575']);

/** A UK number once its spaces, dashes and brackets are gone: 0 then 9 or 10 digits (+44 counts as 0). */
const ukNational = (raw: string): string | null => {
  const hadPlus = raw.trimStart().startsWith('+');
  let digits = raw.replace(/\D/g, '');
  if (hadPlus || digits.startsWith('0044')) {
    digits = digits.replace(/^(00)?44/, '');
    digits = `0${digits.replace(/^0/, '')}`;
  }
  return /^0[1-9]\d{8,9}$/.test(digits) ? digits : null;
};

/** Runs of digit groups, each separated by one space, dash, dot or bracket: "07700 900123", "+44 (0)20 7946 0000". */
const NUMBER_RUN = /(?:\+|\b00)?\(?\d+\)?(?:[ .-]?\(?\d+\)?)*/g;

const phones = (text: string): PersonalDetail[] => {
  const out: PersonalDetail[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[0];
    // The longest stretch of the run's groups that is a whole number, so "2 07700 900123 3 times" finds it.
    const groups = [...run.matchAll(/\+?\(?\d+\)?/g)];
    for (let first = 0; first < groups.length; first++) {
      for (let last = groups.length - 1; last >= first; last--) {
        const from = groups[first]!.index;
        const to = groups[last]!.index + groups[last]![0].length;
        const candidate = run.slice(from, to);
        const national = ukNational(candidate);
        if (!national || PUBLIC_NUMBERS.has(national)) continue;
        const start = m.index + from;
        const end = m.index + to;
        out.push({ kind: 'phone', start, end, text: '' });
        first = last;
        break;
      }
    }
  }
  return out;
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Full UK postcodes ("LS6 2AB", "sw1a1aa"), and outward codes alone in capitals ("LS6", "M1"). */
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)\b/gi;
const OUTWARD = /\b[A-Z]{2}\d{1,2}[A-Z]?\b/g;
const NOT_OUTWARD = new Set(['MP3', 'MP4', 'PS4', 'PS5', 'GTA5', 'FC25', 'FIFA', 'COVID19', 'CV19']);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(?:${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')}|sept)`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const DATE_PATTERNS = [
  // 12/03/2011, 12-03-11, 12.3.2011
  /\b(?:[12]\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])[/.-](?:\d{4}|\d{2})\b/g,
  // 12th March 2011, 12 of march 11, March 12th 2011, march 12, 2011
  new RegExp(`\\b${DAY}(?: of)? ${MONTH}\\.?,? (?:\\d{4}|'?\\d{2})\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\.? ${DAY},? (?:\\d{4}|'?\\d{2})\\b`, 'gi'),
];
/** A day and month without a year, when a birthday is what it is. */
const BIRTHDAY = new RegExp(
  `\\b(?:born|birthday|b'?day|dob|d\\.o\\.b\\.?)\\b[^.!?\\n]{0,20}?\\b(${DAY}(?: of)? ${MONTH}|${MONTH} ${DAY})\\b`,
  'gi',
);

const dates = (text: string): PersonalDetail[] => {
  const out: PersonalDetail[] = [];
  for (const p of DATE_PATTERNS)
    for (const m of text.matchAll(p)) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, text: '' });
  for (const m of text.matchAll(BIRTHDAY)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ kind: 'date', start, end: m.index + m[0].length, text: '' });
  }
  return out;
};

/** Capitalised words that are not names: said with a capital whoever writes them. */
const NOT_NAMES = new Set(
  [
    'i',
    "i'm",
    'i’m',
    "i've",
    'i’ve',
    "i'd",
    'i’d',
    "i'll",
    'i’ll',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    ...MONTHS,
    'mum',
    'dad',
    'nan',
    'nana',
    'grandma',
    'grandad',
    'mam',
    'council',
    'councillor',
    'councillors',
    'councils',
    'pledge',
    'promise',
    'promises',
    'check',
    'social',
    'worker',
    'workers',
    'carer',
    'carers',
    'foster',
    'care',
    'leaver',
    'leavers',
    'leaving',
    'team',
    'manager',
    'reviewing',
    'officer',
    'independent',
    'advocate',
    'advocacy',
    'pathway',
    'plan',
    'personal',
    'adviser',
    'advisor',
    'virtual',
    'school',
    'head',
    'teacher',
    'childline',
    'christmas',
    'easter',
    'eid',
    'ramadan',
    'diwali',
    'english',
    'maths',
    'science',
    'british',
    'england',
    'uk',
    'nhs',
    'ok',
    'okay',
    'xbox',
    'playstation',
    'nintendo',
    'switch',
    'google',
    'youtube',
    'tiktok',
    'instagram',
    'snapchat',
    'facebook',
    'whatsapp',
    'wifi',
    'god',
    'allah',
    'ofsted',
    'year',
  ].map((w) => w.toLowerCase()),
);

/** Words a sentence often starts with: a capitalised word after one of them is a name, not the start. */
const SENTENCE_STARTERS = new Set(
  'the my a an i we they he she it you when if and but so our your please there this that what why how who where sometimes nobody everyone more most some in at on after before because also can could would should do dont don’t is are was were have has not no yes me us then since even just only'.split(
    ' ',
  ),
);

/** Mr Smith, Miss Patel: the word after a title is a name wherever it stands. */
const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir']);

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w.replace(/['’-]/g, ''));

/** Whether the word at `index` starts a sentence: the start, or after . ! ? or a new line (and any quote or bracket). */
const startsSentence = (text: string, index: number) => /(?:^|[.!?…\n])[\s"'“‘(]*$/u.test(text.slice(0, index));

const names = (text: string, allow: ReadonlySet<string>): PersonalDetail[] => {
  const words = [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const marked = new Set<number>();
  words.forEach((x, i) => {
    const lower = x.w.toLowerCase();
    const prev = words[i - 1];
    const afterTitle =
      prev && TITLES.has(prev.w.toLowerCase().replace(/\.$/, '')) && /^\.?\s+$/.test(text.slice(prev.end, x.start));
    if (!isCapitalised(x.w) || NOT_NAMES.has(lower) || allow.has(lower) || TITLES.has(lower)) return;
    if (afterTitle || !startsSentence(text, x.start)) marked.add(i);
  });
  // A sentence's first word joins the name after it ("Jamie Brook"), unless it is a usual first word ("The", "My").
  for (const i of [...marked]) {
    const first = words[i - 1];
    if (
      first &&
      !marked.has(i - 1) &&
      startsSentence(text, first.start) &&
      isCapitalised(first.w) &&
      /^\s+$/.test(text.slice(first.end, words[i]!.start)) &&
      !SENTENCE_STARTERS.has(first.w.toLowerCase()) &&
      !NOT_NAMES.has(first.w.toLowerCase()) &&
      !TITLES.has(first.w.toLowerCase())
    )
      marked.add(i - 1);
  }
  return [...marked].map((i) => ({ kind: 'name' as const, start: words[i]!.start, end: words[i]!.end, text: '' }));
};

/**
 * Every personal detail found, in order, none overlapping (a longer find wins). `allow` takes words that are
 * not personal in this council (its own name, say).
 */
export const findPersonalDetails = (text: string, allow: Iterable<string> = []): PersonalDetail[] => {
  const allowed = new Set([...allow].flatMap((a) => a.toLowerCase().match(WORD) ?? []));
  const found: PersonalDetail[] = [
    ...[...text.matchAll(EMAIL)].map((m) => ({
      kind: 'email' as const,
      start: m.index,
      end: m.index + m[0].length,
      text: '',
    })),
    ...phones(text),
    ...[...text.matchAll(POSTCODE)].map((m) => ({
      kind: 'postcode' as const,
      start: m.index,
      end: m.index + m[0].length,
      text: '',
    })),
    ...[...text.matchAll(OUTWARD)]
      .filter((m) => !NOT_OUTWARD.has(m[0]))
      .map((m) => ({ kind: 'postcode' as const, start: m.index, end: m.index + m[0].length, text: '' })),
    ...dates(text),
    ...names(text, allowed),
  ];
  const kept: PersonalDetail[] = [];
  for (const d of found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))) {
    const last = kept.at(-1);
    if (last && d.start < last.end) {
      if (d.end > last.end && d.kind === last.kind) last.end = d.end;
      continue;
    }
    kept.push({ ...d });
  }
  return kept.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
};
