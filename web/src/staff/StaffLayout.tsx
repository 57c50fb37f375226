import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { API_PATHS, fill } from '../../../shared/api-paths';
import { MODERATORS, type Role } from '../../../shared/roles';
import type { WorkWaiting } from '../../../shared/setup/checklist';
import { apiFetch } from '../lib/api';
import { ACCESSIBILITY_PATH } from '../lib/links';
import type { Me } from './session';
import { menuFor } from './staff-menu';
import { STAFF_PAGES } from './staff-paths';
import { signOut, staffToken } from './staff-token';
import { useSignedIn } from './use-staff';

/** "Comments to moderate: 20 (1 urgent)": the menu's name for a page, with the work waiting there. */
const withCount = (href: string, label: string, waiting: WorkWaiting | null) => {
  const c = waiting?.commentsToModerate;
  if (href !== STAFF_PAGES.moderation || !c) return label;
  return `${label}: ${c.pending}${c.urgent > 0 ? ` (${c.urgent} urgent)` : ''}`;
};

/** The staff menu of the signed-in person's roles; on a phone it folds behind a "Menu" button. */
const StaffMenu = ({ me }: { me: Me }) => {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const [waiting, setWaiting] = useState<WorkWaiting | null>(null);
  const councilId = me.council?.councilId;
  useEffect(() => {
    if (!councilId || !me.roles.some((r) => MODERATORS.includes(r as Role))) return;
    apiFetch<WorkWaiting>(fill(API_PATHS.workWaiting, { councilId }), { token: staffToken })
      .then(setWaiting)
      .catch(() => setWaiting(null));
  }, [councilId, path]);
  // Following a link folds the menu again.
  useEffect(() => setOpen(false), [path]);
  const entries = menuFor(me.roles);
  if (entries.length === 0) return null;
  return (
    <nav class={`staff-nav${open ? ' open' : ''}`} aria-label="Staff pages">
      <button
        type="button"
        class="button secondary staff-menu-toggle"
        aria-expanded={open}
        aria-controls="staff-nav-list"
        onClick={() => setOpen(!open)}
      >
        Menu
      </button>
      <ul id="staff-nav-list">
        {entries.map((e) => (
          <li key={e.href}>
            <a href={e.href} aria-current={path === e.href ? 'page' : undefined}>
              {withCount(e.href, e.label, waiting)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

export const StaffLayout = ({ title, children, who }: { title: string; children: ComponentChildren; who?: string }) => {
  const { route } = useLocation();
  const me = useSignedIn();
  document.title = `${title} · Promise Check`;
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="staff-header">
        <a href={STAFF_PAGES.home}>Promise Check</a>
        {who && (
          <span>
            {who}{' '}
            <button
              class="button secondary"
              type="button"
              onClick={() => void signOut().then(() => route(STAFF_PAGES.signIn))}
            >
              Sign out
            </button>
          </span>
        )}
        {who && me && <StaffMenu me={me} />}
      </header>
      <main class="page" id="main">
        {children}
      </main>
      <footer class="page staff-footer">
        <a href={ACCESSIBILITY_PATH}>Accessibility statement</a>
      </footer>
    </>
  );
};
