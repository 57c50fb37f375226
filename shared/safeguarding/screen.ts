/**
 * A rules-based first look at a comment: does it suggest a young person may be at risk of harm?
 * It errs towards flagging (a safeguarding lead reads every flagged comment first); it never blocks a comment.
 */

/** Phrases grouped by the concern they suggest. Matched on whole words, case-insensitive. */
export const RISK_PHRASES: Record<string, readonly string[]> = {
  'self-harm': ['kill myself', 'killing myself', 'end my life', 'suicide', 'suicidal', 'self harm', 'self-harm', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'want to die', 'wanna die', 'better off dead', 'overdose', 'no reason to live'],
  abuse: ['abuse', 'abused', 'abusing', 'hits me', 'hit me', 'hitting me', 'beats me', 'beat me', 'punched me', 'kicks me', 'touched me', 'touches me', 'sexual', 'rape', 'raped', 'groomed', 'grooming', 'makes me do things', 'hurts me', 'hurt me'],
  unsafe: ['not safe', 'unsafe', "don't feel safe", 'dont feel safe', 'scared of', 'afraid of', 'frightened of', 'threatened', 'threatens me', 'bullied', 'locked in', 'locked me'],
  'running-away': ['run away', 'running away', 'ran away', 'runaway'],
  missing: ['go missing', 'going missing', 'went missing', 'been missing', 'sleeping rough', 'nowhere to sleep', 'homeless'],
  exploitation: ['county lines', 'make me sell', 'owe them money', 'older boyfriend', 'older girlfriend'],
};

export interface ScreenResult {
  urgent: boolean;
  concerns: string[];
}

const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

const PATTERNS = Object.entries(RISK_PHRASES).map(([concern, phrases]) => ({
  concern,
  needles: phrases.map((p) => ` ${normalise(p).trim()} `),
}));

export const screenComment = (text: string): ScreenResult => {
  const hay = normalise(text);
  const concerns = PATTERNS.filter((p) => p.needles.some((n) => hay.includes(n))).map((p) => p.concern);
  return { urgent: concerns.length > 0, concerns };
};
