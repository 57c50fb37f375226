import { useEffect, useState } from 'preact/hooks';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { Round } from '../../../../shared/schemas/round';
import type { ApiFailure } from '../../lib/api';
import { dateTimeText } from '../../lib/format';
import { Field } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES, staffHref } from '../staff-paths';
import { JuniorPromisesField } from './JuniorPromisesField';
import { PledgeNav } from './PledgeNav';
import { PromisesPerPersonField, promisesPerPersonInput } from './PromisesPerPersonField';
import { SectionsFirstField } from './SectionsFirstField';
import { usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

type Listed = { round: Round; open: boolean };

/** Rounds close a few seconds after "Close" (every server must see it); until then the page waits and looks again. */
const RECHECK_MS = 2_000;

const NAME_MISSING = 'Give the round a name, such as “Spring term 2027”.';

/** A form's own problems, each shown beside its field as well as in the alert at the top. */
type Problems = { name?: string; perPerson?: string };

type NextRound = {
  name: string;
  closes: string;
  access: Round['access'];
  perPerson: string;
  junior: string[];
  sectionsFirst: boolean;
};

const NO_NEXT_ROUND: NextRound = {
  name: '',
  closes: '',
  access: 'open-link',
  perPerson: '',
  junior: [],
  sectionsFirst: false,
};

/** The junior version in a request: left out when no promise is ticked. */
const juniorOf = (junior: readonly string[]) => (junior.length > 0 ? { junior: [...junior] } : {});
/** "Sections first" in a request: left out when not ticked. */
const sectionsFirstOf = (on: boolean) => (on ? { sectionsFirst: true as const } : {});
/** How many parts a pledge has, for the "sections first" hint; null before it has loaded. */
const sectionCountOf = (pledge: PledgeVersion | null | undefined) => (pledge ? pledge.sections.length : null);

/**
 * "Close X and open a new round": the new round's name, closing date and who can answer, then a
 * confirmation that says how many young people sent answers lately (about as many may be part-way through).
 */
const ReplaceForm = (props: {
  current: Round;
  latest: PledgeVersion | null;
  next: NextRound;
  onNext: (n: NextRound) => void;
  recent: { hours: number; sent: number | string } | null;
  problems: Problems;
  busy: boolean;
  today: string;
  onContinue: (e: Event) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) => {
  const { current, next, recent } = props;
  return (
    <form onSubmit={props.onContinue} class="narrow" noValidate>
      <h3>The new round</h3>
      {props.latest && (
        <p>
          It will ask about version {props.latest.version}:{' '}
          {props.latest.sections.reduce((n, s) => n + s.promises.length, 0)} promises.
        </p>
      )}
      <Field
        id="next-name"
        label="Name of the new round"
        problem={props.problems.name}
        value={next.name}
        onValue={(name) => props.onNext({ ...next, name })}
        attrs={{ maxLength: 120, placeholder: 'Spring term 2027' }}
      />
      <Field
        id="next-closes"
        label="Closing date (optional)"
        value={next.closes}
        onValue={(closes) => props.onNext({ ...next, closes })}
        attrs={{ type: 'date', min: props.today }}
      />
      <fieldset class="round-access">
        <legend>Who can answer</legend>
        <label>
          <input
            type="radio"
            name="next-access"
            checked={next.access === 'open-link'}
            onChange={() => props.onNext({ ...next, access: 'open-link' })}
          />{' '}
          Anyone with the link (one set of answers per phone)
        </label>
        <br />
        <label>
          <input
            type="radio"
            name="next-access"
            checked={next.access === 'one-time-codes'}
            onChange={() => props.onNext({ ...next, access: 'one-time-codes' })}
          />{' '}
          Only with a one-time code from a printed card
        </label>
      </fieldset>
      <PromisesPerPersonField
        id="next-per-person"
        problem={props.problems.perPerson}
        value={next.perPerson}
        promiseCount={props.latest ? props.latest.sections.reduce((n, s) => n + s.promises.length, 0) : null}
        onInput={(perPerson) => props.onNext({ ...next, perPerson })}
      />
      <JuniorPromisesField
        id="next-junior"
        pledge={props.latest}
        chosen={next.junior}
        onChange={(junior) => props.onNext({ ...next, junior })}
      />
      <SectionsFirstField
        id="next-sections-first"
        checked={next.sectionsFirst}
        sectionCount={sectionCountOf(props.latest)}
        onChange={(sectionsFirst) => props.onNext({ ...next, sectionsFirst })}
      />
      {!recent ? (
        <p class="button-row">
          <button type="submit" class="button" disabled={props.busy}>
            Continue
          </button>{' '}
          <button type="button" class="button secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </p>
      ) : (
        <div role="group" aria-label="Are you sure?" class="notice">
          <p>
            In the last {recent.hours} hours, {recent.sent} young people sent their answers. About as many may be
            part-way through now: answers they have not sent when {current.name} closes cannot be sent.
          </p>
          <p class="button-row">
            <button type="button" class="button danger" disabled={props.busy} onClick={props.onConfirm}>
              Yes, close {current.name} and open {next.name.trim()}
            </button>{' '}
            <button type="button" class="button secondary" onClick={props.onCancel}>
              No, keep {current.name} open
            </button>
          </p>
        </div>
      )}
    </form>
  );
};

/** Open a survey round on the published version, and close it. One round is open at a time. */
export const RoundsPage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const [rounds, setRounds] = useState<Listed[] | null>(null);
  const [latest, setLatest] = useState<PledgeVersion | null | undefined>(undefined);
  const [name, setName] = useState('');
  const [closes, setCloses] = useState('');
  const [access, setAccess] = useState<Round['access']>('open-link');
  const [perPerson, setPerPerson] = useState('');
  const [junior, setJunior] = useState<string[]>([]);
  const [sectionsFirst, setSectionsFirst] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  /** "Close X and open a new round": the new round's details, then the confirmation with the recent answers. */
  const [replacing, setReplacing] = useState(false);
  const [next, setNext] = useState<NextRound>(NO_NEXT_ROUND);
  const [recent, setRecent] = useState<{ hours: number; sent: number | string } | null>(null);
  const [opening, setOpening] = useState<Round | null>(null);

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

  // After "close and open", look again until the new round is open.
  useEffect(() => {
    if (!opening || !rounds) return;
    if (rounds.some((r) => r.round.roundId === opening.roundId && r.open)) {
      setMessage(`“${opening.name}” is open now on version ${opening.pledgeVersion}. Young people can answer.`);
      setOpening(null);
      return;
    }
    const t = setTimeout(load, RECHECK_MS);
    return () => clearTimeout(t);
  }, [opening, rounds]);

  /** The round closes at the end of the chosen day, in the admin's time zone. */
  const endOfDay = (day: string) => (day ? new Date(`${day}T23:59:00`).toISOString() : null);

  /** Starts a submit afresh: no alert, no field problems. */
  const clearProblems = () => {
    setError(null);
    setProblems({});
  };
  /** Refuses a form's field: its problem beside the field, and the same words in the alert at the top. */
  const refuse = (field: keyof Problems, message: string) => {
    setProblems({ [field]: message });
    setError(message);
  };

  const askToReplace = async (e: Event) => {
    e.preventDefault();
    if (!api || !open) return;
    clearProblems();
    if (!next.name.trim()) return refuse('name', NAME_MISSING);
    const asked = promisesPerPersonInput(next.perPerson, promiseCount);
    if (!asked.ok) return refuse('perPerson', asked.message);
    setBusy(true);
    try {
      setRecent(await api.recentAnswers(open.round.roundId));
    } catch (err) {
      setError((err as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };

  const replace = async () => {
    if (!api || !open) return;
    clearProblems();
    const asked = promisesPerPersonInput(next.perPerson, promiseCount);
    if (!asked.ok) return refuse('perPerson', asked.message);
    setBusy(true);
    try {
      const { closed, opened } = await api.closeAndOpen(open.round.roundId, {
        name: next.name.trim(),
        closesAt: endOfDay(next.closes),
        access: next.access,
        ...(asked.value !== undefined ? { promisesPerPerson: asked.value } : {}),
        ...juniorOf(next.junior),
        ...sectionsFirstOf(next.sectionsFirst),
      });
      setReplacing(false);
      setRecent(null);
      setNext(NO_NEXT_ROUND);
      setOpening(opened);
      setMessage(`“${closed.name}” stops taking answers in a few seconds, and “${opened.name}” opens then…`);
      await load();
    } catch (err) {
      setError((err as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };

  const openRound = async (e: Event) => {
    e.preventDefault();
    if (!api) return;
    clearProblems();
    if (!name.trim()) return refuse('name', NAME_MISSING);
    // The round closes at the end of the chosen day, in the admin's time zone.
    const closesAt = closes ? new Date(`${closes}T23:59:00`).toISOString() : null;
    const asked = promisesPerPersonInput(perPerson, promiseCount);
    if (!asked.ok) return refuse('perPerson', asked.message);
    setBusy(true);
    try {
      const round = await api.openRound({
        name: name.trim(),
        closesAt,
        access,
        ...(asked.value !== undefined ? { promisesPerPerson: asked.value } : {}),
        ...juniorOf(junior),
        ...sectionsFirstOf(sectionsFirst),
      });
      setMessage(
        `“${round.name}” is open on version ${round.pledgeVersion}. Young people can answer now.${round.access === 'one-time-codes' ? ' Make and print their cards under One-time codes.' : ''}`,
      );
      setName('');
      setCloses('');
      setPerPerson('');
      setJunior([]);
      setSectionsFirst(false);
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
  const promiseCount = latest ? latest.sections.reduce((n, s) => n + s.promises.length, 0) : null;

  return (
    <StaffLayout title="Survey rounds" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.rounds} />
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
            On version {open.round.pledgeVersion} of the pledge, since {dateTimeText(open.round.opensAt)}
            {open.round.closesAt ? `; closes ${dateTimeText(open.round.closesAt)}` : '; no closing date set'}.
          </p>
          {closing === open.round.roundId || opening ? (
            <p>Closing…</p>
          ) : replacing ? (
            <ReplaceForm
              current={open.round}
              latest={latest ?? null}
              next={next}
              onNext={(n) => {
                setNext(n);
                setRecent(null);
              }}
              recent={recent}
              problems={problems}
              busy={busy}
              today={today}
              onContinue={askToReplace}
              onConfirm={() => void replace()}
              onCancel={() => {
                setReplacing(false);
                setRecent(null);
              }}
            />
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
              <p class="button-row">
                <button type="button" class="button" onClick={() => setReplacing(true)}>
                  Close {open.round.name} and open a new round
                </button>{' '}
                <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
                  Close this round
                </button>
              </p>
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
              <Field
                id="round-name"
                label="Name of the round"
                problem={problems.name}
                value={name}
                onValue={setName}
                attrs={{ maxLength: 120, placeholder: 'Spring term 2027' }}
              />
              <Field
                id="round-closes"
                label="Closing date (optional; the round opens now)"
                value={closes}
                onValue={setCloses}
                attrs={{ type: 'date', min: today }}
              />
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
              <PromisesPerPersonField
                id="round-per-person"
                problem={problems.perPerson}
                value={perPerson}
                promiseCount={promiseCount}
                onInput={setPerPerson}
              />
              <JuniorPromisesField id="round-junior" pledge={latest} chosen={junior} onChange={setJunior} />
              <SectionsFirstField
                id="round-sections-first"
                checked={sectionsFirst}
                sectionCount={sectionCountOf(latest)}
                onChange={setSectionsFirst}
              />
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
              <th scope="col">Young people who could answer</th>
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
                <td>{dateTimeText(round.opensAt)}</td>
                <td>{round.closesAt ? dateTimeText(round.closesAt) : 'not set'}</td>
                <td>
                  <a
                    href={staffHref(STAFF_PAGES.cohortFigures, { roundId: round.roundId })}
                    aria-label={`Council’s figures for ${round.name}`}
                  >
                    Council’s figures
                  </a>
                </td>
                <td>
                  {isOpen
                    ? 'Open'
                    : round.opensAt > new Date().toISOString()
                      ? opening?.roundId === round.roundId
                        ? 'Opens in a few seconds'
                        : 'Not yet open'
                      : 'Closed'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
};
