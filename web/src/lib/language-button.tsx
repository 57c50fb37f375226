import type { Direction } from '../../../shared/language-table';

/** The button that switches a young person's page to another language, written in that language: the survey's and /join's. */
export const LanguageButton = (props: { lang: string; dir: Direction; name: string; onPick: () => void }) => (
  <button type="button" class="lang-switch" lang={props.lang} dir={props.dir} onClick={props.onPick}>
    {props.name}
  </button>
);
