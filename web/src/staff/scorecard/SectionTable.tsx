import { RATINGS } from '../../../../shared/rating';
import type { SectionResult } from '../../../../shared/schemas/scorecard';
import type { Figures } from '../../../../shared/scoring/figures';
import { COUNT_HEADINGS, ScoreCell, StatusBadge, TrendMark } from './figures';

/** Yes, Sometimes, No, Don't know and n; empty where the figures read "fewer than 5" (the score cell says so). */
const Counts = ({ f }: { f: Figures }) => (
  <>
    {RATINGS.map((r) => <td key={r} class="count">{f.suppressed ? '' : f.counts[r]}</td>)}
    <td class="count n">{f.suppressed ? '' : f.n}</td>
  </>
);

/** One section: its one-line reading, then each promise's n, score (95% interval), status and change. */
export const SectionTable = ({ section, promiseHref, previousRound }: { section: SectionResult; promiseHref: (promiseId: string) => string; previousRound: string | null }) => (
  <section class="board-section" aria-labelledby={`sec-${section.sectionId}`}>
    <h2 id={`sec-${section.sectionId}`}>{section.title}</h2>
    <p class="reading">{section.reading}</p>
    <div class="table-scroll">
      <table class="scorecard">
        <caption class="visually-hidden">{section.title}: promises</caption>
        <thead>
          <tr>
            <th scope="col">Promise</th>
            {RATINGS.map((r) => <th scope="col" key={r} class="count">{COUNT_HEADINGS[r]}</th>)}
            <th scope="col" class="count n"><abbr title="Answers of Yes, Sometimes or No">n</abbr></th>
            <th scope="col">Score (95% interval)</th>
            <th scope="col">Status</th>
            <th scope="col">{previousRound ? `Since ${previousRound}` : 'Change'}</th>
            <th scope="col" class="count-col">Comments</th>
            <th scope="col" class="count-col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {section.promises.map((p) => (
            <tr key={p.promiseId}>
              <th scope="row"><a href={promiseHref(p.promiseId)}>{p.text}</a></th>
              <Counts f={p.figures} />
              <td><ScoreCell f={p.figures} /></td>
              <td>{p.figures.suppressed ? '' : <StatusBadge status={p.figures.status} />}</td>
              <td><TrendMark trend={p.trend} /></td>
              <td class="count-col">{p.comments.length || ''}</td>
              <td class="count-col">{p.actions.length || ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole section <span class="muted">(all its answers)</span></th>
            <Counts f={section.figures} />
            <td><ScoreCell f={section.figures} /></td>
            <td>{section.figures.suppressed ? '' : <StatusBadge status={section.figures.status} />}</td>
            <td><TrendMark trend={section.trend} /></td>
            <td class="count-col" />
            <td class="count-col" />
          </tr>
        </tfoot>
      </table>
    </div>
  </section>
);
