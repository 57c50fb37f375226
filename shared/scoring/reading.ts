import { SUPPRESSED_LABEL, SUPPRESSED_LABEL_START } from '../limits';
import type { Figures } from './figures';
import type { Status } from './score';
import { type TrendView, trendWords } from './trend';

const OVERALL: Record<Status, string> = { green: 'Mostly kept', amber: 'Partly kept', red: 'Mostly not kept' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One sentence a councillor can read aloud about a section: how kept it is overall, how its promises
 * split by status, and whether it moved since the previous round (and whether that move is real).
 */
export const sectionReading = (
  section: { figures: Figures; trend: TrendView | null; promises: readonly { figures: Figures }[] },
  previousRoundName: string | null,
): string => {
  const f = section.figures;
  if (f.suppressed) return `${SUPPRESSED_LABEL_START} young people rated these promises, so no figures are shown yet.`;
  const counts = { green: 0, amber: 0, red: 0 };
  let hidden = 0;
  for (const p of section.promises) {
    if (p.figures.suppressed) hidden++;
    else counts[p.figures.status]++;
  }
  const shown = counts.green + counts.amber + counts.red;
  const others = (['amber', 'red'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `, ${counts[s]} ${s}`)
    .join('');
  const hiddenNote = hidden > 0 ? ` (${plural(hidden, 'more has', 'more have')} ${SUPPRESSED_LABEL} answers)` : '';
  const change = section.trend && previousRoundName ? `; ${trendWords(section.trend, previousRoundName)}` : '';
  // As the badge beside it: "probably" when the (pooled) 95% interval reaches across a limit.
  const overall = f.certain ? OVERALL[f.status] : `Probably ${OVERALL[f.status].toLowerCase()}`;
  return `${overall} (score ${f.score.toFixed(1)}, ${f.status}): ${counts.green} of ${plural(shown, 'promise', 'promises')} green${others}${hiddenNote}${change}.`;
};
