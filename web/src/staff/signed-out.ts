/**
 * What the person sees when their sign-in ends on its own (the refresh token expired or was revoked).
 * If they have typed nothing on this page, they go straight to the sign-in page, which says why and
 * brings them back here afterwards. If they have, the page stays as it is with a notice on top, so
 * nothing they typed disappears without warning.
 */
import { SIGNED_OUT_MESSAGE, signInAgainHref } from './signed-out-message';
import './signed-out.css';

// Fields the person typed into since the page loaded; a field no longer on the page no longer counts.
const typedInto = new Set<HTMLInputElement | HTMLTextAreaElement>();
document.addEventListener(
  'input',
  (e) => {
    const field = e.target;
    if (
      field instanceof HTMLTextAreaElement ||
      (field instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(field.type))
    )
      typedInto.add(field);
  },
  true,
);
const hasUnsavedTyping = () => [...typedInto].some((f) => f.isConnected && f.value.trim() !== '');

export const showSignedOut = () => {
  const here = `${location.pathname}${location.search}`;
  if (!hasUnsavedTyping()) return location.assign(signInAgainHref(here));
  if (document.getElementById('signed-out-notice')) return;
  const notice = document.createElement('div');
  notice.id = 'signed-out-notice';
  notice.className = 'notice signed-out-notice';
  notice.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.className = 'signed-out-message';
  message.textContent = SIGNED_OUT_MESSAGE;
  const kept = document.createElement('p');
  kept.textContent =
    'What you typed on this page has not been saved. Copy it before you sign in again, then paste it back.';
  const link = document.createElement('a');
  link.className = 'button';
  link.href = signInAgainHref(here);
  link.textContent = 'Sign in again';
  notice.append(message, kept, link);
  // At the top of the page's main content: the skip link stays the first thing on the page.
  (document.getElementById('main') ?? document.body).prepend(notice);
  link.focus();
};
