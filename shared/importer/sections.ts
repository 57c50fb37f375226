import {
  cleanHeading,
  isNotPromisesHeading,
  looksLikeContact,
  splitHeading,
  tellsHowToComplain,
  type Unit,
} from './headings';
import { applyLeadIn, type LeadIn } from './lead-ins';
import { sentences, stripTrailingPunctuation, upperFirst, wordCount } from './text';

/**
 * Walks the units in order and builds sections. A section starts at a heading that has promises under it
 * (prose between the heading and the list is its summary); a heading followed only by prose opens a block
 * that is not promises (introduction, contact details, In Care Council). A new "We promise … This means we
 * will:" paragraph after a list starts a section of its own even without a heading.
 */

export interface FoundPromise {
  text: string;
  line: number;
  /** The promise's own short heading, when the document gives one. */
  title?: string;
}

export interface FoundSection {
  /** Null when the document gives the section no heading. */
  heading: string | null;
  summary: string[];
  promises: FoundPromise[];
  line: number;
  /** The sentences of the paragraphs its promises were taken from, each marked taken or not. */
  sentences?: { text: string; promise: boolean }[];
  /** How to complain or get in touch, after the promises: its items are kept aside, not promises. */
  setAside?: true;
}

export type Leftover =
  | { kind: 'after-list'; section: number; text: string }
  | { kind: 'outside'; text: string }
  | { kind: 'skipped-list'; heading: string; items: number };

export interface SectionsResult {
  sections: FoundSection[];
  /** Parts after the last promises that tell young people how to complain or get in touch. */
  setAside: { title: string; items: string[] }[];
  leftovers: Leftover[];
  /** Headings that opened no section, in order: the document title is among them. */
  otherHeadings: (Unit & { kind: 'heading' })[];
}

/** Whether a line of prose says what the council will do, so that leaving it out deserves a warning. */
const promiseLike = (text: string): boolean => /\bwe (will|shall|promise)\b/i.test(text) && wordCount(text) >= 6;
const readsLikePromise = (text: string): boolean => /\b(we|you|your|our|us|i)\b/i.test(text);

/**
 * When a run of headings stands over one list, which is the section's title? A long last heading that
 * reads like a sentence describes the one before it ("Your IRO" / "Independent Reviewing Officers check
 * that …"); otherwise the last one is the title and those before it are group or document headings.
 */
const titleOfRun = (heads: (Unit & { kind: 'heading' })[]): { title: string; summary: string[]; used: number } => {
  const last = heads[heads.length - 1]!;
  const before = heads[heads.length - 2];
  const describes =
    before &&
    last.how !== 'numbered' &&
    (wordCount(last.text) >= 8 || /\.$/.test(last.text)) &&
    wordCount(before.text) < wordCount(last.text);
  const chosen = describes ? before : last;
  const { title, rest } = splitHeading(chosen.text);
  const summary = [rest, describes ? cleanHeading(last.text) : ''].filter(Boolean);
  return { title, summary, used: heads.indexOf(chosen) };
};

/** "We promise we will involve you and ask for your views." → "We will involve you and ask for your views" */
export const titleFromSummary = (summary: string): string => {
  const first = sentences(summary)[0] ?? summary;
  const t = stripTrailingPunctuation(first.replace(/^we promise( that)?\s+/i, ''));
  const short = t.length <= 90 ? t : `${t.slice(0, t.lastIndexOf(' ', 87))}…`;
  return upperFirst(short);
};

export const buildSections = (units: Unit[], skipped: Set<number>): SectionsResult => {
  const sections: FoundSection[] = [];
  const leftovers: Leftover[] = [];
  const otherHeadings: (Unit & { kind: 'heading' })[] = [];
  let heads: (Unit & { kind: 'heading' })[] = [];
  let prose: string[] = [];
  let lead: LeadIn | null = null;
  /** A new "We promise …" paragraph with a lead-in after a list: the next item opens a section. */
  let newArea = false;
  let current: FoundSection | null = null;
  /** True while the items of the current section may go on (no heading since). */
  let inList = false;
  let skippingList: { heading: string; items: number } | null = null;
  /** Prose came after the gathered headings: they head a block of prose, unless a list follows directly. */
  let headsHadProse = false;
  /** Sentences of a paragraph whose promises come next: they go to the section those promises open or join. */
  let pendingSentences: { text: string; promise: boolean }[] = [];

  const dropProse = (within: number | null) => {
    if (within !== null && sections[within]?.setAside) {
      prose = [];
      return;
    }
    for (const text of prose) {
      if (looksLikeContact(text) && wordCount(text) <= 25) continue;
      if (within !== null) leftovers.push({ kind: 'after-list', section: within, text });
      else if (promiseLike(text)) leftovers.push({ kind: 'outside', text });
    }
    prose = [];
  };
  const endSkipping = () => {
    if (skippingList) leftovers.push({ kind: 'skipped-list', ...skippingList });
    skippingList = null;
  };

  const open = (heading: string | null, summary: string[], line: number, setAside = false) => {
    current = { heading, summary: summary.filter(Boolean), promises: [], line, ...(setAside ? { setAside } : {}) };
    sections.push(current);
    inList = true;
  };
  /** Promises came before: a part telling how to complain can only end the pledge after some. */
  const afterPromises = () => sections.some((s) => !s.setAside && s.promises.length > 0);

  units.forEach((u, index) => {
    if (skipped.has(index)) {
      // A heading-summary list: what came before it (a title, an opening sentence) was its own block.
      otherHeadings.push(...heads);
      heads = [];
      dropProse(null);
      lead = null;
      return;
    }
    switch (u.kind) {
      case 'heading':
        if (u.how === 'document') {
          otherHeadings.push(u);
          return;
        }
        endSkipping();
        dropProse(inList && current ? sections.indexOf(current) : null);
        inList = false;
        current = null;
        lead = null;
        newArea = false;
        // Headings followed by prose and then another heading opened a block of prose, not a section.
        if (heads.length > 0 && headsHadProse) {
          otherHeadings.push(...heads);
          heads = [];
        }
        headsHadProse = false;
        heads.push(u);
        return;
      case 'source':
        pendingSentences.push(...u.sentences);
        return;
      case 'prose':
        if (heads.length > 0) headsHadProse = true;
        prose.push(u.text);
        lead = null;
        return;
      case 'leadin':
        if (u.before) {
          if (heads.length > 0) headsHadProse = true;
          prose.push(u.before);
          if (inList && current && current.promises.length > 0) newArea = true;
        }
        lead = u;
        return;
      case 'item': {
        const leadText = lead ? [lead.before, lead.prefix].filter(Boolean).join(' ') : '';
        const said = heads.length > 0 ? titleOfRun(heads).title : (prose[prose.length - 1] ?? leadText);
        if ((heads.length > 0 || !current?.setAside) && afterPromises() && said && tellsHowToComplain(said)) {
          otherHeadings.push(...heads.slice(0, heads.length > 0 ? titleOfRun(heads).used : 0));
          heads = [];
          headsHadProse = false;
          prose = [];
          lead = null;
          open(stripTrailingPunctuation(said), [], u.line, true);
        }
        const aside = current as FoundSection | null;
        if (aside?.setAside) {
          aside.promises.push({ text: u.text, line: u.line });
          return;
        }
        if (looksLikeContact(u.text) && wordCount(u.text) <= 12 && !readsLikePromise(u.text)) {
          if (inList && current)
            leftovers.push({ kind: 'after-list', section: sections.indexOf(current), text: u.text });
          return;
        }
        if (skippingList) {
          skippingList.items++;
          return;
        }
        if (heads.length > 0) {
          const { title, summary, used } = titleOfRun(heads);
          otherHeadings.push(...heads.slice(0, used));
          heads = [];
          headsHadProse = false;
          if (isNotPromisesHeading(title) && !readsLikePromise(u.text) && !lead) {
            skippingList = { heading: title, items: 1 };
            prose = [];
            return;
          }
          open(title, [...summary, ...prose], u.line);
          prose = [];
        } else if (!current || newArea) {
          const summary = prose.length > 0 ? prose[prose.length - 1]! : '';
          prose = prose.slice(0, -1);
          dropProse(null);
          open(null, [summary], u.line);
          newArea = false;
        } else if (prose.length > 0) {
          dropProse(sections.indexOf(current));
        }
        const section = current as FoundSection | null;
        section?.promises.push({
          text: applyLeadIn(lead?.prefix ?? '', u.text),
          line: u.line,
          ...(u.title ? { title: u.title } : {}),
        });
        if (section && pendingSentences.length > 0) {
          section.sentences = [...(section.sentences ?? []), ...pendingSentences];
          pendingSentences = [];
        }
        return;
      }
    }
  });
  endSkipping();
  dropProse(inList && current ? sections.indexOf(current) : null);
  otherHeadings.push(...heads);
  // Only the parts after the last promises end the pledge; one with promises after it is read as before.
  let last = -1;
  sections.forEach((s, i) => {
    if (!s.setAside && s.promises.length > 0) last = i;
  });
  const kept: FoundSection[] = [];
  const setAside: SectionsResult['setAside'] = [];
  sections.forEach((s, i) => {
    if (s.setAside && i > last) setAside.push({ title: s.heading ?? '', items: s.promises.map((p) => p.text) });
    else {
      delete s.setAside;
      kept.push(s);
    }
  });
  // Leftovers point at sections by index: renumber them for the sections kept.
  const renumbered = leftovers.flatMap((l): Leftover[] => {
    if (l.kind !== 'after-list') return [l];
    const at = kept.indexOf(sections[l.section]!);
    return at < 0 ? [] : [{ ...l, section: at }];
  });
  return { sections: kept, setAside, leftovers: renumbered, otherHeadings };
};
