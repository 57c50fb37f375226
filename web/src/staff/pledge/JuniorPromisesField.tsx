import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import { AUDIENCE_LABELS } from '../../../../shared/survey/audience';

/**
 * "A junior version for 8 to 13": the promises a child of 8 to 13 is asked, ticked from the pledge. None ticked,
 * no junior version. Each promise shows the words a child sees (the easy-read text where there is one).
 */
export const JuniorPromisesField = (props: {
  id: string;
  pledge: PledgeVersion | null | undefined;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) => {
  if (!props.pledge) return null;
  const chosen = new Set(props.chosen);
  const toggle = (promiseId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(promiseId);
    else next.delete(promiseId);
    // Kept in the pledge's order, so the list reads the same whatever order the boxes were ticked in.
    props.onChange(
      props.pledge!.sections.flatMap((s) => s.promises.map((p) => p.promiseId)).filter((id) => next.has(id)),
    );
  };
  return (
    <details class="junior-promises">
      <summary>
        A junior version for children of 8 to 13 (optional):{' '}
        {chosen.size === 0 ? 'none' : `${chosen.size} promise${chosen.size === 1 ? '' : 's'} chosen`}
      </summary>
      <fieldset aria-describedby={`${props.id}-hint`}>
        <legend>Promises in the junior version</legend>
        <p id={`${props.id}-hint`} class="hint">
          A child who says they are 8 to 13 is asked only the promises you tick, in the words shown here. Everyone else,
          and anyone who prefers not to say their age, is asked from all of them. Tick none for no junior version.
        </p>
        {props.pledge.sections.map((section) => (
          <div key={section.title} class="junior-section">
            <p class="junior-section-title">{section.title}</p>
            {section.promises.map((p) => (
              <label key={p.promiseId} class="junior-promise">
                <input
                  type="checkbox"
                  checked={chosen.has(p.promiseId)}
                  onChange={(e) => toggle(p.promiseId, e.currentTarget.checked)}
                />{' '}
                {p.easyRead ?? p.text}
                {p.audience && p.audience !== 'everyone' ? ` (for ${AUDIENCE_LABELS[p.audience].toLowerCase()})` : ''}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
    </details>
  );
};
