import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { EASY_READ_MAX_GRADE } from '../../../../shared/limits';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { ApiFailure } from '../../lib/api';
import { SelectField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { clearDraft, loadDraft } from './draft-store';
import { countPromises, hardWithoutEasyRead, pledgeSections, problems } from './edit-draft';
import { PledgeNav } from './PledgeNav';
import { duplicateChoices, proposeMatches, publishBody, retiredBy } from './publish-plan';
import { usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Step 3: publish. For a next version, each promise is matched to the one it continues in the published
 * version (so its results carry on); the admin checks the proposal and corrects it before publishing.
 */
export const PublishPage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const { route } = useLocation();
  const draft = loadDraft();
  const [latest, setLatest] = useState<PledgeVersion | null | undefined>(undefined);
  const [chosen, setChosen] = useState<(string | null)[]>([]);
  const [scores, setScores] = useState<(number | null)[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!api || !draft) return;
    api
      .latest()
      .then((v) => {
        const proposals = proposeMatches(draft, v);
        setChosen(proposals.map((p) => p.promiseId));
        setScores(proposals.map((p) => p.score));
        setLatest(v);
      })
      .catch((e: ApiFailure) => setError(e.message));
  }, [me?.council?.councilId]);

  if (!draft || problems(draft).length > 0) {
    return (
      <StaffLayout title="Publish the pledge" who={me?.email}>
        <PledgeNav current={STAFF_PAGES.pledgePublish} />
        <h1>Nothing ready to publish</h1>
        <p>
          {draft ? (
            <>
              The draft is not finished yet: <a href="/staff/pledge/edit">go back to it</a>.
            </>
          ) : (
            <>
              There is no draft in this tab. <a href="/staff/pledge/import">Import a document</a> first.
            </>
          )}
        </p>
      </StaffLayout>
    );
  }

  const stale = latest !== undefined && (latest?.version ?? null) !== draft.basedOnVersion;
  const promises = pledgeSections(draft).flatMap((s) => s.promises.map((p) => ({ ...p, section: s.title })));
  const hard = hardWithoutEasyRead(draft);
  const previous = latest?.sections.flatMap((s) => s.promises.map((p) => ({ ...p, section: s.title }))) ?? [];
  const dupes = duplicateChoices(chosen);
  const retired = retiredBy(latest ?? null, chosen);
  const kept = chosen.filter(Boolean).length;
  const nextVersion = (latest?.version ?? 0) + 1;

  const publish = async () => {
    if (!api || latest === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const published = await api.publish(publishBody(draft, chosen, latest));
      clearDraft();
      route(`/staff/pledge/versions?published=${published.version}`);
    } catch (e) {
      setError((e as ApiFailure).message);
      setBusy(false);
    }
  };

  return (
    <StaffLayout title="Publish the pledge" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.pledgePublish} />
      <h1>Publish version {nextVersion}</h1>
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      {stale && (
        <p class="error" role="alert">
          Version {latest?.version} was published while you were working on this draft. Import or edit again from the
          pledge page so that nothing is lost.
        </p>
      )}
      {latest === undefined && !error && <p role="status">Loading the published pledge…</p>}
      {hard.length > 0 && (
        <section class="notice easy-read-warning" aria-labelledby="hard-promises">
          <h2 id="hard-promises">
            {hard.length === 1
              ? '1 promise is hard for younger children and has no easy-read text'
              : `${hard.length} promises are hard for younger children and have no easy-read text`}
          </h2>
          <p class="narrow">
            {hard.length === 1 ? 'It reads' : 'They read'} above school grade {EASY_READ_MAX_GRADE}, and 8-year-olds
            will see {hard.length === 1 ? 'it' : 'them'} as written. You can publish anyway, or{' '}
            <a href={STAFF_PAGES.pledgeEdit}>go back and add easy-read text</a>.
          </p>
          <ul>
            {hard.map((h) => (
              <li key={`${h.section}-${h.n}`}>
                {`Promise ${h.n} in “${h.section}” (grade ${h.grade}): `}
                {short(h.text)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {latest === null && (
        <p class="narrow">
          This is your council's first pledge: its {countPromises(draft)} promises in {pledgeSections(draft).length}{' '}
          sections will be what young people rate once you open a round.
        </p>
      )}
      {latest && !stale && (
        <section aria-labelledby="matching">
          <h2 id="matching">Which earlier promise does each one continue?</h2>
          <p class="narrow">
            A promise that continues one of version {latest.version} keeps its results and its trend. We proposed a
            match where the wording is alike; check each one and change it where it is wrong. Choose “New promise” for a
            promise that is new.
          </p>
          <p class="match-summary" role="status">
            {kept} of {promises.length} promises continue one of version {latest.version}; {promises.length - kept} are
            new; {retired.length} of version {latest.version} will be retired (their history is kept).
          </p>
          <div class="table-scroll">
            <table class="match-table">
              <caption class="visually-hidden">
                Each promise of the new version and the earlier promise it continues
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Promise in version {nextVersion}</th>
                  <th scope="col">Continues (from version {latest.version})</th>
                  <th scope="col">Alike</th>
                </tr>
              </thead>
              <tbody>
                {promises.map((p, i) => {
                  const id = chosen[i] ?? null;
                  const dupe = id !== null && dupes.has(id);
                  return (
                    <tr key={p.key} class={dupe ? 'dupe' : id ? '' : 'new'} data-testid="match-row">
                      <td>{i + 1}</td>
                      <td>
                        <span class="match-section">{p.section}</span>
                        <br />
                        {p.text}
                      </td>
                      <td>
                        <SelectField
                          id={`match-${i}`}
                          hideLabel
                          label={`Promise ${i + 1} continues`}
                          problem={dupe ? 'Another promise already continues this one.' : undefined}
                          value={id ?? ''}
                          onValue={(v) => setChosen(chosen.map((c, j) => (j === i ? v || null : c)))}
                          options={
                            <>
                              <option value="">New promise</option>
                              {previous.map((q, k) => (
                                <option key={q.promiseId} value={q.promiseId}>{`${k + 1}. ${short(q.text)}`}</option>
                              ))}
                            </>
                          }
                        />
                      </td>
                      <td>{scores[i] == null || chosen[i] === null ? '' : `${Math.round((scores[i] ?? 0) * 100)}%`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {retired.length > 0 && (
            <details class="retired">
              <summary>
                {retired.length} promises of version {latest.version} will be retired
              </summary>
              <ul>
                {retired.map((r) => (
                  <li key={r.promiseId}>{r.text}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      {!stale && latest !== undefined && (
        <div class="edit-footer">
          {dupes.size > 0 && (
            <p class="error" role="alert">
              Two promises continue the same earlier promise. Each earlier promise can be continued only once.
            </p>
          )}
          <button type="button" class="button" disabled={busy || dupes.size > 0} onClick={publish}>
            Publish version {nextVersion}
          </button>{' '}
          <a href="/staff/pledge/edit">Back to editing</a>
          <p class="narrow">
            Publishing does not change an open round: a round keeps the version it opened with. Open a new round to ask
            about this version.
          </p>
        </div>
      )}
    </StaffLayout>
  );
};
