import { useState } from 'preact/hooks';
import { JOIN_CODE_LENGTH } from '../../../shared/sessions/join-code';
import { useJoinWords } from './i18n';

export const CodeForm = ({
  initial,
  error,
  busy,
  onSubmit,
}: {
  initial: string;
  error: string | null;
  busy: boolean;
  onSubmit: (code: string) => void;
}) => {
  const t = useJoinWords();
  const [code, setCode] = useState(initial);
  return (
    <main class="page narrow join" id="main">
      <h1>{t.codeTitle}</h1>
      <p>{t.codeIntro}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(code);
        }}
        noValidate
      >
        <div class="field">
          <label for="code">{t.codeLabel}</label>
          <input
            id="code"
            class="code-input"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={JOIN_CODE_LENGTH + 2}
            aria-describedby={error ? 'code-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        {error && (
          <p class="error" id="code-error" role="alert">
            {error}
          </p>
        )}
        <button class="button wide" type="submit" disabled={busy || code.trim() === ''}>
          {busy ? t.looking : t.join}
        </button>
      </form>
      <p class="quiet">{t.anonymous}</p>
    </main>
  );
};
