/** Small pieces every board page shares: status with icon and words, the change mark, numbers. */
import { NOT_COMPARABLE_LABEL } from '../../../../shared/limits';
import type { Rating } from '../../../../shared/rating';
import type { Figures, ShownFigures } from '../../../../shared/scoring/figures';
import type { Status } from '../../../../shared/scoring/score';
import { type TrendView, trendWords } from '../../../../shared/scoring/trend';
import { answersInWords, STATUS_WORDS, statusInWords } from '../../../../shared/scoring/words';

export { STATUS_WORDS };

const STATUS_ICON: Record<Status, string> = { green: '✓', amber: '◐', red: '✗' };

/** A status as a key or a legend names it. Colour is never the only signal: an icon and the words go with it. */
export const StatusBadge = ({ status }: { status: Status }) => (
  <span class={`badge badge-${status}`}>
    <span aria-hidden="true">{STATUS_ICON[status]} </span>
    {STATUS_WORDS[status]}
  </span>
);

/**
 * A figure's status: "Probably not kept" when its 95% interval crosses a limit; a bold badge only when it is sure and
 * rests on enough answers (FIRM_STATUS_MIN_N), an outline otherwise.
 */
export const FigureStatus = ({ f }: { f: Pick<ShownFigures, 'status' | 'certain' | 'firm'> }) => (
  <span class={`badge badge-${f.status}${f.firm ? '' : ' badge-soft'}`}>
    <span aria-hidden="true">{STATUS_ICON[f.status]} </span>
    {statusInWords(f)}
  </span>
);

/** "6 of 39 said kept, 28 said not kept": what a councillor reads before any score. */
export const AnswerWords = ({ f }: { f: Figures }) =>
  f.suppressed ? null : <span class="answer-words">{answersInWords(f)}</span>;

export const score1 = (x: number) => x.toFixed(1);

export const ScoreCell = ({ f }: { f: Figures }) =>
  f.suppressed ? (
    <span class="suppressed">{f.label}</span>
  ) : (
    <span>
      <strong>{score1(f.score)}</strong>{' '}
      <span class="interval">
        ({score1(f.interval.low)}–{score1(f.interval.high)})
      </span>
    </span>
  );

/** "▲ up 6.0 points, a real change" or "△ up 2.0 points, may be noise". */
export const TrendMark = ({
  trend,
  since,
  comparable = true,
}: {
  trend: TrendView | null;
  since?: string | null;
  /** False where the pledge changed between the rounds: the trend says so instead of a dash. */
  comparable?: boolean;
}) => {
  if (!comparable) return <span class="muted not-comparable">{NOT_COMPARABLE_LABEL}</span>;
  if (!trend) return <span class="muted">—</span>;
  const up = trend.change > 0;
  const flat = trend.change === 0;
  const icon = flat ? '＝' : trend.real ? (up ? '▲' : '▼') : up ? '△' : '▽';
  return (
    <span class={`trend ${trend.real ? 'trend-real' : 'trend-noise'} ${up ? 'trend-up' : flat ? '' : 'trend-down'}`}>
      <span aria-hidden="true">{icon} </span>
      {trendWords(trend, since ?? undefined)}
    </span>
  );
};

export const countText = (x: number | string) => (typeof x === 'number' ? x.toLocaleString('en-GB') : x);

/** Where a promise's answers came from, as the promise page and the report name them. */
export const PART_LABELS: Record<string, string> = { survey: 'Survey', sessions: 'Live sessions' };

export const SOURCE_LABELS: Record<string, string> = {
  survey: 'Survey',
  'session-vote': 'Session, phone votes',
  'session-tally': 'Session, show of hands',
  'session-note': 'Session note',
};
export const AGE_LABELS: Record<string, string> = {
  '8-13': '8 to 13',
  '14-17': '14 to 17',
  '18-25': '18 to 25',
  'prefer-not-to-say': 'Prefer not to say',
  'not-answered': 'Did not say',
};
export const CARE_LABELS: Record<string, string> = {
  'in-care': 'In care',
  'care-leaver': 'Care leaver',
  'prefer-not-to-say': 'Prefer not to say',
  'not-answered': 'Did not say',
};

/** Column headings for the counts, short enough for a table on A4. */
export const COUNT_HEADINGS: Record<Rating, string> = {
  yes: 'Yes',
  sometimes: 'Sometimes',
  no: 'No',
  dontknow: 'Don’t know',
};
