import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ApiFailure } from '../lib/api';
import { StaffLayout } from './StaffLayout';
import { BoardNav } from './scorecard/BoardNav';
import { answersQuery } from './scorecard/board-api';
import { HowToRead } from './scorecard/HowToRead';
import { LimitsNote } from './scorecard/LimitsNote';
import { Overview } from './scorecard/Overview';
import { OpenRoundNotice, ReleaseNotice } from './scorecard/ReleaseNotice';
import { SectionTable } from './scorecard/SectionTable';
import { useBoard } from './scorecard/use-board';
import './scorecard/board.css';
import { STAFF_PAGES, staffHref } from './staff-paths';

/** The board overview of a round: who answered, the status of every promise, what changed, section by section. */
export const ScorecardPage = () => {
  const { params } = useRoute();
  const { me, api, rounds, card, roundId, answers, error } = useBoard(params.roundId);
  const [csvError, setCsvError] = useState<string | null>(null);
  const promiseHref = (promiseId: string) =>
    `${staffHref(STAFF_PAGES.promise, { roundId: card?.round.roundId ?? String(roundId), promiseId })}${answersQuery(answers)}`;

  return (
    <StaffLayout title={card ? `Scorecard: ${card.round.name}` : 'Scorecard'} who={me?.email}>
      {(error || csvError) && (
        <p class="error" role="alert">
          {error ?? csvError}
        </p>
      )}
      {!card && !error && <p role="status">Loading the scorecard…</p>}
      {card && (
        <>
          <h1>
            {card.council.name}: are we keeping our promises?
            <span class="subtitle">
              {card.round.name}
              {card.round.closesAt && card.round.closesAt < new Date().toISOString() ? ' (closed)' : ' (still open)'}
            </span>
          </h1>
          <BoardNav
            rounds={rounds}
            roundId={roundId}
            view="overview"
            onCsv={(kind) =>
              api && roundId && void api.downloadCsv(roundId, kind).catch((e: ApiFailure) => setCsvError(e.message))
            }
          />
          <OpenRoundNotice rounds={rounds} shown={card.round.roundId} />
          <ReleaseNotice card={card} />
          <LimitsNote card={card} />
          {card.release.phase === 'final' && (
            <Overview
              card={card}
              promiseHref={promiseHref}
              figuresHref={
                me?.roles.includes('council-admin')
                  ? staffHref(STAFF_PAGES.cohortFigures, { roundId: card.round.roundId })
                  : undefined
              }
            />
          )}
          <HowToRead card={card} />
          {card.sections.map((s) => (
            <SectionTable
              key={s.sectionId}
              section={s}
              promiseHref={promiseHref}
              previousRound={card.previousRound?.name ?? null}
            />
          ))}
          {card.generalComments.length > 0 && (
            <section aria-labelledby="general-comments">
              <h2 id="general-comments">What young people said about everything</h2>
              <ul class="comments">
                {card.generalComments.map((c) => (
                  <li key={c.commentId}>
                    <blockquote>{c.text}</blockquote>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </StaffLayout>
  );
};
