import { useEffect, useState } from 'preact/hooks';
import { cardLink, MAX_CODES_PER_BATCH } from '../../../../shared/access-codes';
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import type { AccessCodeSummary, NewCodes } from '../../../../shared/schemas/access-codes';
import type { Round } from '../../../../shared/schemas/round';
import { Field, SelectField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { JoinQr } from '../sessions/JoinQr';
import { adminApi } from '../team/team-api';
import { useStaff } from '../use-staff';
import './codes.css';
import { dateTimeText } from '../../lib/format';

const when = dateTimeText;

/** One card: the survey's QR (with the code in its link), the address to type and the code itself. */
const Card = ({ code, surveyUrl, councilName }: { code: string; surveyUrl: string; councilName: string }) => (
  <div class="code-card">
    <div class="code-card-text">
      <p class="code-card-title">Are we keeping our promises?</p>
      <p class="code-card-council">{councilName}</p>
      <p>
        Scan the code, or go to <strong>{surveyUrl.replace(/^https?:\/\//, '')}</strong> and type:
      </p>
      <p class="code-card-code">{code}</p>
      <p class="code-card-small">Works once. Nobody can tell it was you.</p>
    </div>
    <JoinQr url={cardLink(surveyUrl, code)} label={`QR code for the survey with the code ${code}`} />
  </div>
);

/**
 * A council admin's one-time codes: which rounds ask for them, how many were made and used, a new batch
 * and its cards to print. The codes exist only on this page once made (the server keeps their hashes),
 * so the cards are printed straight away.
 */
export const CodesPage = () => {
  const { me, error: meError, token } = useStaff();
  const council = me?.council;
  const api = token && council ? adminApi(token, council.councilId) : null;
  const [rounds, setRounds] = useState<{ round: Round; open: boolean }[] | null>(null);
  const [roundId, setRoundId] = useState<string>('');
  const [summary, setSummary] = useState<AccessCodeSummary | null>(null);
  const [count, setCount] = useState('30');
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<NewCodes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      ?.rounds()
      .then((r) => {
        setRounds(r.rounds);
        const pick =
          r.rounds.find((x) => x.open && x.round.access === 'one-time-codes') ??
          r.rounds.find((x) => x.open) ??
          r.rounds[0];
        if (pick) setRoundId(pick.round.roundId);
      })
      .catch((e: Error) => setError(e.message));
  }, [council?.councilId]);
  useEffect(() => {
    setSummary(null);
    if (api && roundId)
      api
        .codes(roundId)
        .then(setSummary)
        .catch((e: Error) => setError(e.message));
  }, [roundId, made]);

  const round = rounds?.find((r) => r.round.roundId === roundId);
  const surveyUrl = council ? `${location.origin}/c/${council.slug}` : '';

  const make = async (e: Event) => {
    e.preventDefault();
    if (!api) return;
    setBusy(true);
    setError(null);
    try {
      setMade(await api.makeCodes(roundId, Number(count), label.trim()));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (made && council) {
    return (
      <StaffLayout title="Print cards" who={me?.email}>
        <div class="no-print">
          <h1>
            {made.codes.length} cards for {round?.round.name}
          </h1>
          <p class="notice" role="status">
            Print these now: only this page holds the codes. The server keeps a fingerprint of each, so a lost page
            cannot be printed again (make a new batch instead).
          </p>
          <p>
            <button class="button" type="button" onClick={() => window.print()}>
              Print the cards
            </button>{' '}
            <button class="button secondary" type="button" onClick={() => setMade(null)}>
              Back to codes
            </button>
          </p>
        </div>
        <div class="code-cards">
          {made.codes.map((code) => (
            <Card key={code} code={code} surveyUrl={surveyUrl} councilName={council.name} />
          ))}
        </div>
      </StaffLayout>
    );
  }

  return (
    <StaffLayout title="One-time codes" who={me?.email}>
      <h1>One-time codes</h1>
      <p>
        A round opened with <strong>one-time codes</strong> asks each young person for the code on a card before the
        first promise, and each code works once. A round open to anyone with the link needs no cards.
      </p>
      {(meError || error) && (
        <p class="error" role="alert">
          {meError ?? error}
        </p>
      )}
      {rounds && rounds.length === 0 && <p>There are no rounds yet.</p>}
      {rounds && rounds.length > 0 && (
        <SelectField
          id="round"
          label="Round"
          value={roundId}
          onValue={setRoundId}
          options={rounds.map(({ round: r, open }) => (
            <option key={r.roundId} value={r.roundId}>
              {r.name} ({open ? 'open' : 'closed'}, {r.access === 'one-time-codes' ? 'one-time codes' : 'open link'})
            </option>
          ))}
        />
      )}
      {round && round.round.access === 'open-link' && (
        <p>“{round.round.name}” is open to anyone with the link, so it takes no codes.</p>
      )}
      {summary && summary.access === 'one-time-codes' && (
        <>
          <p>
            <strong>{summary.total}</strong> codes made.{' '}
            {summary.usedAtLeast === 0 ? (
              `Fewer than ${MIN_GROUP_SIZE} used so far.`
            ) : (
              <>
                At least <strong>{summary.usedAtLeast}</strong> used.
              </>
            )}
          </p>
          <p class="muted">
            Use is counted for the whole round in fives, never per batch, so a batch given to one person cannot show
            whether that person answered.
          </p>
          {summary.batches.length > 0 && (
            <div class="table-scroll">
              <table class="audit">
                <thead>
                  <tr>
                    <th scope="col">Made</th>
                    <th scope="col">For</th>
                    <th scope="col">Cards</th>
                    <th scope="col">By</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.batches.map((b) => (
                    <tr key={b.batchId}>
                      <td>{when(b.createdAt)}</td>
                      <td>{b.label ?? '—'}</td>
                      <td>{b.count}</td>
                      <td>{b.createdBy}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {round?.open && (
            <form class="invite" onSubmit={make} noValidate>
              <h2>Make cards</h2>
              <Field
                id="count"
                label="How many cards"
                value={count}
                onValue={setCount}
                attrs={{ type: 'number', min: 1, max: MAX_CODES_PER_BATCH, inputMode: 'numeric' }}
              />
              <Field
                id="label"
                label="Where they are going (optional, only you see it)"
                value={label}
                onValue={setLabel}
                attrs={{ type: 'text', maxLength: 60 }}
              />
              <button class="button" type="submit" disabled={busy}>
                {busy ? 'Making…' : 'Make and print cards'}
              </button>
            </form>
          )}
        </>
      )}
    </StaffLayout>
  );
};
