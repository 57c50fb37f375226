import { render } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { languagesToOffer, SOURCE_LANGUAGE } from '../../../shared/language-table';
import '../styles/base.css';
import './join.css';
import {
  browserLanguages,
  LANGUAGE_KEY,
  phoneLanguages,
  readJson,
  rememberPicked,
  rememberRead,
} from '../lib/device-storage';
import { JOIN_WORDS, JoinI18n, type JoinLang, JoinLanguageSwitch, pickJoinLanguage } from './i18n';
import { JoinApp } from './JoinApp';

// /join, or /join/<code> from the QR code on the screen.
const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');

/**
 * The language picked on this phone (here or in the survey), else the phone's own, shown where offered
 * (shared/language-table.ts): before a code, English, the phone's own and the last a council offered here; once the code is known,
 * English and the languages the session's council offers. Arabic right to left.
 */
const JoinRoot = () => {
  const [lang, setLang] = useState<JoinLang>(() =>
    pickJoinLanguage(readJson<string>(LANGUAGE_KEY), browserLanguages()),
  );
  const [council, setCouncil] = useState<readonly string[] | null>(null);
  const offered = languagesToOffer(council, phoneLanguages());
  // Until a chosen language's words arrive, the page stays in the words it shows (English at first).
  const words = JOIN_WORDS.useWords(offered.includes(lang) ? lang : SOURCE_LANGUAGE);
  // The phone's language is fetched at once, to show as soon as the session's council is seen to offer it.
  useEffect(() => {
    JOIN_WORDS.load(lang).catch(() => undefined);
  }, []);
  // A language the session's council offers, shown here, is kept for the pages of no council (as the survey does).
  useEffect(() => {
    if (council !== null) rememberRead(words.lang);
  }, [council, words]);
  // Before the screen is painted, so the words never show in the other direction for a moment.
  useLayoutEffect(() => {
    document.documentElement.lang = words.lang;
    document.documentElement.dir = words.dir;
  }, [words]);
  const choose = (next: JoinLang) => {
    setLang(next);
    rememberPicked(next);
  };
  return (
    <JoinLanguageSwitch.Provider value={{ offered, choose }}>
      <JoinI18n.Provider value={words}>
        <JoinApp codeFromLink={code} onCouncilLanguages={setCouncil} />
      </JoinI18n.Provider>
    </JoinLanguageSwitch.Provider>
  );
};

render(<JoinRoot />, document.getElementById('app')!);
