import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { ApiFailure } from '../../lib/api';
import { dateTimeText } from '../../lib/format';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { loadDraft, saveDraft } from './draft-store';
import { fromVersion } from './edit-draft';
import { PledgeNav } from './PledgeNav';
import { usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

/** Where a council admin starts: the published pledge, a draft in progress, and the ways to change it. */
export const PledgePage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const { route } = useLocation();
  const [latest, setLatest] = useState<PledgeVersion | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const draft = loadDraft();

  useEffect(() => {
    api
      ?.latest()
      .then(setLatest)
      .catch((e: ApiFailure) => setError(e.message));
  }, [me?.council?.councilId]);

  const editLatest = () => {
    if (!latest) return;
    saveDraft(fromVersion(latest));
    route('/staff/pledge/edit');
  };

  return (
    <StaffLayout title="Pledge" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.pledge} />
      <h1>Your pledge</h1>
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      {latest === null && (
        <p>
          No pledge is published yet. Import your pledge document to start: the page proposes its sections and promises,
          you correct them, then publish.
        </p>
      )}
      {latest && (
        <p>
          Version {latest.version}, <strong>{latest.title}</strong>:{' '}
          {latest.sections.reduce((n, s) => n + s.promises.length, 0)} promises in {latest.sections.length} sections,
          published {dateTimeText(latest.publishedAt)}.
        </p>
      )}
      {draft && (
        <p class="notice">
          You have a draft in progress (
          {draft.source === 'import' ? 'an imported document' : `changes to version ${draft.basedOnVersion}`}).{' '}
          <a href="/staff/pledge/edit">Carry on editing it</a>.
        </p>
      )}
      {api && (
        <ul class="pledge-actions">
          <li>
            <a class="button" href="/staff/pledge/import">
              {latest ? 'Import a new version of the document' : 'Import your pledge document'}
            </a>
          </li>
          {latest && (
            <li>
              <button type="button" class="button secondary" onClick={editLatest}>
                Edit version {latest.version} as a new version
              </button>
            </li>
          )}
          {latest && (
            <li>
              <a class="button secondary" href="/staff/pledge/versions">
                Versions and what changed
              </a>
            </li>
          )}
          <li>
            <a class="button secondary" href="/staff/rounds">
              Survey rounds
            </a>
          </li>
        </ul>
      )}
    </StaffLayout>
  );
};
