import { isShown } from './score';

/**
 * Which cells of a breakdown to hide so that no hidden figure can be worked out from the others.
 *
 * The cells of one breakdown (the age groups of a promise, say) add up to a total that is shown. Hiding
 * one small cell is not enough: the total minus the shown cells gives it back. So after the small
 * cells are hidden (primary suppression), what the hidden cells add up to must itself be safe to
 * know: nobody at all (0), or at least the minimum group size. While it is not, the smallest cell
 * still shown is hidden as well (secondary suppression).
 *
 * Each cell is given as a list of measures; the first decides primary suppression and which cell to
 * hide next, and every measure must be safe in sum. For ratings that is [n, everyone who answered]:
 * n decides whether figures are shown, and "Don't know" answers can be worked out by subtraction too.
 */
export const cellsToHide = (cells: readonly (readonly number[])[]): boolean[] => {
  const hidden = cells.map((measures) => !isShown(measures[0] ?? 0));
  const measureCount = Math.max(0, ...cells.map((m) => m.length));
  const exposed = () => {
    for (let j = 0; j < measureCount; j++) {
      const sum = cells.reduce((s, m, i) => (hidden[i] ? s + (m[j] ?? 0) : s), 0);
      if (sum > 0 && !isShown(sum)) return true;
    }
    return false;
  };
  while (exposed()) {
    let pick = -1;
    cells.forEach((m, i) => {
      if (!hidden[i] && (pick < 0 || (m[0] ?? 0) < (cells[pick]![0] ?? 0))) pick = i;
    });
    if (pick < 0) break; // every cell is hidden: what they add up to is the total, which is shown
    hidden[pick] = true;
  }
  return hidden;
};
