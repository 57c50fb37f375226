import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGUAGES } from '../../../shared/language-table';
import { LanguageButton } from '../lib/language-button';
import { ACCESSIBILITY_PATH, PRIVACY_PATH } from '../lib/links';
import { QuickExit } from '../lib/quick-exit';
import { JoinLanguageSwitch, useJoinWords } from './i18n';

/**
 * What every phone page of a session carries, as the survey's pages do: "Leave now" at the top, the
 * privacy and accessibility pages at the foot, in the page's language.
 */
export const JoinFrame = ({ children }: { children: ComponentChildren }) => {
  const en = useJoinWords();
  const { offered, choose } = useContext(JoinLanguageSwitch);
  return (
    <>
      <a class="skip-link" href="#main">
        {en.skipToMain}
      </a>
      <header class="join-top">
        {/* Leave now first: the first stop after the skip link, whatever the language. */}
        <QuickExit label={en.quickExit} hint={en.quickExitHint} />
        <div class="langs">
          {offered
            .filter((l) => l !== en.lang)
            .map((l) => (
              <LanguageButton
                key={l}
                lang={l}
                dir={LANGUAGES[l].dir}
                name={LANGUAGES[l].name}
                onPick={() => choose(l)}
              />
            ))}
        </div>
      </header>
      {children}
      <footer class="join-foot">
        <a href={PRIVACY_PATH}>{en.privacyLink}</a>
        <a href={ACCESSIBILITY_PATH}>{en.accessibilityLink}</a>
      </footer>
    </>
  );
};
