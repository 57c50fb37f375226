import { render } from 'preact';
import '../styles/base.css';
import './join.css';
import { JOIN_CATALOGUES, JoinI18n, pickJoinLanguage } from './i18n';
import { JoinApp } from './JoinApp';

// /join, or /join/<code> from the QR code on the screen.
const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');
// The phone's own language where the pages have it: Arabic right to left, else English.
const words = JOIN_CATALOGUES[pickJoinLanguage(navigator.languages)];
document.documentElement.lang = words.lang;
document.documentElement.dir = words.dir;
render(
  <JoinI18n.Provider value={words}>
    <JoinApp codeFromLink={code} />
  </JoinI18n.Provider>,
  document.getElementById('app')!,
);
