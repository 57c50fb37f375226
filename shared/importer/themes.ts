import { THEME_IDS, type ThemeId } from '../themes';

/**
 * Theme suggestions by keyword rules a person can check. The admin confirms or changes them.
 *
 * How a promise gets its themes:
 *   1. Every rule below whose pattern is found in the promise's text (and whose `unless` is not) names
 *      its theme.
 *   2. The section's heading is read by the same rules, and its themes are added: a promise under
 *      "Your health" is about health even when it says "someone to talk to about how you feel".
 *   3. Themes come out in the order of the fixed list (shared/themes.ts).
 * A promise that no rule matches gets no theme; the admin chooses.
 */

export interface ThemeRule {
  theme: ThemeId;
  /** Matched against the text in lower case. */
  pattern: RegExp;
  /** The rule does not apply when this is also found (e.g. "pathway plan" is not the care plan). */
  unless?: RegExp;
  /** Too loose to speak for a whole section: not read in section headings ("Achievements and milestones"). */
  notInHeadings?: true;
  why: string;
}

export const THEME_RULES: readonly ThemeRule[] = [
  { theme: 'social-worker', pattern: /\bsocial workers?\b/, why: 'names the social worker' },
  {
    theme: 'social-worker',
    pattern: /\b(change of|your|allocated|same) workers?\b/,
    unless: /\b(support|youth|key) workers?\b/,
    why: '"your worker" in pledges means the social worker',
  },

  { theme: 'care-plan', pattern: /\bcare plans?\b/, why: 'the care plan' },
  {
    theme: 'care-plan',
    pattern: /\b(your|placement|looked after|care) reviews?\b|\breviews? (meeting|of your care)/,
    unless: /\b(pep|pathway plan|personal education plan)\b/,
    why: 'care reviews (not PEP or pathway plan reviews)',
  },
  {
    theme: 'care-plan',
    pattern: /\bplacement planning\b|\bplan(s|ning)? for your (future|care)\b/,
    why: 'planning a placement or your care',
  },

  { theme: 'iro', pattern: /\bindependent reviewing officers?\b|\biros?\b/, why: 'the independent reviewing officer' },

  {
    theme: 'where-you-live',
    pattern: /\bplacements?\b|\bfoster (home|carers?|care|family)\b|\bchildren's homes?\b|\bresidential\b/,
    unless: /\bplacement reviews?\b/,
    why: 'placements and carers',
  },
  {
    theme: 'where-you-live',
    pattern:
      /\b(a|your|new|good|suitable) home\b|\bplace to live\b|\bwhere you (want to )?live\b|\byou live\b|\bmove in\b|\bmoving in\b|\bif you move\b|\bbefore you move\b|\bhouse rules\b|\bsettle in\b|\bstability\b|\bsuitcase\b/,
    why: 'your home and moving',
  },
  { theme: 'where-you-live', pattern: /\b(accommodation|flat|housing|somewhere to live)\b/, why: 'a place to live' },

  {
    theme: 'family-friends',
    pattern: /\bfamil(y|ies)\b|\bfriends?\b|\bbrothers?\b|\bsisters?\b|\bsiblings?\b|\bparents?\b|\bgrandparents?\b/,
    why: 'family and friends',
  },
  {
    theme: 'family-friends',
    pattern:
      /\b(keep|stay|keeping|staying) in (touch|contact) with (your|the|people|family|friends|brothers|sisters|those|someone|anyone)\b|\bwho you want to (stay|keep) in (touch|contact) with\b|\bpeople who (are important|matter) to you\b|\brelationships?\b|\breturn home\b/,
    why: 'staying in touch',
  },

  {
    theme: 'education',
    pattern:
      /\bschools?\b|\beducation(al)?\b|\bteachers?\b|\bpep\b|\bvirtual school\b|\bcollege\b|\buniversit(y|ies)\b|\blearning\b(?! to drive)|\bclassroom\b|\bhomework\b|\bschoolwork\b/,
    why: 'school, college and learning',
  },
  {
    theme: 'education',
    pattern:
      /\b(in|into|or|and|with|your|further) training\b|\btraining(,| (course|place|opportunit\w*))|\bapprenticeships?\b|\btraineeships?\b|\bwork experience\b|\bqualifications?\b|\bcareers?\b|\bjobs?\b|\bemployment\b|\breading\b/,
    why: 'training and work (not training for carers)',
  },

  {
    theme: 'health',
    pattern:
      /\bhealth(y|ier)?\b|\bgp\b|\bdoctors?\b|\bdentists?\b|\bdental\b|\bopticians?\b|\bnurses?\b|\bmedical\b|\bemotional\b|\bmental\b|\bwell-?being\b/,
    unless: /\bhealth and safety\b(?!.*\b(sexual health|contraception)\b)/,
    why: 'health and health care',
  },
  {
    theme: 'health',
    pattern:
      /\bsmoking\b|\bdrinking\b|\bdrugs?\b|\bdiet\b|\bcontraception\b|\bcounsell?ing\b|\btherapy\b|\bhow you feel\b/,
    why: 'healthy living and feelings',
  },

  {
    theme: 'identity-culture',
    pattern:
      /\bidentity\b|\bcultur(e|al)\b|\brelig(ion|ious)\b|\bfaith\b|\bbeliefs?\b|\bethnicity\b|\bheritage\b|\blanguage\b|\bsexual orientation\b|\bbackground\b|\blife story\b/,
    why: 'who you are',
  },
  {
    theme: 'identity-culture',
    pattern:
      /\bhobbies\b|\btalents?\b|\binterests\b|\bleisure\b|\bclubs?\b|\bactivities\b|\bachievements?\b|\bsuccess(es)?\b|\bcelebrat(e|ed|ing)\b/,
    unless: /\b(meetings?|activities,? meetings)\b.*\bviews\b/,
    notInHeadings: true,
    why: 'interests and achievements',
  },

  {
    theme: 'having-a-say',
    pattern:
      /\b(your|young people's|their) (views|wishes|opinions)\b|\bwishes and feelings\b|\bhave a say\b|\bhave your say\b|\bask (you|for your)\b|\blisten(ed|ing)? to\b|\blisten\b/,
    why: 'being listened to',
  },
  {
    theme: 'having-a-say',
    pattern:
      /\binvolv(e|ed|ing) (you|young people|children)\b|\b(you|young people) (are|will be) (fully )?involved\b|\bdecisions?\b|\bconsult\w*\b|\bchildren in care council\b|\bin care council\b|\bparticipation (group|team|officer|worker)s?\b|\bcontribute\b|\binterview(ing)?\b|\bpanel\b|\btake (your|young people's) views\b|\bplanning (of |our )?services\b/,
    why: 'taking part in decisions',
  },

  {
    theme: 'leaving-care',
    pattern:
      /\bleav(e|ing) (our )?care\b|\bleft (our )?care\b|\bcare leavers?\b|\bpathway plan\b|\bindependen(ce|t (life|living))\b|\bliving independently\b|\badulthood\b|\bmove on\b|\bmoving on\b|\bpersonal advis[eo]r\b|\blocal offer\b/,
    why: 'leaving care and growing up',
  },
  {
    theme: 'leaving-care',
    pattern:
      /\buntil you are (18|21|25)\b|\bafter you are 1[68]\b|\bbetween 18\b|\b(18|21|25) years\b|\bbank account\b|\bbudget(ing)?\b|\bmanage your money\b|\bn\.?i\.? number\b|\bpassport\b|\blearning to drive\b|\btransitions?\b|\bout of hours\b|\bconsumer rights\b/,
    why: 'what a care leaver needs',
  },

  {
    theme: 'advocacy-complaints',
    pattern:
      /\badvoca(te|tes|cy)\b|\bcomplain(t|ts|ing)?\b|\bchildren's rights\b|\brights officers?\b|\bchampion\b|\bfight your corner\b|\bworries\b|\bworried\b|\bproblems\b/,
    why: 'help to be heard and to complain',
  },
];

const themesIn = (text: string, heading = false): Set<ThemeId> => {
  const t = text.toLowerCase().replace(/[’‘]/g, "'");
  const found = new Set<ThemeId>();
  for (const rule of THEME_RULES) {
    if (heading && rule.notInHeadings) continue;
    if (rule.pattern.test(t) && !rule.unless?.test(t)) found.add(rule.theme);
  }
  return found;
};

/** Themes a section heading names; a pledge repeats the same heading for each of its promises. */
let lastHeading: { title: string; themes: Set<ThemeId> } = { title: '', themes: new Set() };
const headingThemes = (title: string): Set<ThemeId> => {
  if (lastHeading.title !== title) lastHeading = { title, themes: themesIn(title, true) };
  return lastHeading.themes;
};

/** Suggested themes for a promise, from its own words and its section's heading. */
export const suggestThemes = (text: string, sectionTitle = ''): ThemeId[] => {
  const found = themesIn(text);
  for (const theme of headingThemes(sectionTitle)) found.add(theme);
  return THEME_IDS.filter((id) => found.has(id));
};

/** Which rules named which theme, for showing an admin why a theme was suggested. */
export const explainThemes = (text: string): { theme: ThemeId; why: string }[] => {
  const t = text.toLowerCase().replace(/[’‘]/g, "'");
  return THEME_RULES.filter((r) => r.pattern.test(t) && !r.unless?.test(t)).map(({ theme, why }) => ({
    theme,
    why,
  }));
};
