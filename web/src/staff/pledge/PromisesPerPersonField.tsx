import { DEFAULT_PROMISES_PER_PERSON } from '../../../../shared/limits';
import { promisesPerPersonOf } from '../../../../shared/survey/short-set';
import { Field } from '../Field';

/**
 * "Promises each young person is asked": left empty, the round's default (12 of a longer pledge). Each young
 * person gets their own set, so the round as a whole still covers every promise (docs/data-model.md).
 */
export const PromisesPerPersonField = (props: {
  id: string;
  value: string;
  problem?: string | undefined;
  promiseCount: number | null;
  onInput: (value: string) => void;
}) => {
  const all = props.promiseCount;
  return (
    <Field
      id={props.id}
      label="Promises each young person is asked (optional)"
      hint={
        all === null
          ? `Leave it empty for ${DEFAULT_PROMISES_PER_PERSON}.`
          : `Leave it empty for ${promisesPerPersonOf(undefined, all)} of your ${all} promises. Any number from 1 to ${all} (${all} asks everyone every promise). Each young person gets their own set, so every promise is still asked about.`
      }
      problem={props.problem}
      value={props.value}
      onValue={props.onInput}
      attrs={{ inputMode: 'numeric' }}
    />
  );
};

/** What the field holds, for the request: undefined when empty; a message when it is not a whole number in range. */
export const promisesPerPersonInput = (
  value: string,
  promiseCount: number | null,
): { ok: true; value: number | undefined } | { ok: false; message: string } => {
  const text = value.trim();
  if (!text) return { ok: true, value: undefined };
  const n = Number(text);
  const max = promiseCount ?? Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(text) || n < 1 || n > max)
    return {
      ok: false,
      message: `Promises each young person is asked: type a whole number from 1 to ${promiseCount ?? 'the number of promises'}, or leave it empty for ${DEFAULT_PROMISES_PER_PERSON}.`,
    };
  return { ok: true, value: n };
};
