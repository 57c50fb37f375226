import type { JSX } from 'preact';

/** An input's attributes beyond what Field itself sets. */
export type InputAttrs = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput'>;

/** A label, an optional hint, the input, and the server's problem with it, all tied together for screen readers. */
export const Field = (props: {
  id: string;
  label: string;
  hint?: string | null;
  problem?: string | undefined;
  narrow?: boolean;
  value: string;
  onValue: (v: string) => void;
  attrs?: InputAttrs;
}) => {
  const describedBy =
    [props.hint && `${props.id}-hint`, props.problem && `${props.id}-problem`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.narrow ? ' narrow' : ''}${props.problem ? ' has-problem' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.problem && (
        <span class="problem" id={`${props.id}-problem`}>
          {props.problem}
        </span>
      )}
      <input
        {...props.attrs}
        id={props.id}
        value={props.value}
        aria-describedby={describedBy}
        aria-invalid={props.problem ? 'true' : undefined}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </div>
  );
};
