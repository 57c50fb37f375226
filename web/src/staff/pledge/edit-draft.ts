/**
 * The pledge the admin is editing, before it is published, and the edits the preview offers. Pure
 * functions over plain data (each returns a new draft), so the page stays thin and the rules are testable.
 */
import type { PledgeImportDraft } from '../../../../shared/importer';
import { readingAge } from '../../../../shared/importer/reading-age';
import { sentences } from '../../../../shared/importer/text';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { Audience } from '../../../../shared/survey/audience';
import type { ThemeId } from '../../../../shared/themes';

export interface EditPromise {
  /** Only for the page (list keys, focus); never sent. */
  key: string;
  /** Set when the draft started from a published version: the promise this one continues. */
  promiseId?: string;
  text: string;
  easyRead: string;
  themes: ThemeId[];
  /** Who it is about (shared/survey/audience.ts); left out, everyone. */
  audience?: Audience;
  notes: string[];
  /** The short heading the document gave this promise ("Fairness"), shown to the admin. */
  title?: string;
}

export interface EditSection {
  key: string;
  sectionId?: string;
  title: string;
  summary: string;
  promises: EditPromise[];
  notes: string[];
  /** A part after the promises (how to complain): shown greyed, never published, until brought back in. */
  setAside?: boolean;
  /** The document's sentences its promises were taken from, marked taken or not. */
  sentences?: { text: string; promise: boolean }[];
}

export interface EditDraft {
  title: string;
  sections: EditSection[];
  /** Warnings about the whole document, not about one section or promise. */
  notes: string[];
  /** Where it came from: an imported document (ids to be matched) or a published version (ids kept). */
  source: 'import' | 'version';
  /** The version published when the admin started; publishing refuses if another came since. */
  basedOnVersion: number | null;
}

let counter = 0;
const key = () => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

export const blankPromise = (text = ''): EditPromise => ({ key: key(), text, easyRead: '', themes: [], notes: [] });
export const blankSection = (title = ''): EditSection => ({
  key: key(),
  title,
  summary: '',
  promises: [blankPromise()],
  notes: [],
});

export const fromImport = (draft: PledgeImportDraft, basedOnVersion: number | null): EditDraft => {
  const noted = new Set(
    draft.sections.flatMap((s) => [...(s.notes ?? []), ...s.promises.flatMap((p) => p.notes ?? [])]),
  );
  return {
    title: draft.title ?? '',
    sections: [
      ...draft.sections.map((s) => ({
        key: key(),
        title: s.title,
        summary: s.summary ?? '',
        notes: s.notes ?? [],
        ...(s.sentences ? { sentences: s.sentences } : {}),
        promises: s.promises.map((p) => ({
          key: key(),
          text: p.text,
          easyRead: '',
          themes: p.themes,
          ...(p.audience && p.audience !== 'everyone' ? { audience: p.audience } : {}),
          notes: p.notes ?? [],
          ...(p.title ? { title: p.title } : {}),
        })),
      })),
      ...draft.setAside.map((part) => ({
        key: key(),
        title: part.title,
        summary: '',
        notes: [],
        setAside: true,
        promises: part.items.map((text) => ({ key: key(), text, easyRead: '', themes: [], notes: [] })),
      })),
    ],
    notes: draft.warnings.filter((w) => !noted.has(w)),
    source: 'import',
    basedOnVersion,
  };
};

export const fromVersion = (v: PledgeVersion): EditDraft => ({
  title: v.title,
  sections: v.sections.map((s) => ({
    key: key(),
    sectionId: s.sectionId,
    title: s.title,
    summary: s.summary ?? '',
    notes: [],
    promises: s.promises.map((p) => ({
      key: key(),
      promiseId: p.promiseId,
      text: p.text,
      easyRead: p.easyRead ?? '',
      themes: [...p.themes],
      ...(p.audience && p.audience !== 'everyone' ? { audience: p.audience } : {}),
      notes: [],
    })),
  })),
  notes: [],
  source: 'version',
  basedOnVersion: v.version,
});

/** Where a promise is: section index and index within it. */
export interface At {
  s: number;
  p: number;
}

const withSections = (d: EditDraft, sections: EditSection[]): EditDraft => ({ ...d, sections });
const replaceSection = (d: EditDraft, s: number, f: (x: EditSection) => EditSection): EditDraft =>
  withSections(
    d,
    d.sections.map((x, i) => (i === s ? f(x) : x)),
  );

export const updatePromise = (d: EditDraft, at: At, patch: Partial<Omit<EditPromise, 'key'>>): EditDraft =>
  replaceSection(d, at.s, (x) => ({ ...x, promises: x.promises.map((p, i) => (i === at.p ? { ...p, ...patch } : p)) }));

export const updateSection = (
  d: EditDraft,
  s: number,
  patch: Partial<Pick<EditSection, 'title' | 'summary'>>,
): EditDraft => replaceSection(d, s, (x) => ({ ...x, ...patch }));

export const deletePromise = (d: EditDraft, at: At): EditDraft =>
  replaceSection(d, at.s, (x) => ({ ...x, promises: x.promises.filter((_, i) => i !== at.p) }));

/** A new empty promise after `at` (or at the start of section `at.s` when `at.p` is -1). */
export const addPromise = (d: EditDraft, at: At): EditDraft =>
  replaceSection(d, at.s, (x) => ({
    ...x,
    promises: [...x.promises.slice(0, at.p + 1), blankPromise(), ...x.promises.slice(at.p + 1)],
  }));

/**
 * Moves a promise one place up or down; past the start or end of its section it goes to the end of the
 * section before or the start of the section after. Returns where it now is.
 */
export const movePromise = (d: EditDraft, at: At, by: -1 | 1): { draft: EditDraft; at: At } => {
  const section = d.sections[at.s];
  const promise = section?.promises[at.p];
  if (!section || !promise) return { draft: d, at };
  const target = at.p + by;
  if (target >= 0 && target < section.promises.length) {
    const promises = [...section.promises];
    promises.splice(at.p, 1);
    promises.splice(target, 0, promise);
    return { draft: replaceSection(d, at.s, (x) => ({ ...x, promises })), at: { s: at.s, p: target } };
  }
  const s = at.s + by;
  const next = d.sections[s];
  if (!next) return { draft: d, at };
  const removed = deletePromise(d, at);
  const promises = by < 0 ? [...next.promises, promise] : [promise, ...next.promises];
  return {
    draft: replaceSection(removed, s, (x) => ({ ...x, promises })),
    at: { s, p: by < 0 ? promises.length - 1 : 0 },
  };
};

/**
 * Splits a promise in two at `offset` in its text; with no usable offset, after its first sentence.
 * The second part is a new promise (the first keeps the id, themes and easy-read text).
 */
export const splitPromise = (d: EditDraft, at: At, offset?: number): EditDraft => {
  const p = d.sections[at.s]?.promises[at.p];
  if (!p) return d;
  let cut = offset !== undefined && offset > 0 && offset < p.text.length ? offset : -1;
  if (cut < 0) {
    const first = sentences(p.text)[0] ?? '';
    cut = first.length < p.text.trim().length ? p.text.indexOf(first) + first.length : -1;
  }
  if (cut < 0) return d;
  const [a, b] = [p.text.slice(0, cut).trim(), p.text.slice(cut).trim()];
  if (!a || !b) return d;
  const second = { ...blankPromise(b), themes: [...p.themes] };
  return replaceSection(d, at.s, (x) => ({
    ...x,
    promises: x.promises.flatMap((q, i) => (i === at.p ? [{ ...q, text: a, notes: [] }, second] : [q])),
  }));
};

/** Joins a promise with the next one in its section (the first one's id is kept). */
export const mergeWithNext = (d: EditDraft, at: At): EditDraft => {
  const section = d.sections[at.s];
  const [p, q] = [section?.promises[at.p], section?.promises[at.p + 1]];
  if (!section || !p || !q) return d;
  const merged: EditPromise = {
    ...p,
    text: `${p.text.trim()} ${q.text.trim()}`.trim(),
    easyRead: [p.easyRead, q.easyRead].filter(Boolean).join(' '),
    themes: [...new Set([...p.themes, ...q.themes])],
    notes: [],
  };
  return replaceSection(d, at.s, (x) => ({
    ...x,
    promises: x.promises.flatMap((r, i) => (i === at.p ? [merged] : i === at.p + 1 ? [] : [r])),
  }));
};

export const addSection = (d: EditDraft, after: number): EditDraft =>
  withSections(d, [...d.sections.slice(0, after + 1), blankSection(), ...d.sections.slice(after + 1)]);

export const deleteSection = (d: EditDraft, s: number): EditDraft =>
  withSections(
    d,
    d.sections.filter((_, i) => i !== s),
  );

export const moveSection = (d: EditDraft, s: number, by: -1 | 1): EditDraft => {
  const t = s + by;
  if (t < 0 || t >= d.sections.length) return d;
  const sections = [...d.sections];
  const [x] = sections.splice(s, 1);
  sections.splice(t, 0, x!);
  return withSections(d, sections);
};

/** Joins a section with the next one: its promises follow, under the first section's title. */
export const mergeSectionWithNext = (d: EditDraft, s: number): EditDraft => {
  const [a, b] = [d.sections[s], d.sections[s + 1]];
  if (!a || !b) return d;
  const merged = {
    ...a,
    promises: [...a.promises, ...b.promises],
    summary: [a.summary, b.summary].filter(Boolean).join(' '),
    notes: [],
  };
  return withSections(
    d,
    d.sections.flatMap((x, i) => (i === s ? [merged] : i === s + 1 ? [] : [x])),
  );
};

/** Brings a set-aside part into the pledge as a section of promises (or sets a section aside). */
export const setSectionAside = (d: EditDraft, s: number, aside: boolean): EditDraft =>
  replaceSection(d, s, (x) => ({ ...x, setAside: aside }));

/** The sections that will be published: those not set aside. */
export const pledgeSections = (d: EditDraft): EditSection[] => d.sections.filter((s) => !s.setAside);

export const countPromises = (d: EditDraft): number => pledgeSections(d).reduce((n, s) => n + s.promises.length, 0);

/** Promises that read above the easy-read grade and have no easy-read text: publishing warns about them. */
export const hardWithoutEasyRead = (d: EditDraft): { section: string; n: number; text: string; grade: number }[] =>
  pledgeSections(d).flatMap((s) =>
    s.promises.flatMap((p, i) => {
      const r = readingAge(p.text);
      return r?.hard && !p.easyRead.trim() ? [{ section: s.title, n: i + 1, text: p.text, grade: r.grade }] : [];
    }),
  );

/** What stops publishing, in words the admin can act on (the server checks the same again). */
export const problems = (d: EditDraft): string[] => {
  const out: string[] = [];
  if (!d.title.trim()) out.push('The pledge needs a title.');
  if (pledgeSections(d).length === 0) out.push('Add at least one section.');
  d.sections.forEach((s, i) => {
    if (s.setAside) return;
    const name = s.title.trim() ? `“${s.title.trim()}”` : `Section ${i + 1}`;
    if (!s.title.trim()) out.push(`Section ${i + 1} needs a title.`);
    if (s.promises.length === 0) out.push(`${name} has no promises: add one or delete the section.`);
    for (const [j, p] of s.promises.entries()) {
      if (!p.text.trim()) out.push(`Promise ${j + 1} in ${name} has no text: write it or delete it.`);
    }
  });
  return out;
};
