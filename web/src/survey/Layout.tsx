import type { ComponentChildren } from 'preact';
import { LANGUAGES } from '../../../shared/language-table';
import { LanguageButton } from '../lib/language-button';
import { ACCESSIBILITY_PATH } from '../lib/links';
import { QuickExit } from '../lib/quick-exit';
import type { Lang } from './i18n';
import { useI18n } from './i18n/context';
import { stopSpeaking } from './speech';

/** The frame of every young person's page: quick exit and language at the top, the privacy and accessibility links at the foot. */
export const Layout = (props: {
  /** The council's name, in the page's language where the council translated it. */
  councilName?: { text: string; lang: string } | undefined;
  /** The languages a young person can pick here (i18n/index.ts, offeredLangs). */
  languages: readonly Lang[];
  onLanguage: (lang: Lang) => void;
  onPrivacy?: () => void;
  privacyHref: string;
  children: ComponentChildren;
}) => {
  const { t, lang } = useI18n();
  const others = props.languages.filter((l) => l !== lang);
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToMain}
      </a>
      <header class="top">
        <span class="council" lang={props.councilName?.lang ?? 'en'} dir="auto">
          {props.councilName?.text ?? ''}
        </span>
        {others.length > 0 && (
          <div class="langs">
            {others.map((l) => (
              <LanguageButton
                key={l}
                lang={l}
                dir={LANGUAGES[l].dir}
                name={LANGUAGES[l].name}
                onPick={() => props.onLanguage(l)}
              />
            ))}
          </div>
        )}
        <QuickExit label={t.quickExit} hint={t.quickExitHint} before={stopSpeaking} />
      </header>
      <main id="main" class="survey-main">
        {props.children}
      </main>
      <footer class="foot">
        <a
          href={props.privacyHref}
          onClick={(e) => {
            if (!props.onPrivacy) return;
            e.preventDefault();
            props.onPrivacy();
          }}
        >
          {t.privacyLink}
        </a>
        <a href={ACCESSIBILITY_PATH}>{t.accessibilityLink}</a>
      </footer>
    </>
  );
};
