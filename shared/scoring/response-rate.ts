import { MIN_GROUP_SIZE, SUPPRESSED_LABEL } from '../limits';

/**
 * Response rates against the council's own figures (docs/methods.md, "Response rates"). Pure: the young people
 * heard from (survey responses plus phones in sessions, never hands) in each group, over the children in care and
 * care leavers the council says it has in that group.
 */
export const COHORT_GROUPS = ['in-care:8-13', 'in-care:14-17', 'care-leaver:14-17', 'care-leaver:18-25'] as const;
export type CohortGroup = (typeof COHORT_GROUPS)[number];
export const GROUP_NAMES: Record<CohortGroup, string> = {
  'in-care:8-13': 'Children in care 8–13',
  'in-care:14-17': 'Children in care 14–17',
  'care-leaver:14-17': 'Care leavers 16–17',
  'care-leaver:18-25': 'Care leavers 18–25',
};
/** A group hidden only so that a smaller one cannot be worked out by taking the others from the total. */
export const HIDDEN_LABEL = 'not shown' as const;

export type Heard = number | typeof SUPPRESSED_LABEL | typeof HIDDEN_LABEL;
export interface GroupRate {
  group: CohortGroup;
  name: string;
  population: number;
  heard: Heard;
  /** Whole per cent, only beside a shown count. */
  rate: number | null;
  /** Answered much less than its share (methods.md). */
  low: boolean;
}
export interface ResponseRates {
  heard: Heard;
  population: number;
  rate: number | null;
  groups: GroupRate[];
  /** Did not say whether in care or their age, or said something outside the council's groups. */
  notSaid: Heard;
  sentences: string[];
  /** Why the groups are not shown though the overall rate is; absent when they are. */
  groupsHidden?: string;
}

const pct = (heard: number, population: number) => Math.round((100 * heard) / population);

type Range = { lo: number; hi: number };
/**
 * Whether every hidden group could hold at least two values, given what the page says of it ("fewer than 5":
 * 1 to 4; "not shown": 5 up to its size) and the shown total less the shown groups. Integer ranges add up to a
 * range, so each group's possible values are one interval.
 */
export const hiddenAreAmbiguous = (hidden: Range[], sum: number): boolean =>
  hidden.every((r, i) => {
    const others = hidden.filter((_, j) => j !== i);
    const lo = Math.max(r.lo, sum - others.reduce((a, o) => a + o.hi, 0));
    const hi = Math.min(r.hi, sum - others.reduce((a, o) => a + o.lo, 0));
    return hi > lo;
  });

export const responseRates = (
  population: Record<CohortGroup, number>,
  heardIn: Record<CohortGroup, number>,
  notSaid: number,
): ResponseRates => {
  const buckets = [...COHORT_GROUPS.map((g) => ({ key: g as string, n: heardIn[g] })), { key: 'not-said', n: notSaid }];
  const total = buckets.reduce((a, b) => a + b.n, 0);
  const shown = (n: number) => n === 0 || n >= MIN_GROUP_SIZE;
  const label = new Map<string, Heard>(buckets.map((b) => [b.key, shown(b.n) ? b.n : SUPPRESSED_LABEL]));
  let overallShown = shown(total);
  const rangeOf = (key: string, n: number): Range =>
    label.get(key) === SUPPRESSED_LABEL
      ? { lo: 1, hi: MIN_GROUP_SIZE - 1 }
      : { lo: MIN_GROUP_SIZE, hi: key === 'not-said' ? total : Math.max(population[key as CohortGroup], n) };
  const hidden = () => buckets.filter((b) => label.get(b.key) !== b.n);
  const ambiguous = () =>
    hiddenAreAmbiguous(
      hidden().map((b) => rangeOf(b.key, b.n)),
      hidden().reduce((a, b) => a + b.n, 0),
    );
  if (overallShown && hidden().length > 0) {
    // Secondary suppression: hide the next smallest shown group until the small ones cannot be worked out.
    const others = buckets.filter((b) => shown(b.n) && b.n > 0).sort((a, b) => a.n - b.n);
    while (!ambiguous()) {
      const next = others.shift();
      if (!next) {
        overallShown = false;
        break;
      }
      label.set(next.key, HIDDEN_LABEL);
    }
  }
  const people = COHORT_GROUPS.reduce((a, g) => a + population[g], 0);
  // More heard from than the figures hold means the figures are out of date or mistyped: no rate, and say so.
  const overOverall = overallShown && total > people;
  const overallRate = overallShown && people > 0 && !overOverall ? pct(total, people) : null;
  const groups = COHORT_GROUPS.map((g): GroupRate => {
    const heard = label.get(g)!;
    const rate =
      typeof heard === 'number' && population[g] > 0 && heard <= population[g] ? pct(heard, population[g]) : null;
    // Much less: under half the overall rate, in a group big enough that at the overall rate we would have
    // heard from at least twice MIN_GROUP_SIZE of them, so one or two young people cannot explain the gap.
    const expected = overallRate === null ? 0 : (overallRate / 100) * population[g];
    const low = rate !== null && overallRate !== null && rate < overallRate / 2 && expected >= 2 * MIN_GROUP_SIZE;
    return { group: g, name: GROUP_NAMES[g], population: population[g], heard, rate, low };
  });
  const over = groups.filter((g) => typeof g.heard === 'number' && g.heard > g.population);
  const sentences = [
    ...(overOverall
      ? [`More young people answered (${total}) than the council’s figures hold (${people}): check the figures.`]
      : []),
    ...over.map(
      (g) => `${g.name}: more answered (${g.heard}) than the council’s figure of ${g.population}: check the figure.`,
    ),
    ...groups
      .filter((g) => g.low)
      .map((g) => `${g.name}: ${g.rate}% of them answered, against ${overallRate}% overall.`),
  ];
  return {
    heard: overallShown ? total : SUPPRESSED_LABEL,
    population: people,
    rate: overallRate,
    groups,
    notSaid: label.get('not-said')!,
    sentences,
  };
};
