import type { ComponentChildren } from 'preact';
import { CATALOGUES, LANGS, type Lang } from './i18n';
import { useI18n } from './i18n/context';
import { ExitIcon } from './icons';
import { QUICK_EXIT_URL } from './lists';
import { stopSpeaking } from './speech';

/**
 * Leaves at once for a neutral page. location.replace swaps this page's history entry, and the survey
 * never adds entries of its own, so Back from there does not come back here.
 */
export const quickExit = () => {
  stopSpeaking();
  document.title = '';
  document.body.replaceChildren();
  location.replace(QUICK_EXIT_URL);
};

/** The frame of every young person's page: quick exit and language at the top, the privacy link at the foot. */
export const Layout = (props: {
  councilName?: string;
  onLanguage: (lang: Lang) => void;
  onPrivacy?: () => void;
  privacyHref: string;
  children: ComponentChildren;
}) => {
  const { t, lang } = useI18n();
  const others = LANGS.filter((l) => l !== lang);
  return (
    <>
      <a class="skip-link" href="#main">{t.skipToMain}</a>
      <header class="top">
        <span class="council" lang="en" dir="auto">{props.councilName ?? ''}</span>
        {others.map((l) => (
          <button key={l} type="button" class="lang-switch" lang={l} dir={CATALOGUES[l].dir} onClick={() => props.onLanguage(l)}>
            {CATALOGUES[l].languageName}
          </button>
        ))}
        <button type="button" class="quick-exit" onClick={quickExit} aria-describedby="quick-exit-hint">
          <ExitIcon /> {t.quickExit}
        </button>
        <span id="quick-exit-hint" class="visually-hidden">{t.quickExitHint}</span>
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
      </footer>
    </>
  );
};
