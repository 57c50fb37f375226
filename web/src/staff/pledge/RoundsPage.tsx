import { useEffect, useState } from 'preact/hooks';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { Round } from '../../../../shared/schemas/round';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { PledgeNav } from './PledgeNav';
import { formatDate, usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

type Listed = { round: Round; open: boolean };

/** Rounds close a few seconds after "Close" (every server must see it); until then the page waits and looks again. */
const RECHECK_MS = 2_000;

/** Open a survey round on the published version, and close it. One round is open at a time. */
export const RoundsPage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const [rounds, setRounds] = useState<Listed[] | null>(null);
  const [latest, setLatest] = useState<PledgeVersion | null | undefined>(undefined);
  const [name, setName] = useState('');
  const [closes, setCloses] = useState('');
  const [access, setAccess] = useState<Round['access']>('open-link');
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    api
      ?.rounds()
      .then(setRounds)
      .catch((e: ApiFailure) => setError(e.message));
  useEffect(() => {
    load();
    api
      ?.latest()
      .then(setLatest)
      .catch((e: ApiFailure) => setError(e.message));
  }, [me?.council?.councilId]);

  const open = rounds?.find((r) => r.open);
  useEffect(() => {
    if (!closing || !open) return;
    const t = setTimeout(load, RECHECK_MS);
    return () => clearTimeout(t);
  }, [closing, rounds]);
  useEffect(() => {
    if (closing && rounds && !open) {
      setMessage('The round is closed. You can open the next one.');
      setClosing(null);
    }
  }, [rounds]);

  const openRound = async (e: Event) => {
    e.preventDefault();
    if (!api) return;
    setError(null);
    if (!name.trim()) return setError('Give the round a name, such as “Spring term 2027”.');
    // The round closes at the end of the chosen day, in the admin's time zone.
    const closesAt = closes ? new Date(`${closes}T23:59:00`).toISOString() : null;
    setBusy(true);
    try {
      const round = await api.openRound({ name: name.trim(), closesAt, access });
      setMessage(
        `“${round.name}” is open on version ${round.pledgeVersion}. Young people can answer now.${round.access === 'one-time-codes' ? ' Make and print their cards under One-time codes.' : ''}`,
      );
      setName('');
      setCloses('');
      await load();
    } catch (err) {
      setError((err as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };

  const closeRound = async (roundId: string) => {
    if (!api) return;
    setBusy(true);
    setError(null);
    try {
      const closed = await api.closeRound(roundId);
      setConfirming(false);
      setClosing(roundId);
      setMessage(`“${closed.name}” stops taking answers in a few seconds…`);
      await load();
    } catch (err) {
      setError((err as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };

  const today = new Date().toISOString().slice(0, 10);

  return (
    <StaffLayout title="Survey rounds" who={me?.email}>
      <PledgeNav current="/staff/rounds" />
      <h1>Survey rounds</h1>
      <p class="narrow">
        A round is one period in which young people rate your promises, for example a school term. It asks about the
        version of the pledge published when it opens.
      </p>
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      <p role="status" class="edit-status">
        {message}
      </p>
      {open && (
        <section class="notice" aria-labelledby="open-round">
          <h2 id="open-round">Open now: {open.round.name}</h2>
          <p>
            On version {open.round.pledgeVersion} of the pledge, since {formatDate(open.round.opensAt)}
            {open.round.closesAt ? `; closes ${formatDate(open.round.closesAt)}` : '; no closing date set'}.
          </p>
          {closing === open.round.roundId ? (
            <p>Closing…</p>
          ) : confirming ? (
            <p>
              Close “{open.round.name}” now? Young people will no longer be able to answer.{' '}
              <button
                type="button"
                class="button danger"
                disabled={busy}
                onClick={() => closeRound(open.round.roundId)}
              >
                Yes, close it now
              </button>{' '}
              <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
                No, keep it open
              </button>
            </p>
          ) : (
            api && (
              <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
                Close this round
              </button>
            )
          )}
        </section>
      )}
      {api && rounds && !open && (
        <section aria-labelledby="new-round">
          <h2 id="new-round">Open a round</h2>
          {latest === null ? (
            <p>
              Publish your pledge first: a round asks young people about its promises.{' '}
              <a href="/staff/pledge/import">Import your pledge</a>.
            </p>
          ) : (
            <form onSubmit={openRound} class="narrow">
              {latest && (
                <p>
                  It will ask about version {latest.version}:{' '}
                  {latest.sections.reduce((n, s) => n + s.promises.length, 0)} promises.
                </p>
              )}
              <div class="field">
                <label for="round-name">Name of the round</label>
                <input
                  id="round-name"
                  value={name}
                  maxLength={120}
                  placeholder="Spring term 2027"
                  onInput={(e) => setName(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="round-closes">Closing date (optional; the round opens now)</label>
                <input
                  id="round-closes"
                  type="date"
                  min={today}
                  value={closes}
                  onInput={(e) => setCloses(e.currentTarget.value)}
                />
              </div>
              <fieldset class="round-access">
                <legend>Who can answer</legend>
                <label>
                  <input
                    type="radio"
                    name="round-access"
                    checked={access === 'open-link'}
                    onChange={() => setAccess('open-link')}
                  />{' '}
                  Anyone with the link (one set of answers per phone)
                </label>
                <br />
                <label>
                  <input
                    type="radio"
                    name="round-access"
                    checked={access === 'one-time-codes'}
                    onChange={() => setAccess('one-time-codes')}
                  />{' '}
                  Only with a one-time code from a printed card
                </label>
              </fieldset>
              <button type="submit" class="button" disabled={busy}>
                Open the round
              </button>
            </form>
          )}
        </section>
      )}
      {rounds && rounds.length > 0 && (
        <table class="scorecard rounds-table">
          <caption>All rounds, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Pledge version</th>
              <th scope="col">Opened</th>
              <th scope="col">Closes or closed</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map(({ round, open: isOpen }) => (
              <tr key={round.roundId}>
                <td>
                  {round.name}
                  {round.access === 'one-time-codes' && (
                    <>
                      {' '}
                      (one-time codes: <a href="/staff/codes">cards</a>)
                    </>
                  )}
                </td>
                <td>{round.pledgeVersion}</td>
                <td>{formatDate(round.opensAt)}</td>
                <td>{round.closesAt ? formatDate(round.closesAt) : 'not set'}</td>
                <td>{isOpen ? 'Open' : round.opensAt > new Date().toISOString() ? 'Not yet open' : 'Closed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
};
