/** The words a councillor reads first about a figure: the answers as people, and the status with how sure it is. */
import type { ShownFigures } from './figures';
import type { Status } from './score';

/** A status in words, as every board page and the printed report name it. */
export const STATUS_WORDS: Record<Status, string> = { green: 'Kept', amber: 'Partly kept', red: 'Not kept' };

/** "Not kept", or "Probably not kept" when the 95% interval reaches across a limit. */
export const statusInWords = (f: Pick<ShownFigures, 'status' | 'certain'>): string =>
  f.certain ? STATUS_WORDS[f.status] : `Probably ${STATUS_WORDS[f.status].toLowerCase()}`;

/** "6 of 39 said kept, 28 said not kept, 5 said sometimes": n is everyone who said Yes, Sometimes or No. */
export const answersInWords = (f: Pick<ShownFigures, 'counts' | 'n'>): string =>
  `${f.counts.yes} of ${f.n} said kept, ${f.counts.no} said not kept${f.counts.sometimes > 0 ? `, ${f.counts.sometimes} said sometimes` : ''}`;

/**
 * "Not kept: 7 (2 of them probably) — with an action: 1 — with no action yet: 6", the line the overview and the
 * report's first page lead with. The count is every promise whose badge is red, so it says how many of those
 * badges say "Probably not kept" rather than leave a reader to find a figure that seems not to add up.
 */
export const notKeptInWords = (n: {
  count: number;
  probably: number;
  withAction: readonly unknown[];
  noAction: readonly unknown[];
}) =>
  `Not kept: ${n.count}${n.probably > 0 ? ` (${n.probably} of them probably)` : ''} — with an action: ${n.withAction.length} — with no action yet: ${n.noAction.length}`;

/** "The limits changed since Spring 2026: kept is now 80 or more (was 75), partly kept from 60 (was 50)." */
export const limitsChangedInWords = (
  changed: { since: string; from: { green: number; amber: number } },
  now: { green: number; amber: number },
): string =>
  `The limits changed since ${changed.since}: kept is now ${now.green} or more (was ${changed.from.green}), partly kept from ${now.amber} (was ${changed.from.amber}).`;

/** "163 answers, from about 47 young people": a pooled figure counts answers, and one young person gives several. */
export const pooledInWords = (f: Pick<ShownFigures, 'n' | 'people'>): string =>
  f.people === undefined ? `${f.n} answers` : `${f.n} answers, from about ${f.people} young people`;
