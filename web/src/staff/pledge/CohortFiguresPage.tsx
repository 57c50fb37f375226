import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { API_PATHS, fill } from '../../../../shared/api-paths';
import type { CohortFigures } from '../../../../shared/schemas/cohort-figures';
import type { Round } from '../../../../shared/schemas/round';
import { COHORT_GROUPS, type CohortGroup, GROUP_NAMES } from '../../../../shared/scoring/response-rate';
import { ApiFailure, apiFetch } from '../../lib/api';
import { Field, FormOutcome } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES, staffHref } from '../staff-paths';
import { useStaff } from '../use-staff';
import { PledgeNav } from './PledgeNav';
import { pledgeApi } from './pledge-api';
import './pledge.css';

/** Which of the council's own figures goes in each box (docs/methods.md, "Response rates"). */
const WHICH_FIGURE: Record<CohortGroup, string> = {
  'in-care:8-13': 'Children looked after aged 8 to 13.',
  'in-care:14-17': 'Children looked after aged 14 to 17.',
  'care-leaver:14-17': 'Care leavers aged 16 and 17.',
  'care-leaver:18-25': 'Care leavers aged 18 to 21 you are in touch with, and those aged 22 to 25 you support.',
};

const fieldId = (g: CohortGroup) => `figure-${g.replace(':', '-')}`;
/**
 * A box's text as sent: a number (thousands commas allowed); empty as missing, and anything else as typed, so the
 * server says what to put there.
 */
const numberOf = (text: string): number | string | null => {
  const t = text.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
};

type Texts = Record<CohortGroup, string>;
const EMPTY = Object.fromEntries(COHORT_GROUPS.map((g) => [g, ''])) as Texts;

/**
 * A council admin enters how many young people could answer a round, in each group the board's response rates
 * are given for; the scorecard compares them with the young people heard from once the round's figures are final.
 */
export const CohortFiguresPage = () => {
  const { params } = useRoute();
  const roundId = params.roundId ?? '';
  const { me, error: staffError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const isAdmin = me?.roles.includes('council-admin') ?? false;
  const api = councilId && isAdmin ? pledgeApi(councilId, token) : null;
  const adminError =
    staffError ??
    (me && !isAdmin ? 'Only a council admin can enter the council’s figures. Ask your council admin.' : null);
  const at = councilId ? fill(API_PATHS.roundCohortFigures, { councilId, roundId }) : null;
  const [round, setRound] = useState<Round | null>(null);
  const [texts, setTexts] = useState<Texts>(EMPTY);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [loaded, setLoaded] = useState(false);

  const show = (f: CohortFigures | null) => {
    if (f) setTexts(Object.fromEntries(COHORT_GROUPS.map((g) => [g, String(f.population[g])])) as Texts);
  };
  useEffect(() => {
    if (!api || !at) return;
    (async () => {
      const found = (await api.rounds()).find((r) => r.round.roundId === roundId)?.round ?? null;
      if (!found) return setError('There is no such round in your council. Choose one from the rounds page.');
      show((await apiFetch<{ figures: CohortFigures | null }>(at, { token })).figures);
      // The heading names the round once its form is ready to fill.
      setRound(found);
      setLoaded(true);
    })().catch((e: Error) => setError(e.message));
  }, [councilId, roundId]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!at) return;
    setError(null);
    setNotice(null);
    setProblems({});
    setSaving(true);
    try {
      const population = Object.fromEntries(COHORT_GROUPS.map((g) => [g, numberOf(texts[g])]));
      const { figures } = await apiFetch<{ figures: CohortFigures }>(at, {
        method: 'PUT',
        body: { population },
        token,
      });
      show(figures);
      setNotice(
        'Saved. Once this round’s figures are final, the board’s scorecard and printed report show how many of these young people answered.',
      );
    } catch (err) {
      const issues = err instanceof ApiFailure ? err.issues : [];
      const found: Record<string, string> = {};
      for (const i of issues) found[i.path.replace(/^population\./, '')] ??= i.message;
      setProblems(found);
      setError(
        issues.length > 0
          ? `Nothing was saved. Put right what is marked above: ${issues[0]!.message}.`
          : (err as Error).message,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <StaffLayout title="Young people who could answer" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.rounds} />
      <h1>Young people who could answer{round ? `: ${round.name}` : ''}</h1>
      {adminError && (
        <p class="error" role="alert">
          {adminError}
        </p>
      )}
      {api && loaded && (
        <form class="cohort-figures" onSubmit={save} noValidate>
          <p>
            How many young people could answer this round? Use your latest figures (for example your DfE return). The
            board then sees how many of them answered, overall and in each group, and which groups answered much less
            than the others.
          </p>
          {COHORT_GROUPS.map((g) => (
            <Field
              key={g}
              id={fieldId(g)}
              label={GROUP_NAMES[g]}
              hint={WHICH_FIGURE[g]}
              problem={problems[g]}
              narrow
              value={texts[g]}
              onValue={(v) => setTexts((t) => ({ ...t, [g]: v }))}
              attrs={{ type: 'text', inputMode: 'numeric', autocomplete: 'off' }}
            />
          ))}
          <FormOutcome error={error} notice={notice} />
          <button class="button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the figures'}
          </button>
        </form>
      )}
      {!loaded && error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p>
        <a href={staffHref(STAFF_PAGES.rounds)}>Back to the rounds</a>
      </p>
    </StaffLayout>
  );
};
