import { useState } from 'preact/hooks';
import { CODE_FRAGMENT } from '../../../../shared/access-codes';
import { useHeadingFocus } from '../focus';
import { useI18n } from '../i18n/context';
import { normaliseCode } from '../progress';
import { StepForm } from '../StepForm';
import { checkCode } from '../survey-data';

/** A card's QR link carries its code after "#code=" (a fragment never reaches a server); it fills the box once, then leaves the address. */
const codeFromLink = (): string => {
  const match = new RegExp(`^#${CODE_FRAGMENT}=([A-Za-z0-9-]{1,20})$`).exec(location.hash);
  if (!match) return '';
  history.replaceState(history.state, '', location.pathname + location.search);
  return match[1]!;
};

/** A round with one-time codes asks for the code on the card before the first promise. */
export const CodeScreen = (props: {
  roundId: string;
  initial: string;
  onAccepted: (code: string) => void;
  onBack: () => void;
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const [code, setCode] = useState(() => props.initial || codeFromLink());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const typed = normaliseCode(code);
    if (typed.length < 4) return setError(t.codeEmpty);
    setBusy(true);
    setError(null);
    const result = await checkCode(props.roundId, typed);
    setBusy(false);
    if (result.ok) props.onAccepted(typed);
    else
      setError(
        result.network
          ? t.loadFailed
          : result.code === 'code_used'
            ? t.codeUsed
            : result.status === 429
              ? t.codeTooMany
              : t.codeWrong,
      );
  };

  return (
    <StepForm
      onBack={props.onBack}
      onNext={() => void submit()}
      next={busy ? t.codeChecking : t.codeCheck}
      busy={busy}
      noValidate
    >
      <h1 ref={heading} tabIndex={-1}>
        {t.codeTitle}
      </h1>
      <p id="code-help">{t.codeHelp}</p>
      <div class="field">
        <label for="code">{t.codeLabel}</label>
        <input
          id="code"
          class="code-input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={20}
          aria-describedby={error ? 'code-help code-error' : 'code-help'}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {error && (
        <p id="code-error" class="error" role="alert">
          {error}
        </p>
      )}
    </StepForm>
  );
};
