/**
 * From the edited draft to what is published: which earlier promise each promise continues (proposed by
 * the importer's version matching, corrected by the admin) and the request body. Pure.
 */

import type { z } from 'zod';
import { matchVersions } from '../../../../shared/importer';
import { normaliseForCompare } from '../../../../shared/importer/text';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { PublishPledgeSchema } from '../../../../shared/schemas/pledge-draft';
import { type EditDraft, pledgeSections } from './edit-draft';

/** What the page sends: the schema's input (optional fields may be left out). */
export type PublishBody = z.input<typeof PublishPledgeSchema>;

export interface Proposal {
  /** The earlier promise's id this one continues, or null for a new promise. */
  promiseId: string | null;
  /** How alike the texts are (0–1), when proposed by text; null when the id came with the draft. */
  score: number | null;
}

const flat = (d: EditDraft) =>
  pledgeSections(d).flatMap((s, sectionIndex) => s.promises.map((p, index) => ({ ...p, sectionIndex, index })));

/** One proposal per promise, in reading order. */
export const proposeMatches = (draft: EditDraft, latest: PledgeVersion | null): Proposal[] => {
  const next = flat(draft);
  if (!latest) return next.map(() => ({ promiseId: null, score: null }));
  if (draft.source === 'version') return next.map((p) => ({ promiseId: p.promiseId ?? null, score: null }));
  const previous = latest.sections.flatMap((s, sectionIndex) =>
    s.promises.map((p, index) => ({ promiseId: p.promiseId, text: p.text, sectionIndex, index })),
  );
  return matchVersions(previous, next).matches.map((m) => ({ promiseId: m.promiseId, score: m.score }));
};

/** Ids chosen for more than one promise (each earlier promise can be continued only once). */
export const duplicateChoices = (chosen: (string | null)[]): Set<string> => {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of chosen) if (id) (seen.has(id) ? dupes : seen).add(id);
  return dupes;
};

/** Earlier promises that no promise continues: they are retired (their history is kept). */
export const retiredBy = (latest: PledgeVersion | null, chosen: (string | null)[]) => {
  const kept = new Set(chosen);
  return (latest?.sections ?? []).flatMap((s) =>
    s.promises.filter((p) => !kept.has(p.promiseId)).map((p) => ({ ...p, section: s.title })),
  );
};

export const publishBody = (draft: EditDraft, chosen: (string | null)[], latest: PledgeVersion | null): PublishBody => {
  // An imported section whose title matches one of the latest version keeps that section's id.
  const sectionIds = new Map((latest?.sections ?? []).map((s) => [normaliseForCompare(s.title), s.sectionId]));
  let n = 0;
  return {
    title: draft.title.trim(),
    basedOnVersion: draft.basedOnVersion,
    sections: pledgeSections(draft).map((s) => {
      const sectionId = s.sectionId ?? sectionIds.get(normaliseForCompare(s.title));
      return {
        ...(sectionId ? { sectionId } : {}),
        title: s.title.trim(),
        ...(s.summary.trim() ? { summary: s.summary.trim() } : {}),
        promises: s.promises.map((p) => {
          const promiseId = chosen[n++] ?? null;
          return {
            ...(promiseId ? { promiseId } : {}),
            text: p.text.trim(),
            ...(p.easyRead.trim() ? { easyRead: p.easyRead.trim() } : {}),
            themes: p.themes,
            ...(p.audience && p.audience !== 'everyone' ? { audience: p.audience } : {}),
          };
        }),
      };
    }),
  };
};
