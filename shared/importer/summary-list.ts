import { headingKey, type Unit } from './headings';
import { normaliseForCompare } from './text';

/**
 * An opening list that repeats the section headings ("We will do our best to make sure that: • You have a
 * say about your care • …") is a table of contents, not promises. A list counts as one when most of its
 * items match a heading that comes after it.
 */

const matches = (item: string, heading: string): boolean => {
  if (item === '' || heading === '') return false;
  if (item === heading) return true;
  const [short, long] = item.length < heading.length ? [item, heading] : [heading, item];
  return long.startsWith(short) && short.split(' ').length >= 3;
};

/** Indexes (into `units`) of items that belong to heading-summary lists, one array per such list. */
export const findSummaryLists = (units: Unit[]): number[][] => {
  const found: number[][] = [];
  // Items are plain text already; headings may carry "Section N:" and trailing ":-".
  const keys = units.map((u) =>
    u.kind === 'heading' ? headingKey(u.text) : u.kind === 'item' && u.depth === 0 ? normaliseForCompare(u.text) : '',
  );
  let i = 0;
  while (i < units.length) {
    if (units[i]!.kind !== 'item') {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < units.length && units[j]!.kind === 'item'; j++)
      if ((units[j] as { depth: number }).depth === 0) run.push(j);
    if (run.length >= 2) {
      const later = units.slice(j).flatMap((u, n) => (u.kind === 'heading' ? [keys[j + n]!] : []));
      const hits = run.filter((k) => later.some((h) => matches(keys[k]!, h))).length;
      if (hits >= Math.max(2, Math.ceil(run.length * 0.6))) found.push(units.slice(i, j).map((_, n) => i + n));
    }
    i = j;
  }
  return found;
};
