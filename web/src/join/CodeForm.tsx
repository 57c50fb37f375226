import { useState } from 'preact/hooks';
import { JOIN_CODE_LENGTH } from '../../../shared/sessions/join-code';

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
  const [code, setCode] = useState(initial);
  return (
    <main class="page narrow join" id="main">
      <h1>Join the session</h1>
      <p>Type the code you can see on the big screen.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(code);
        }}
        noValidate
      >
        <div class="field">
          <label for="code">Code on the screen</label>
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
          {busy ? 'Looking…' : 'Join'}
        </button>
      </form>
      <p class="quiet">You do not give your name. Nobody will know how you voted.</p>
    </main>
  );
};
