/**
 * A rules-based first look at a comment: does it suggest a young person may be at risk of harm?
 * It errs towards flagging (a safeguarding lead reads every flagged comment first, and a person, not
 * this list, decides what it means); it never blocks or changes a comment.
 *
 * Matching is on whole words, case-insensitive, with apostrophes dropped ("don't" = "dont") and long
 * letter runs shortened ("sooo scaredddd" = "so scared"), so the way young people type still matches.
 * Text is first read as a person sees it (shared/text/normalise.ts): invisible characters, look-alike
 * letters from other alphabets and "I"/"1" for "l" do not hide a phrase.
 */
import { foldForMatching, skeleton } from '../text/normalise';

/** The kinds of concern, with the words a safeguarding lead sees next to a flagged comment. */
export const CONCERNS = {
  'self-harm': 'Self-harm or suicide',
  abuse: 'Abuse or neglect',
  unsafe: 'Feeling unsafe',
  'running-away': 'Running away',
  missing: 'Going missing',
  exploitation: 'Exploitation',
} as const;
export type Concern = keyof typeof CONCERNS;

/** "I went missing", "my sister has gone missing": a person going missing, not a bag or a letter. */
const PEOPLE = ['i', 'ive', 'im', 'we', 'he', 'she', 'they', 'friend', 'sister', 'brother', 'mate'];
const MISSING_VERBS = [
  'go missing',
  'went missing',
  'gone missing',
  'been missing',
  'going missing',
  'keep going missing',
  'was missing',
  'were missing',
  'have gone missing',
  'has gone missing',
  'had gone missing',
  'have been missing',
  'has been missing',
];
const personMissing = PEOPLE.flatMap((who) => MISSING_VERBS.map((verb) => `${who} ${verb}`));

/** Phrases grouped by the concern they suggest. */
export const RISK_PHRASES: Record<Concern, readonly string[]> = {
  'self-harm': [
    'kill myself',
    'killing myself',
    'killed myself',
    'kill my self',
    'kms',
    'unalive',
    'unalive myself',
    'end my life',
    'ending my life',
    'end it all',
    'take my own life',
    'tried to kill myself',
    'suicide',
    'suicidal',
    'sucide',
    'self harm',
    'selfharm',
    'self harming',
    'harm myself',
    'harming myself',
    'hurt myself',
    'hurting myself',
    'cut myself',
    'cutting myself',
    'burn myself',
    'burning myself',
    'hang myself',
    'starve myself',
    'make myself sick',
    'want to die',
    'wanna die',
    'want to be dead',
    'wish i was dead',
    'wish i were dead',
    'better off dead',
    'better off without me',
    'overdose',
    'od',
    'no reason to live',
    'dont want to live',
    'dont want to be alive',
    'dont want to be here anymore',
    'dont want to wake up',
  ],
  abuse: [
    'abuse',
    'abused',
    'abusing',
    'abusive',
    'hits me',
    'hit me',
    'hitting me',
    'beats me',
    'beat me',
    'beating me',
    'beaten',
    'punched me',
    'punches me',
    'kicks me',
    'kicked me',
    'slaps me',
    'slapped me',
    'smacks me',
    'smacked me',
    'chokes me',
    'choked me',
    'strangled',
    'throws things at me',
    'hurts me',
    'hurt me',
    'touched me',
    'touches me',
    'touching me',
    'sexual',
    'rape',
    'raped',
    'groomed',
    'grooming',
    'makes me do things',
    'made me do things',
    'nudes',
    'naked pictures',
    'send pictures of myself',
    'not fed',
    'dont get fed',
    'never get fed',
    'go to bed hungry',
    'no food in the house',
    'locks me in',
    'locked me in',
  ],
  unsafe: [
    'not safe',
    'unsafe',
    'dont feel safe',
    'do not feel safe',
    'never feel safe',
    'in danger',
    'scared of',
    'afraid of',
    'frightened of',
    'terrified',
    'im scared',
    'i am scared',
    'feel scared',
    'scared to go home',
    'threatened',
    'threatens me',
    'threatening me',
    'bullied',
    'bullying me',
    'following me',
    'followed me home',
  ],
  'running-away': [
    'run away',
    'running away',
    'ran away',
    'runaway',
    'run away from',
    'going to run',
    'gonna run',
    'leave and never come back',
  ],
  missing: [
    ...personMissing,
    'reported missing',
    'missing from home',
    'missing from care',
    'missing from placement',
    'missing episode',
    'want to go missing',
    'wanna go missing',
    'about going missing',
    'sleeping rough',
    'sleep rough',
    'slept rough',
    'sleeping on the street',
    'sleeping on the streets',
    'slept outside',
    'nowhere to sleep',
    'nowhere to go',
    'nowhere to live',
    'homeless',
    'sofa surfing',
    'stayed out all night',
    'stay out all night',
  ],
  exploitation: [
    'county lines',
    'make me sell',
    'made me sell',
    'makes me sell',
    'sell drugs',
    'selling drugs',
    'carry drugs',
    'hold drugs',
    'gave me drugs',
    'give me drugs',
    'owe them money',
    'owe money to',
    'older boyfriend',
    'older girlfriend',
    'pays me to',
  ],
};

/**
 * Everyday phrases that contain a risk phrase but mean something else. They are taken out before
 * matching, so "hit me up" or "sexual health" is not flagged while "he hit me" still is.
 */
export const BENIGN_PHRASES: readonly string[] = [
  'hit me up',
  'beat me at',
  'beat me in',
  'beat me to it',
  'killed myself laughing',
  'kill myself laughing',
  'killing myself laughing',
  'sexual health',
  'sexual orientation',
  'dont feel unsafe',
  'do not feel unsafe',
  'never feel unsafe',
  'never unsafe',
  'not unsafe',
];

export interface ScreenResult {
  urgent: boolean;
  concerns: Concern[];
}

/** The plain reading: runs of three or more of a letter shortened ("sooo scaredddd" = "so scared"). */
const plain = (folded: string) => folded.replace(/([a-z])\1{2,}/g, '$1');
const padded = (text: string) => ` ${text} `;

/**
 * Each phrase is sought in two readings of the comment. Phrases of four letters or more are also sought in
 * the skeleton reading, where "I", "1" and "|" for "l" and doubled letters no longer hide a word; short ones
 * ("od", "kms") only in the plain reading, because their skeletons are everyday words ("odd").
 */
const SKELETON_MIN_LETTERS = 4;
const needleOf = (phrase: string) => {
  const folded = foldForMatching(phrase);
  return {
    plain: padded(plain(folded)),
    skeleton: padded(skeleton(folded)),
    short: folded.replace(/ /g, '').length < SKELETON_MIN_LETTERS,
  };
};

const PATTERNS = (Object.entries(RISK_PHRASES) as [Concern, readonly string[]][]).map(([concern, phrases]) => ({
  concern,
  needles: phrases.map(needleOf),
}));
const BENIGN = BENIGN_PHRASES.map(needleOf);

/** Each benign phrase becomes a lone separator, so words either side of it do not join into a new match. */
const withoutBenign = (hay: string, form: 'plain' | 'skeleton') => {
  let out = hay;
  for (const b of BENIGN) {
    const n = b[form];
    while (out.includes(n)) out = out.replace(n, ' | ');
  }
  return out;
};

export const screenComment = (text: string): ScreenResult => {
  // An invisible character may join two parts of a word ("k\u200bill") or stand between two words.
  const readings = (['', ' '] as const).map((invisibleAs) => foldForMatching(text, { invisibleAs }));
  const plains = readings.map((r) => withoutBenign(padded(plain(r)), 'plain'));
  const skeletons = readings.map((r) => withoutBenign(padded(skeleton(r)), 'skeleton'));
  const concerns = PATTERNS.filter((p) =>
    p.needles.some(
      (n) =>
        plains.some((hay) => hay.includes(n.plain)) || (!n.short && skeletons.some((hay) => hay.includes(n.skeleton))),
    ),
  ).map((p) => p.concern);
  return { urgent: concerns.length > 0, concerns };
};
