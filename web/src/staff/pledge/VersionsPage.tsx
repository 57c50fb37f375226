import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { diffVersions, type VersionDiff } from '../../../../shared/pledge/diff';
import type { ApiFailure } from '../../lib/api';
import { dateTimeText } from '../../lib/format';
import { SelectField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { PledgeNav } from './PledgeNav';
import type { VersionSummary } from './pledge-api';
import { usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

/** Every published version, and what changed between any two of them, promise by promise. */
export const VersionsPage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const { query } = useLocation();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const published = Number(query.published) || null;

  useEffect(() => {
    api
      ?.versions()
      .then((v) => {
        setVersions(v);
        const last = v[v.length - 1]?.version ?? 0;
        setTo(last);
        setFrom(Math.max(1, last - 1));
      })
      .catch((e: ApiFailure) => setError(e.message));
  }, [me?.council?.councilId]);

  useEffect(() => {
    if (!api || !from || !to) return;
    setDiff(null);
    Promise.all([api.version(from), api.version(to)])
      .then(([a, b]) => setDiff(diffVersions(a, b)))
      .catch((e: ApiFailure) => setError(e.message));
  }, [from, to, versions]);

  const pick = (id: string, label: string, value: number, set: (n: number) => void) => (
    <SelectField
      id={id}
      label={label}
      value={String(value)}
      onValue={(v) => set(Number(v))}
      options={versions?.map((v) => (
        <option key={v.version} value={v.version}>
          Version {v.version} ({dateTimeText(v.publishedAt)})
        </option>
      ))}
    />
  );

  return (
    <StaffLayout title="Pledge versions" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.pledgeVersions} />
      <h1>Versions of the pledge</h1>
      {published && (
        <p class="notice" role="status">
          Version {published} is published. <a href="/staff/rounds">Open a round</a> to ask young people about it.
        </p>
      )}
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      {versions && versions.length === 0 && (
        <p>
          No version is published yet. <a href="/staff/pledge/import">Import your pledge</a>.
        </p>
      )}
      {versions && versions.length > 0 && (
        <table class="scorecard versions-table">
          <caption>Published versions</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Title</th>
              <th scope="col">Published</th>
              <th scope="col">Promises</th>
              <th scope="col">Retired so far</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>{v.title}</td>
                <td>{dateTimeText(v.publishedAt)}</td>
                <td>{v.promises}</td>
                <td>{v.retired}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions && versions.length > 1 && (
        <section aria-labelledby="changes">
          <h2 id="changes">What changed</h2>
          <div class="diff-pickers">
            {pick('diff-from', 'From', from, setFrom)}
            {pick('diff-to', 'To', to, setTo)}
          </div>
          {diff && <DiffView diff={diff} from={from} to={to} />}
        </section>
      )}
    </StaffLayout>
  );
};

const DiffView = ({ diff, from, to }: { diff: VersionDiff; from: number; to: number }) => (
  <div class="diff" data-testid="diff">
    <p role="status">
      From version {from} to {to}: {diff.added.length} new, {diff.reworded.length} reworded, {diff.moved.length} moved
      to another section, {diff.retired.length} retired, {diff.unchanged} unchanged.
    </p>
    {diff.reworded.length > 0 && (
      <>
        <h3>Reworded (results carry on)</h3>
        <ul class="diff-list">
          {diff.reworded.map((r) => (
            <li key={r.promiseId}>
              <del>
                <span class="visually-hidden">Before: </span>
                {r.before}
              </del>
              <ins>
                <span class="visually-hidden">After: </span>
                {r.after}
              </ins>
            </li>
          ))}
        </ul>
      </>
    )}
    {diff.added.length > 0 && (
      <>
        <h3>New promises</h3>
        <ul class="diff-list">
          {diff.added.map((a) => (
            <li key={a.promiseId}>{a.text}</li>
          ))}
        </ul>
      </>
    )}
    {diff.retired.length > 0 && (
      <>
        <h3>Retired promises (their history is kept)</h3>
        <ul class="diff-list">
          {diff.retired.map((a) => (
            <li key={a.promiseId}>{a.text}</li>
          ))}
        </ul>
      </>
    )}
    {diff.moved.length > 0 && (
      <>
        <h3>Moved to another section</h3>
        <ul class="diff-list">
          {diff.moved.map((m) => (
            <li key={m.promiseId}>
              {m.text}{' '}
              <span class="muted">
                ({m.from} → {m.to})
              </span>
            </li>
          ))}
        </ul>
      </>
    )}
  </div>
);
