import { BOARD_READERS, ROLE_DUTIES, ROLE_LABELS, ROLES } from '../../../shared/roles';
import { StaffLayout } from './StaffLayout';
import { STAFF_PAGES } from './staff-paths';
import { useStaff } from './use-staff';

export const StaffHome = () => {
  const { me, error } = useStaff();
  return (
    <StaffLayout title="Home" who={me?.email}>
      <h1>{me?.council?.name ?? 'Promise Check'}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {me && (
        <ul class="role-duties" aria-label="Your roles">
          {ROLES.filter((r) => me.roles.includes(r)).map((r) => (
            <li key={r}>
              <strong>{ROLE_LABELS[r]}:</strong> {ROLE_DUTIES[r]}
            </li>
          ))}
        </ul>
      )}
      <ul class="staff-menu">
        {me?.roles.some((r) => (BOARD_READERS as string[]).includes(r)) && (
          <li>
            <a href={STAFF_PAGES.scorecard}>Scorecard of the open round</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.setup}>Setup checklist: what is done and what is left</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.pledge}>The pledge: import, edit and publish</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.rounds}>Survey rounds: open and close</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.codes}>One-time codes: cards to print</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.team}>Staff and their roles</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.audit}>Audit log</a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.settings}>
              Council settings: help contacts, score colours, how long comments are kept
            </a>
          </li>
        )}
        {me?.roles.includes('council-admin') && (
          <li>
            <a href={STAFF_PAGES.languages}>Languages: translate the promises and offer a language to young people</a>
          </li>
        )}
        {me?.roles.includes('moderator') && (
          <li>
            <a href={STAFF_PAGES.moderation}>Comments to moderate</a>
          </li>
        )}
        {me?.roles.includes('platform-operator') && (
          <li>
            <a href={STAFF_PAGES.councils}>Add a council</a>
          </li>
        )}
        {me?.roles.some((r) => r === 'facilitator' || r === 'council-admin') && (
          <li>
            <a href={STAFF_PAGES.sessions}>Live sessions (In Care Council)</a>
          </li>
        )}
      </ul>
    </StaffLayout>
  );
};
