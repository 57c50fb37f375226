/**
 * Registers the survey's service worker (sw.ts, served as /sw.js) once the page has loaded, so it never
 * competes with the first visit's own downloads. Staff pages never register it.
 */
export const registerSurveyWorker = () => {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No worker (private mode, blocked): the survey works as before, online.
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
};
