import { MAX_PROMISES_PER_PLEDGE } from '../limits';
import { proposeAudience } from './audience';
import { toBlocks } from './blocks';
import { detectFormat, type ImportFormat } from './detect-format';
import {
  type ImportedSection,
  PLEDGE_TITLE_MAX_CHARS,
  type PledgeImportDraft,
  SECTION_SUMMARY_MAX_CHARS,
  SECTION_TITLE_MAX_CHARS,
} from './draft';
import { cleanHeading, isNotPromisesHeading, toUnits, type Unit } from './headings';
import { htmlToLines } from './html-to-lines';
import { numberedParagraphs } from './numbered-paragraphs';
import { groupItems } from './promise-groups';
import { buildSections, type SectionsResult, titleFromSummary } from './sections';
import { findSummaryLists } from './summary-list';
import { sentences } from './text';
import { suggestThemes } from './themes';
import { lengthWarnings, splitToFit, warn } from './warnings';

export interface ImportOptions {
  /** Given when the caller knows it (a .docx goes through mammoth and arrives as HTML); detected otherwise. */
  format?: ImportFormat;
}

/** The title of the only section of a pledge that has no headings. */
export const DEFAULT_SECTION_TITLE = 'Our promises';

/** With no list at all, paragraphs that say what someone will do become the promises. */
const STATEMENT =
  /^(we|you|your|our|i|every|each|all)\b[^.]{0,40}?\b(will|can|shall|should|must|promise|have the right)\b/i;

/** "… and we will review this regularly": a commitment that is not the sentence's first words. */
const LATER_COMMITMENT = /\b(and|so|then|where|when) (we|you) (will|shall|promise)\b/i;
const commits = (sentence: string): boolean =>
  !sentence.endsWith('?') && (STATEMENT.test(sentence) || LATER_COMMITMENT.test(sentence));

/**
 * With no list, each sentence of a paragraph that commits to something is a promise; framing sentences
 * ("A good home is the base for everything else.") are not. A paragraph of several sentences is kept,
 * sentence by sentence and marked, for the preview to show what was taken.
 */
const paragraphsAsItems = (units: Unit[]): { units: Unit[]; promoted: number; left: number } => {
  let promoted = 0;
  let left = 0;
  const out = units.flatMap((u): Unit[] => {
    if (u.kind !== 'prose') return [u];
    const parts = sentences(u.text);
    const marked = parts.map((text) => ({ text, promise: commits(text) }));
    const taken = marked.filter((m) => m.promise);
    if (taken.length === 0) return [u];
    promoted += taken.length;
    const items = taken.map((m): Unit => ({ kind: 'item', text: m.text, depth: 0, family: 'paragraph', line: u.line }));
    if (parts.length === 1) return items;
    left += parts.length - taken.length;
    return [{ kind: 'source', sentences: marked, line: u.line }, ...items];
  });
  return { units: out, promoted, left };
};

/** The document's title: a top-level heading, else a heading naming the pledge, else the first one. */
const chooseTitle = (found: SectionsResult): string | null => {
  const firstSection = found.sections[0]?.line ?? Infinity;
  const candidates = found.otherHeadings.filter(
    (h) => h.line < firstSection && !h.text.endsWith('?') && !isNotPromisesHeading(h.text),
  );
  const best =
    found.otherHeadings.find((h) => h.how === 'document') ??
    candidates.find((h) => h.how === 'markdown' && h.level === 1) ??
    candidates.find((h) => /\b(pledge|promises?|charter|commitments?)\b/i.test(h.text)) ??
    candidates[0];
  if (!best) return null;
  // A browser tab's title carries the site's name: "Our pledge | Kingsmere Council".
  const title = cleanHeading(best.text).replace(/\s+\|\s+.*$/, '');
  return title.length <= PLEDGE_TITLE_MAX_CHARS
    ? title
    : `${title.slice(0, title.lastIndexOf(' ', PLEDGE_TITLE_MAX_CHARS - 2))}…`;
};

/** A summary that fits: whole sentences up to the limit. */
const fitSummary = (text: string): { summary: string; cut: boolean } => {
  if (text.length <= SECTION_SUMMARY_MAX_CHARS) return { summary: text, cut: false };
  let out = '';
  for (const s of sentences(text)) {
    if ((out ? out.length + 1 : 0) + s.length > SECTION_SUMMARY_MAX_CHARS) break;
    out = out ? `${out} ${s}` : s;
  }
  return { summary: out || `${text.slice(0, text.lastIndexOf(' ', SECTION_SUMMARY_MAX_CHARS - 2))}…`, cut: true };
};

/**
 * Reads a pledge document (plain text as copied from a web page, Markdown, or HTML) and proposes its
 * title, sections and promises, with suggested themes and the warnings a person should look at.
 * Pure: no I/O, the same in Node and in the browser.
 */
export const importPledge = (input: string, options: ImportOptions = {}): PledgeImportDraft => {
  const format = options.format ?? detectFormat(input);
  const lines = format === 'html' ? htmlToLines(input) : input.split(/\r\n|\r|\n/);
  let units = toUnits(toBlocks(lines, format !== 'text'));
  const warnings: string[] = [];

  if (!units.some((u) => u.kind === 'item')) {
    const promoted = paragraphsAsItems(units);
    units = promoted.units;
    if (promoted.left > 0) warnings.push(warn.sentencesAsPromises(promoted.promoted, promoted.left));
    else if (promoted.promoted > 0) warnings.push(warn.paragraphsAsPromises(promoted.promoted));
  }
  units = groupItems(numberedParagraphs(units));

  const skipped = new Set<number>();
  for (const list of findSummaryLists(units)) {
    for (const i of list) skipped.add(i);
    const first = units[list[0]!];
    warnings.push(warn.summaryList(first && 'text' in first ? first.text : '', list.length));
  }

  const found = buildSections(units, skipped);
  const sections: ImportedSection[] = [];
  // Each warning goes to the draft's list and, when it concerns one section or promise, beside it too.
  const sectionNotes: string[][] = [];
  found.sections.forEach((s, i) => {
    const notes: string[] = [];
    const note = (w: string) => {
      warnings.push(w);
      notes.push(w);
    };
    let title = s.heading ?? '';
    const summaryParts = [...s.summary];
    if (!title) {
      // A "We promise …" sentence names its area well; an introduction does not.
      const area = summaryParts[0] && /^(we|you)\s+(promise|will)\b/i.test(summaryParts[0]) ? summaryParts[0] : '';
      title = area ? titleFromSummary(area) : found.sections.length === 1 ? DEFAULT_SECTION_TITLE : `Section ${i + 1}`;
      note(warn.noHeading(i + 1, title));
    }
    if (title.length > SECTION_TITLE_MAX_CHARS) {
      note(warn.titleCut(title));
      summaryParts.unshift(title);
      title = `${title.slice(0, title.lastIndexOf(' ', SECTION_TITLE_MAX_CHARS - 2))}…`;
    }
    const promises = s.promises.flatMap((p) => {
      const parts = splitToFit(p.text);
      if (parts.length > 1) note(warn.split(title, parts.length));
      return parts.map((text, n) => ({ text, ...(p.title && n === 0 ? { title: cleanHeading(p.title) } : {}) }));
    });
    const promiseNotes = promises.map((p, n) => lengthWarnings(title, n + 1, p.text));
    warnings.push(...promiseNotes.flat());
    const { summary, cut } = fitSummary(summaryParts.join(' ').trim());
    if (cut) note(warn.summaryCut(title));
    sectionNotes.push(notes);
    sections.push({
      title,
      ...(summary ? { summary } : {}),
      ...(s.sentences ? { sentences: s.sentences } : {}),
      promises: promises.map(({ text, ...titled }, n) => ({
        text,
        ...titled,
        themes: suggestThemes(text, title),
        audience: proposeAudience(text, title),
        ...(promiseNotes[n]!.length > 0 ? { notes: promiseNotes[n] } : {}),
      })),
    });
  });

  for (const left of found.leftovers) {
    if (left.kind === 'after-list') {
      const w = warn.leftoverInSection(sections[left.section]?.title ?? '', left.text);
      warnings.push(w);
      sectionNotes[left.section]?.push(w);
    } else if (left.kind === 'outside') warnings.push(warn.leftoverOutside(left.text));
    else warnings.push(warn.skippedList(left.heading, left.items));
  }
  sections.forEach((s, i) => {
    if (sectionNotes[i]?.length) s.notes = sectionNotes[i];
  });
  const total = sections.reduce((n, s) => n + s.promises.length, 0);
  if (total === 0) warnings.push(warn.nothingFound());
  if (total > MAX_PROMISES_PER_PLEDGE) warnings.push(warn.tooMany(total));

  if (found.setAside.length > 0) warnings.push(warn.setAside(found.setAside.map((p) => p.title)));
  return { title: chooseTitle(found), sections, setAside: found.setAside, warnings };
};
