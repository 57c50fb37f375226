/**
 * The presenter on the laptop and the big screen in its own window talk over a BroadcastChannel (same
 * browser, same origin, nothing leaves the machine). The laptop says when it changed the session, so the
 * big screen asks the server at once instead of at its next poll; the big screen passes on the clicker's
 * keys when it has the focus, so the laptop acts on them. Every figure the big screen shows still comes
 * from the server's own live answer, with its rules (nothing under 5, nothing once the session ended).
 */
export type ScreenMessage = { kind: 'moved' } | { kind: 'key'; key: string };

const channelName = (sessionId: string) => `promise-check:session:${sessionId}`;

export const screenChannel = (sessionId: string, onMessage: (m: ScreenMessage) => void) => {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(channelName(sessionId));
  channel.onmessage = (e: MessageEvent<ScreenMessage>) => onMessage(e.data);
  return { post: (m: ScreenMessage) => channel.postMessage(m), close: () => channel.close() };
};

/** The window's name: pressing the button again brings back the same window rather than opening another. */
export const BIG_SCREEN_WINDOW = 'promise-check-big-screen';

/** The clicker's keys: → / Page Down / ↓ step forward, ← / Page Up / ↑ go back, R / B / . show or hide results. */
export const FORWARD_KEYS = ['ArrowRight', 'PageDown', 'ArrowDown'];
export const BACK_KEYS = ['ArrowLeft', 'PageUp', 'ArrowUp'];
export const RESULTS_KEYS = ['r', 'R', 'b', 'B', '.'];
/** The keys in words, for the facilitator (the lobby and the foot of the presenter say the same). */
export const CLICKER_KEYS_LINE =
  'Clicker or keyboard: → or Page Down starts and steps on, ← or Page Up goes back, R, B or . shows or hides the results.';
export const isClickerKey = (key: string) => [...FORWARD_KEYS, ...BACK_KEYS, ...RESULTS_KEYS].includes(key);
