import { readingAge } from '../../../../shared/importer/reading-age';
import { EASY_READ_MAX_GRADE } from '../../../../shared/limits';

/** "Reads at age 9": how hard a promise or title is to read, marked hard above the easy-read grade. */
export const ReadingMark = ({ text, id }: { text: string; id?: string }) => {
  const r = readingAge(text);
  if (!r) return null;
  return (
    <span id={id} class={`reading-mark ${r.hard ? 'hard' : 'easy'}`} data-testid="reading-mark">
      {r.hard
        ? `Hard to read: school grade ${r.grade} (about age ${r.age}); easy-read text helps children under ${EASY_READ_MAX_GRADE + 6}`
        : `Easy to read: school grade ${r.grade} (about age ${r.age})`}
    </span>
  );
};
