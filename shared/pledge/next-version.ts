import { newId } from '../ids';
import { type PledgeContent, type PledgeVersion, promisesOf } from '../schemas/pledge';
import type { PublishPledge } from '../schemas/pledge-draft';

export type NextVersionResult =
  | { ok: true; content: PledgeContent; retiredPromiseIds: string[]; version: number }
  | { ok: false; reason: 'stale' | 'unknown-ids' | 'duplicate-ids'; message: string };

/**
 * Turns an admin's draft into the next immutable version: promises that name an id continue that
 * promise (its trend goes on), new ones get a fresh id, and ids that disappear are retired (their
 * history is kept). Ids may come from the latest version or from promises retired earlier.
 */
export const nextVersion = (latest: PledgeVersion | null, draft: PublishPledge, makeId = newId): NextVersionResult => {
  const latestVersion = latest?.version ?? null;
  if (draft.basedOnVersion !== latestVersion) {
    return {
      ok: false,
      reason: 'stale',
      message:
        latestVersion === null
          ? 'This council has no published pledge yet: publish it as the first version.'
          : `Version ${latestVersion} was published while you were editing. Reload to see it, then make your changes again.`,
    };
  }
  const current = latest ? promisesOf(latest).map((p) => p.promiseId) : [];
  const known = new Set([...current, ...(latest?.retiredPromiseIds ?? [])]);
  const given = draft.sections.flatMap((s) => s.promises.flatMap((p) => (p.promiseId ? [p.promiseId] : [])));
  const unknown = given.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: 'unknown-ids',
      message: `These promise ids are not from this council's pledge: ${[...new Set(unknown)].join(', ')}`,
    };
  }
  const dupes = given.filter((id, i) => given.indexOf(id) !== i);
  if (dupes.length > 0) {
    return {
      ok: false,
      reason: 'duplicate-ids',
      message: `Two promises continue the same earlier promise (${[...new Set(dupes)].join(', ')}); each can continue only one.`,
    };
  }
  const content: PledgeContent = {
    title: draft.title,
    sections: draft.sections.map((s) => ({
      sectionId: s.sectionId ?? makeId('s'),
      title: s.title,
      ...(s.summary ? { summary: s.summary } : {}),
      promises: s.promises.map((p) => ({
        promiseId: p.promiseId ?? makeId('p'),
        text: p.text,
        ...(p.easyRead ? { easyRead: p.easyRead } : {}),
        themes: [...new Set(p.themes)],
        ...(p.translations ? { translations: p.translations } : {}),
      })),
    })),
  };
  const kept = new Set(given);
  const retired = [...known].filter((id) => !kept.has(id));
  return { ok: true, content, retiredPromiseIds: retired, version: (latestVersion ?? 0) + 1 };
};
