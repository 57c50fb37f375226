import { render } from 'preact';
import '../styles/base.css';
import './survey.css';
import { SurveyApp } from './SurveyApp';
import { loadSurvey } from './survey-data';
import { registerSurveyWorker } from './sw-register';

// /c/<council>, /c/<council>/privacy or /privacy.
const parts = location.pathname.split('/').filter(Boolean);
const slug = parts[0] === 'c' && parts[1] ? decodeURIComponent(parts[1]) : null;
const privacy = parts[parts.length - 1] === 'privacy';
// Ask for the pledge (and the council's help contacts) before the first render, to start it sooner.
const firstLoad = slug ? loadSurvey(slug) : null;
// Handled by the app once it renders; this stops an early failure counting as unhandled.
firstLoad?.catch(() => {});
render(<SurveyApp slug={slug} privacy={privacy} firstLoad={firstLoad} />, document.getElementById('app')!);
// Lets the survey open again with no signal, and a second visit reuse what the first downloaded.
registerSurveyWorker();
