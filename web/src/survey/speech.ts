/** "Read it to me": the phone's own voice (speech synthesis), where the browser has one. */
import { useEffect, useState } from 'preact/hooks';
import { isLanguageCode, LANGUAGES } from '../../../shared/language-table';

export const canSpeak = (): boolean =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';

const tagOf = (v: Pick<SpeechSynthesisVoice, 'lang'>) => v.lang.toLowerCase().replace('_', '-');
const baseOf = (tag: string) => tag.split('-')[0]!;

/**
 * The phone's voice for a language (shared/language-table.ts says which speech tags it goes by): one of those
 * tags exactly first ("fa-AF" for Dari), then any voice of the same base language ("ar-SA" for Arabic).
 * None: the phone cannot read that language aloud, and an English voice must not pretend to.
 */
export const voiceFor = <V extends Pick<SpeechSynthesisVoice, 'lang'>>(
  lang: string,
  voices: readonly V[],
): V | undefined => {
  const tags = (isLanguageCode(lang) ? LANGUAGES[lang].speech : [lang]).map((t) => t.toLowerCase());
  return (
    voices.find((v) => tags.includes(tagOf(v))) ?? voices.find((v) => tags.some((t) => baseOf(t) === baseOf(tagOf(v))))
  );
};

const voices = (): SpeechSynthesisVoice[] => (canSpeak() ? speechSynthesis.getVoices() : []);

/** The voice for `lang` on this phone, looked for again when the phone's list of voices arrives (it comes late). */
export const useVoiceFor = (lang: string): SpeechSynthesisVoice | undefined => {
  const [voice, setVoice] = useState(() => voiceFor(lang, voices()));
  useEffect(() => {
    if (!canSpeak()) return;
    const update = () => setVoice(voiceFor(lang, voices()));
    update();
    speechSynthesis.addEventListener?.('voiceschanged', update);
    return () => speechSynthesis.removeEventListener?.('voiceschanged', update);
  }, [lang]);
  return voice;
};

/** Speaks each part in its own language and voice (the promise may be English on an Arabic page), then calls onEnd. */
export const speak = (parts: { text: string; lang: string }[], onEnd: () => void): void => {
  speechSynthesis.cancel();
  const all = voices();
  parts.forEach((p, i) => {
    const u = new SpeechSynthesisUtterance(p.text);
    u.lang = p.lang;
    const voice = voiceFor(p.lang, all);
    try {
      if (voice) u.voice = voice;
    } catch {
      // A voice the browser will not take: its lang above still asks for that language.
    }
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
