import { render } from 'preact';
import '../styles/base.css';
import './join.css';
import { JoinApp } from './JoinApp';

// /join, or /join/<code> from the QR code on the screen.
const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');
render(<JoinApp codeFromLink={code} />, document.getElementById('app')!);
