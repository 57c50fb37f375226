import type { ComponentChildren } from 'preact';
import { ACCESSIBILITY_PATH, PRIVACY_PATH } from '../lib/links';
import { QuickExit } from '../lib/quick-exit';
import { useJoinWords } from './i18n';

/**
 * What every phone page of a session carries, as the survey's pages do: "Leave now" at the top, the
 * privacy and accessibility pages at the foot, in the page's language.
 */
export const JoinFrame = ({ children }: { children: ComponentChildren }) => {
  const en = useJoinWords();
  return (
    <>
      <a class="skip-link" href="#main">
        {en.skipToMain}
      </a>
      <header class="join-top">
        <QuickExit label={en.quickExit} hint={en.quickExitHint} />
      </header>
      {children}
      <footer class="join-foot">
        <a href={PRIVACY_PATH}>{en.privacyLink}</a>
        <a href={ACCESSIBILITY_PATH}>{en.accessibilityLink}</a>
      </footer>
    </>
  );
};
