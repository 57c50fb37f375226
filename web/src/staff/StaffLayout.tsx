import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { ACCESSIBILITY_PATH } from '../lib/links';
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
        <a href="/staff">Promise Check</a>
        {who && (
          <span>
            {who}{' '}
            <button
              class="button secondary"
              type="button"
              onClick={() => void signOut().then(() => route('/staff/sign-in'))}
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
