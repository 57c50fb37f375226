import '../styles/base.css';
import './statement.css';
import { leaveNow } from '../lib/leave-now';
import { QUICK_EXIT_URL } from '../survey/lists';

/*
 * The statement is plain HTML and reads without this script. The script only makes "Leave now" replace
 * this page in the history (as it does on the young people's pages), instead of adding a new entry.
 */
const exit = document.querySelector<HTMLAnchorElement>('a.quick-exit');
if (exit) {
  exit.href = QUICK_EXIT_URL;
  exit.addEventListener('click', (e) => {
    e.preventDefault();
    leaveNow();
  });
}
