/**
 * "Let each young person pick the parts that matter to them first" (shared/survey/sections.ts). Off by default:
 * a set drawn from every part keeps each promise's answers from young people as a whole (docs/methods.md).
 */
export const SectionsFirstField = (props: {
  id: string;
  checked: boolean;
  sectionCount: number | null;
  onChange: (checked: boolean) => void;
}) => (
  <div class="sections-first">
    <label class="check-row">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />{' '}
      Let each young person first pick the parts of the pledge that matter to them (optional)
    </label>
    <p class="hint" id={`${props.id}-hint`}>
      {props.sectionCount !== null && props.sectionCount < 2
        ? 'Your pledge has only one part, so young people would not be asked to pick.'
        : 'They tick the section titles they care about and are asked promises from those. Promises in parts few young people pick get fewer answers, and those answers come from the young people who care most about that part.'}
    </p>
  </div>
);
