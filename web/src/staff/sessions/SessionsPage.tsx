import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LARGEST_ROOM } from '../../../../shared/room';
import { ROOM_GROUP_LABELS, ROOM_GROUPS, type RoomGroup } from '../../../../shared/sessions/groups';
import { displayJoinCode } from '../../../../shared/sessions/join-code';
import { RoomSizeSchema, SESSION_MODE_LABELS, SESSION_MODES, type SessionMode } from '../../../../shared/sessions/mode';
import type { SessionOptions } from '../../../../shared/sessions/schemas';
import type { ApiFailure } from '../../lib/api';
import { Field, FormOutcome, SelectField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { useStaff } from '../use-staff';
import { type SessionListItem, sessionApi } from './session-api';
import './sessions.css';
import { timestampText } from '../../lib/format';
import { STAFF_PAGES, staffHref } from '../staff-paths';

/** Start a session for the open round (all promises, or a chosen few in a chosen order) and find earlier ones. */
export const SessionsPage = () => {
  const { me, error: staffError, token } = useStaff();
  const { route } = useLocation();
  const councilId = me?.council?.councilId;
  const api = councilId ? sessionApi(councilId, token) : null;
  // null until the open rounds have arrived: a page still loading never says there is no open round.
  const [rounds, setRounds] = useState<SessionOptions['rounds'] | null>(null);
  const [sessions, setSessions] = useState<SessionListItem[] | null>(null);
  const [roundId, setRoundId] = useState('');
  const [name, setName] = useState('');
  const [room, setRoom] = useState<RoomGroup>('mixed');
  const [roomSize, setRoomSize] = useState('');
  const [roomProblem, setRoomProblem] = useState<string | undefined>();
  const [pickProblem, setPickProblem] = useState<string | undefined>();
  const [mode, setMode] = useState<SessionMode>('phones');
  const [choose, setChoose] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!api) return;
    api
      .list()
      .then((r) => setSessions(r.sessions))
      .catch((e: ApiFailure) => setError(e.message));
    api
      .options()
      .then(({ rounds: open }) => {
        setRounds(open);
        setRoundId(open[0]?.roundId ?? '');
      })
      .catch((e: ApiFailure) => setError(e.message));
  }, [councilId]);

  const promises = rounds?.find((r) => r.roundId === roundId)?.promises ?? [];
  const textOf = (id: string) => promises.find((p) => p.promiseId === id)?.text ?? id;
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);
  const move = (i: number, by: -1 | 1) => {
    const next = [...picked];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    setPicked(next);
  };

  const create = async (e: Event) => {
    e.preventDefault();
    if (!api) return;
    // Checked here, said beside the box: a button greyed out gives a first-time facilitator no reason.
    const size = RoomSizeSchema.safeParse(roomSize.trim() === '' ? undefined : Number(roomSize));
    setRoomProblem(size.success ? undefined : size.error.issues[0]?.message);
    setPickProblem(choose && picked.length === 0 ? 'Choose at least one promise, or pick all of them' : undefined);
    if (!size.success || (choose && picked.length === 0)) return;
    setBusy(true);
    setError(null);
    try {
      const { session } = await api.create({
        roundId,
        room,
        roomSize: Number(roomSize),
        mode,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(choose ? { promiseIds: picked } : {}),
      });
      route(staffHref(STAFF_PAGES.presenter, { sessionId: session.sessionId }));
    } catch (err) {
      setError((err as ApiFailure).message);
      setBusy(false);
    }
  };

  return (
    <StaffLayout title="Live sessions" who={me?.email}>
      <h1>Live sessions</h1>
      <p>
        First time? Read the <a href={STAFF_PAGES.facilitatorGuide}>guide for facilitators</a>: setting up, the clicker,
        the big screen, counting hands and ending.
      </p>

      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      <section aria-labelledby="new-session">
        <h2 id="new-session">Start a session</h2>
        {rounds === null ? (
          <p role="status">Loading the open round…</p>
        ) : rounds.length === 0 ? (
          <p>There is no open round. A council admin opens a round first; its promises are what the room votes on.</p>
        ) : (
          <form onSubmit={create} class="narrow" noValidate>
            <SelectField
              id="round"
              label="Round"
              value={roundId}
              onValue={(next) => {
                setRoundId(next);
                setPicked([]);
              }}
              options={rounds.map((r) => (
                <option key={r.roundId} value={r.roundId}>
                  {r.name}
                </option>
              ))}
            />
            <Field
              id="session-name"
              label="Name (optional)"
              value={name}
              onValue={setName}
              attrs={{ maxLength: 120, placeholder: 'For example: Senior In Care Council, March' }}
            />
            <SelectField
              id="room"
              label="Who is in the room"
              hint="Used for shows of hands only; each phone can say its own group."
              value={room}
              onValue={(g) => setRoom(g as RoomGroup)}
              options={ROOM_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {ROOM_GROUP_LABELS[g]}
                </option>
              ))}
            />
            <Field
              id="room-size"
              label="How many young people are in the room"
              hint="No more phones than this can join, and no more hands can be counted. You can lock the room once everyone is in."
              value={roomSize}
              onValue={setRoomSize}
              problem={roomProblem}
              attrs={{ type: 'number', inputMode: 'numeric', min: 1, max: LARGEST_ROOM, required: true }}
            />
            <fieldset class="promise-picker">
              <legend>How the room answers</legend>
              {SESSION_MODES.map((m) => (
                <label class="radio-row" key={m}>
                  <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} />{' '}
                  {SESSION_MODE_LABELS[m]}
                </label>
              ))}
              <p class="hint">
                Each young person is counted once: with phones and hands, only people without a phone raise a hand.
              </p>
            </fieldset>
            <fieldset class="promise-picker">
              <legend>Promises</legend>
              <label class="radio-row">
                <input type="radio" name="which" checked={!choose} onChange={() => setChoose(false)} /> All{' '}
                {promises.length} promises, in the pledge’s order
              </label>
              <label class="radio-row">
                <input type="radio" name="which" checked={choose} onChange={() => setChoose(true)} /> Choose promises
                and their order
              </label>
              {choose && (
                <>
                  {promises.map((p) => (
                    <label key={p.promiseId}>
                      <input
                        type="checkbox"
                        checked={picked.includes(p.promiseId)}
                        onChange={() => toggle(p.promiseId)}
                      />
                      {p.text}
                    </label>
                  ))}
                  {picked.length > 0 && (
                    <>
                      <h3>Order on the screen</h3>
                      <ol class="picked">
                        {picked.map((id, i) => (
                          <li key={id}>
                            <span>{textOf(id)}</span>
                            <button
                              class="button secondary small-button"
                              type="button"
                              disabled={i === 0}
                              onClick={() => move(i, -1)}
                              aria-label={`Move up: ${textOf(id)}`}
                            >
                              ↑
                            </button>
                            <button
                              class="button secondary small-button"
                              type="button"
                              disabled={i === picked.length - 1}
                              onClick={() => move(i, 1)}
                              aria-label={`Move down: ${textOf(id)}`}
                            >
                              ↓
                            </button>
                          </li>
                        ))}
                      </ol>
                    </>
                  )}
                </>
              )}
            </fieldset>
            <FormOutcome error={pickProblem} notice={null} />
            <button class="button" type="submit" disabled={busy || !roundId}>
              {busy ? 'Starting…' : 'Start the session'}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="earlier">
        <h2 id="earlier">Your sessions</h2>
        {sessions === null ? (
          <p role="status">Loading…</p>
        ) : sessions.length === 0 ? (
          <p>No sessions yet.</p>
        ) : (
          <table class="session-list">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Code</th>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.sessionId}>
                  <td>
                    {s.name} ({s.promiseCount} promises)
                  </td>
                  <td class="join-code">{displayJoinCode(s.joinCode)}</td>
                  <td>{timestampText(s.createdAt)}</td>
                  <td>{s.endedAt ? 'Ended' : 'Running'}</td>
                  <td>
                    {s.endedAt ? (
                      <a href={staffHref(STAFF_PAGES.sessionSummary, { sessionId: s.sessionId })}>Summary</a>
                    ) : (
                      <a href={staffHref(STAFF_PAGES.presenter, { sessionId: s.sessionId })}>Open the presenter</a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </StaffLayout>
  );
};
