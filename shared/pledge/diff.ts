import { type PledgeContent, promisesOf } from '../schemas/pledge';

export interface VersionDiff {
  added: { promiseId: string; text: string }[];
  retired: { promiseId: string; text: string }[];
  reworded: { promiseId: string; before: string; after: string }[];
  /** Promises that changed section (by section title). */
  moved: { promiseId: string; text: string; from: string; to: string }[];
  unchanged: number;
}

/** What changed from one version to another, promise by promise (matched by id, not by wording). */
export const diffVersions = (before: PledgeContent, after: PledgeContent): VersionDiff => {
  const sectionOf = (p: PledgeContent) =>
    new Map(p.sections.flatMap((s) => s.promises.map((x) => [x.promiseId, s.title] as const)));
  const a = new Map(promisesOf(before).map((p) => [p.promiseId, p]));
  const b = new Map(promisesOf(after).map((p) => [p.promiseId, p]));
  const [sa, sb] = [sectionOf(before), sectionOf(after)];
  const diff: VersionDiff = { added: [], retired: [], reworded: [], moved: [], unchanged: 0 };
  for (const [id, p] of b) {
    const old = a.get(id);
    if (!old) {
      diff.added.push({ promiseId: id, text: p.text });
      continue;
    }
    let same = true;
    if (old.text !== p.text) {
      diff.reworded.push({ promiseId: id, before: old.text, after: p.text });
      same = false;
    }
    if (sa.get(id) !== sb.get(id)) {
      diff.moved.push({ promiseId: id, text: p.text, from: sa.get(id)!, to: sb.get(id)! });
      same = false;
    }
    if (same) diff.unchanged++;
  }
  for (const [id, p] of a) if (!b.has(id)) diff.retired.push({ promiseId: id, text: p.text });
  return diff;
};
