import { render } from 'preact';
import '../styles/base.css';
import './survey.css';
import { SurveyApp } from './SurveyApp';

const slug = location.pathname.split('/')[2] ?? '';
render(<SurveyApp slug={decodeURIComponent(slug)} />, document.getElementById('app')!);
