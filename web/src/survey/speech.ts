/** "Read it to me": the phone's own voice (speech synthesis), where the browser has one. */
export const canSpeak = (): boolean =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';

/** Speaks each part in its own language (the promise may be English on an Arabic page), then calls onEnd. */
export const speak = (parts: { text: string; lang: string }[], onEnd: () => void): void => {
  speechSynthesis.cancel();
  parts.forEach((p, i) => {
    const u = new SpeechSynthesisUtterance(p.text);
    u.lang = p.lang;
    if (i === parts.length - 1) {
      u.onend = onEnd;
      u.onerror = onEnd;
    }
    speechSynthesis.speak(u);
  });
};

export const stopSpeaking = (): void => {
  if (canSpeak()) speechSynthesis.cancel();
};
