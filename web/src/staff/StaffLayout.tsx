import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { ACCESSIBILITY_PATH } from '../lib/links';
import { STAFF_PAGES } from './staff-paths';
import { signOut } from './staff-token';

export const StaffLayout = ({ title, children, who }: { title: string; children: ComponentChildren; who?: string }) => {
  const { route } = useLocation();
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
