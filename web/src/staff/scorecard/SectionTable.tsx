import type { SectionResult } from '../../../../shared/schemas/scorecard';
import { ScoreCell, StatusBadge, TrendMark } from './figures';

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
            <th scope="col"><abbr title="Answers of Yes, Sometimes or No">n</abbr></th>
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
              <td>{p.figures.suppressed ? '' : p.figures.n}</td>
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
            <td>{section.figures.suppressed ? '' : section.figures.n}</td>
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
