import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import '../styles/base.css';
import './join.css';
import { LANGUAGE_KEY, readJson, writeJson } from '../lib/device-storage';
import { JOIN_WORDS, JoinI18n, type JoinLang, JoinLanguageSwitch, pickJoinLanguage } from './i18n';
import { JoinApp } from './JoinApp';

// /join, or /join/<code> from the QR code on the screen.
const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');

/** The language picked on this phone (here or in the survey), else the phone's own; Arabic right to left. */
const JoinRoot = () => {
  const [lang, setLang] = useState<JoinLang>(() =>
    pickJoinLanguage(readJson<string>(LANGUAGE_KEY), navigator.languages ?? [navigator.language]),
  );
  // Until a chosen language's words arrive, the page stays in the words it shows (English at first).
  const words = JOIN_WORDS.useWords(lang);
  // Before the screen is painted, so the words never show in the other direction for a moment.
  useLayoutEffect(() => {
    document.documentElement.lang = words.lang;
    document.documentElement.dir = words.dir;
  }, [words]);
  const choose = (next: JoinLang) => {
    setLang(next);
    writeJson(LANGUAGE_KEY, next);
  };
  return (
    <JoinLanguageSwitch.Provider value={choose}>
      <JoinI18n.Provider value={words}>
        <JoinApp codeFromLink={code} />
      </JoinI18n.Provider>
    </JoinLanguageSwitch.Provider>
  );
};

render(<JoinRoot />, document.getElementById('app')!);
