import type { Audience } from '../survey/audience';

/**
 * Who a promise is about, proposed from its words and its section's title; the admin confirms or changes it. Only
 * clear words count (a personal adviser, a pathway plan is shared, so it is for both); anything else is for
 * everyone, which asks it of all young people, as before promises were marked.
 */
const CARE_LEAVER =
  /\b(care leavers?|leaving care|left care|leave care|personal advis[eo]rs?|staying put|staying close|setting up (your )?home|your own (home|flat|tenancy)|council tax|leaving care grant|local offer)\b/i;
const IN_CARE =
  /\b(foster(ing)? (carers?|famil(y|ies)|home)|foster carers?|sleepovers?|children'?s homes?|residential home|placements?|independent reviewing officer|looked after review|personal education plan|virtual school|pocket money|bedtime)\b/i;

export const proposeAudience = (text: string, sectionTitle = ''): Audience => {
  const leaver = CARE_LEAVER.test(text);
  const inCare = IN_CARE.test(text);
  if (leaver && !inCare) return 'care-leaver';
  if (inCare && !leaver) return 'in-care';
  if (!leaver && !inCare && CARE_LEAVER.test(sectionTitle) && !IN_CARE.test(sectionTitle)) return 'care-leaver';
  return 'everyone';
};
