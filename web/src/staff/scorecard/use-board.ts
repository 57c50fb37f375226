import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { AnswerSource, Scorecard } from '../../../../shared/schemas/scorecard';
import type { ApiFailure } from '../../lib/api';
import { useStaff } from '../use-staff';
import { type BoardApi, boardApi, type RoundItem } from './board-api';
import { defaultRound } from './ReleaseNotice';

/** Which answers the board pages count, from the address (`?answers=survey`): all unless it says the survey only. */
export const answersIn = (query: Record<string, string | undefined>): AnswerSource =>
  query.answers === 'survey' ? 'survey' : 'all';

/**
 * The signed-in board member's council, its rounds and the scorecard of the round in the address
 * (or, without one, the newest round whose figures are final: see defaultRound).
 */
export const useBoard = (roundIdParam: string | undefined) => {
  const { me, error: staffError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const answers = answersIn(useLocation().query);
  const api: BoardApi | null = councilId ? boardApi(councilId, token, answers) : null;
  const [rounds, setRounds] = useState<RoundItem[] | null>(null);
  const [card, setCard] = useState<Scorecard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [roundId, setRoundId] = useState<string | null>(roundIdParam ?? null);

  useEffect(() => {
    if (!api) return;
    setCard(null);
    (async () => {
      const list = (await api.rounds()).rounds;
      setRounds(list);
      const id = roundIdParam ?? defaultRound(list)?.round.roundId;
      if (!id) return setError('There are no rounds yet. A council admin opens the first one.');
      setRoundId(id);
      setCard(await api.scorecard(id));
    })().catch((e: ApiFailure) => setError(e.message));
  }, [councilId, roundIdParam, answers]);

  const reload = async () => {
    if (api && roundId) setCard(await api.scorecard(roundId));
  };
  return { me, api, rounds, card, roundId, answers, reload, error: staffError ?? error };
};
