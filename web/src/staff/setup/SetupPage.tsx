import { useEffect, useState } from 'preact/hooks';
import { API_PATHS, fill } from '../../../../shared/api-paths';
import type { SetupChecklist, SetupState, SetupStepId } from '../../../../shared/setup/checklist';
import { type ApiFailure, apiFetch } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { useStaff } from '../use-staff';
import './setup.css';

/** Each step's title and where it is done. */
const STEPS: Record<SetupStepId, { title: string; href: string; link: string }> = {
  pledge: { title: 'Publish your pledge', href: STAFF_PAGES.pledge, link: 'Import, check and publish the pledge' },
  round: { title: 'Open a survey round', href: STAFF_PAGES.rounds, link: 'Survey rounds' },
  help: { title: 'Set the help contacts', href: STAFF_PAGES.settings, link: 'Help contacts in the council settings' },
  team: { title: 'Invite your team', href: STAFF_PAGES.team, link: 'Staff and their roles' },
  codes: { title: 'Print code cards', href: STAFF_PAGES.codes, link: 'One-time code cards' },
};

const STATE_WORDS: Record<SetupState, string> = {
  done: 'Done',
  todo: 'To do',
  waiting: 'Waiting for an earlier step',
  'not-needed': 'Not needed',
};

/** The council admin's home: what a new council must do, in order, each step with its state and a link. */
export const SetupPage = () => {
  const { me, error: meError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const [list, setList] = useState<SetupChecklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!councilId || !token || !me?.roles.includes('council-admin')) return;
    apiFetch<SetupChecklist>(fill(API_PATHS.setup, { councilId }), { token })
      .then(setList)
      .catch((e: ApiFailure) => setError(e.message));
  }, [councilId]);
  const admin = me?.roles.includes('council-admin');
  const left = list?.steps.filter((s) => s.state === 'todo').length ?? 0;
  return (
    <StaffLayout title="Setup checklist" who={me?.email}>
      <h1>Getting {me?.council?.name ?? 'your council'} ready</h1>
      {(meError || error || (me && !admin)) && (
        <p class="error" role="alert">
          {meError ?? error ?? 'The setup checklist is for council admins.'}
        </p>
      )}
      {list && (
        <>
          <p role="status">
            {left === 0
              ? 'Everything is set up. Young people can answer.'
              : `${left} ${left === 1 ? 'step' : 'steps'} left before young people can answer well.`}
          </p>
          <ol class="setup-steps">
            {list.steps.map((s, i) => (
              <li key={s.step} class={`setup-step ${s.state}`}>
                <h2>
                  {i + 1}. {STEPS[s.step].title}
                </h2>
                <p class="setup-state">{STATE_WORDS[s.state]}</p>
                <p>{s.detail}</p>
                <p>
                  <a href={STEPS[s.step].href}>{STEPS[s.step].link}</a>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {!list && !error && admin && <p role="status">Loading the checklist…</p>}
    </StaffLayout>
  );
};
