import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES } from '../../../../shared/languages';
import type { LanguageView } from '../../../../shared/translations/views';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES, staffHref } from '../staff-paths';
import { useStaff } from '../use-staff';
import { nextStep, statusLine } from './language-status';
import { languagesApi } from './languages-api';
import './languages.css';

/** A language's own name, in its own script and direction. */
export const OwnName = ({ view }: { view: Pick<LanguageView, 'language'> }) => (
  <span lang={view.language} dir={LANGUAGES[view.language].dir}>
    {LANGUAGES[view.language].name}
  </span>
);

/** Every language besides English: how far the council's texts are translated and whether young people are offered it. */
export const LanguagesPage = () => {
  const { me, error: meError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const admin = me?.roles.includes('council-admin');
  const [languages, setLanguages] = useState<LanguageView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!token || !councilId || !admin) return;
    languagesApi(token, councilId)
      .all()
      .then(setLanguages)
      .catch((e: ApiFailure) => setError(e.message));
  }, [councilId]);

  return (
    <StaffLayout title="Languages" who={me?.email}>
      <h1>Languages</h1>
      <p class="narrow">
        Young people can read the survey in these languages as well as English. The survey’s own words (buttons,
        questions, help) come with Promise Check. Your council translates its own words: the promises, their easy-read
        words, the section titles and the help contacts.
      </p>
      <p class="narrow">
        A language is offered to young people once a fluent speaker has checked the survey’s words, you have switched it
        on, and every text is translated. You can also choose to offer it sooner, with a notice in that language that
        the promises are in English.
      </p>
      {(meError || error || (me && !admin)) && (
        <p class="error" role="alert">
          {meError ?? error ?? 'Only a council admin can change the council’s languages.'}
        </p>
      )}
      {languages && (
        <ul class="language-list">
          {languages.map((view) => {
            const step = nextStep(view);
            return (
              <li key={view.language} class={view.offered ? 'offered' : undefined}>
                <h2>
                  <a href={staffHref(STAFF_PAGES.language, { language: view.language })}>
                    {LANGUAGES[view.language].englishName} (<OwnName view={view} />)
                  </a>
                </h2>
                <p class="language-status">{statusLine(view)}</p>
                {step && <p class="hint">{step}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </StaffLayout>
  );
};
