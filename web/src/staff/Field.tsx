import type { ComponentChildren, JSX } from 'preact';

/** An input's attributes beyond what Field itself sets. */
export type InputAttrs = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput'>;
export type TextAreaAttrs = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onInput'>;
export type SelectAttrs = Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>;

/** What ties a control to its label, hint and problem; FieldFrame hands it to the one control it frames. */
export interface ControlAttrs {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

interface Frame {
  id: string;
  /** Words, or words with a visually hidden part that tells one row's field from the next. */
  label: ComponentChildren;
  hint?: string | null | undefined;
  problem?: string | undefined;
  narrow?: boolean;
  /** Extra classes for the wrapper beside `field`, for where the form lays it out. */
  class?: string;
  /** Ids of other words about the control that the caller shows itself (a reading-age mark, a live tip). */
  describedBy?: (string | false | undefined)[];
  /** For a control in a table row whose column heading already says what it is; screen readers still hear it. */
  hideLabel?: boolean;
}

/** A label, an optional hint, the control, and the server's problem with it, all tied together for screen readers. */
export const FieldFrame = (props: Frame & { children: (control: ControlAttrs) => ComponentChildren }) => {
  const describedBy =
    [props.hint && `${props.id}-hint`, props.problem && `${props.id}-problem`, ...(props.describedBy ?? [])]
      .filter(Boolean)
      .join(' ') || undefined;
  const classes = ['field', props.narrow && 'narrow', props.problem && 'has-problem', props.class].filter(Boolean);
  return (
    <div class={classes.join(' ')}>
      <label for={props.id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
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
      {props.children({
        id: props.id,
        'aria-describedby': describedBy,
        'aria-invalid': props.problem ? 'true' : undefined,
      })}
    </div>
  );
};

type Valued = { value: string; onValue: (v: string) => void };

/** A one-line text field. */
export const Field = ({ value, onValue, attrs, ...frame }: Frame & Valued & { attrs?: InputAttrs }) => (
  <FieldFrame {...frame}>
    {(control) => <input {...attrs} {...control} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
  </FieldFrame>
);

/** A field for a few lines of text. */
export const TextAreaField = ({ value, onValue, attrs, ...frame }: Frame & Valued & { attrs?: TextAreaAttrs }) => (
  <FieldFrame {...frame}>
    {(control) => <textarea {...attrs} {...control} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
  </FieldFrame>
);

/** A choice from a list; `options` are the `<option>` elements. */
export const SelectField = ({
  value,
  onValue,
  attrs,
  options,
  ...frame
}: Frame & Valued & { attrs?: SelectAttrs; options: ComponentChildren }) => (
  <FieldFrame {...frame}>
    {(control) => (
      <select {...attrs} {...control} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {options}
      </select>
    )}
  </FieldFrame>
);

/** What came of sending a form, just above its button: the problem (read out at once) or what was saved. */
export const FormOutcome = (props: { error: string | null | undefined; notice: string | null | undefined }) => (
  <>
    {props.error && (
      <p class="error" role="alert">
        {props.error}
      </p>
    )}
    {props.notice && (
      <p class="notice" role="status">
        {props.notice}
      </p>
    )}
  </>
);
