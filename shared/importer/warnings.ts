import { MAX_PROMISES_PER_PLEDGE, PROMISE_TEXT_MAX_CHARS } from '../limits';
import { quote, sentences, wordCount } from './text';

/**
 * The warnings a person should read before publishing, in plain words, and the length checks behind
 * them. Only what the importer is unsure of: the admin reviews the whole draft anyway.
 */

/** Longer than this, a promise may be two promises run together (the longest in real pledges is ~330). */
export const LONG_PROMISE_CHARS = 350;
/** Fewer words than this rarely make a promise ("Yes", "See below"). */
export const SHORT_PROMISE_WORDS = 4;

export const warn = {
  noHeading: (n: number, title: string) =>
    `Section ${n} has no heading in the document, so it was called ${quote(title)}: check the title.`,
  summaryList: (first: string, items: number) =>
    `The list starting ${quote(first, 50)} (${items} items) repeats the section headings, so it was read as a summary, not as promises.`,
  skippedList: (heading: string, items: number) =>
    `The list under ${quote(heading, 50)} (${items} item${items === 1 ? '' : 's'}) looks like information or contact details, so it was not read as promises.`,
  long: (section: string, n: number, chars: number) =>
    `Promise ${n} in ${quote(section, 50)} is very long (${chars} characters): check whether it holds more than one promise.`,
  short: (section: string, n: number, text: string) =>
    `Promise ${n} in ${quote(section, 50)} is very short (${quote(text, 40)}): check it is a whole promise.`,
  split: (section: string, parts: number) =>
    `A promise in ${quote(section, 50)} was longer than ${PROMISE_TEXT_MAX_CHARS} characters, so it was split into ${parts} at sentence ends: check them.`,
  leftoverInSection: (section: string, text: string) =>
    `Text after the promises of ${quote(section, 50)} was not placed: ${quote(text)}.`,
  leftoverOutside: (text: string) =>
    `This text reads like a promise but is not in a list, so it was not placed: ${quote(text)}.`,
  summaryCut: (section: string) =>
    `The text under ${quote(section, 50)} was too long for a section summary, so only its start was kept.`,
  titleCut: (title: string) =>
    `The heading ${quote(title, 50)} was too long for a title, so it was shortened and kept in full as the summary.`,
  paragraphsAsPromises: (n: number) =>
    `No list was found, so ${n} paragraph${n === 1 ? '' : 's'} that read like promises became promises: check that nothing else was meant.`,
  sentencesAsPromises: (taken: number, left: number) =>
    `No list was found, so ${taken} sentence${taken === 1 ? '' : 's'} saying what someone will do became promises and ${left} that do not were left out: the preview marks each one, check them.`,
  setAside: (titles: string[]) =>
    `${titles.length === 1 ? 'One part' : `${titles.length} parts`} after the promises (${titles.map((t) => quote(t, 50)).join(', ')}) ${titles.length === 1 ? 'tells' : 'tell'} young people how to complain or get in touch, so ${titles.length === 1 ? 'it was' : 'they were'} set aside, not read as promises: bring ${titles.length === 1 ? 'it' : 'one'} back in the preview if it holds promises.`,
  nothingFound: () => 'No promises were found: paste the pledge with its bullet points, or add the promises by hand.',
  tooMany: (n: number) =>
    `The draft has ${n} promises, more than the ${MAX_PROMISES_PER_PLEDGE} a pledge can hold: remove or merge some before publishing.`,
};

/** Length warnings for one promise (n counts from 1 within its section). */
export const lengthWarnings = (section: string, n: number, text: string): string[] => {
  if (text.length > LONG_PROMISE_CHARS) return [warn.long(section, n, text.length)];
  if (wordCount(text) < SHORT_PROMISE_WORDS) return [warn.short(section, n, text)];
  return [];
};

/** Splits a text that will not fit in one promise at sentence ends (at a space if a sentence is itself too long). */
export const splitToFit = (text: string, max = PROMISE_TEXT_MAX_CHARS): string[] => {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = '';
  for (const s of sentences(text).flatMap((x) => (x.length <= max ? [x] : hardWrap(x, max)))) {
    if (current && current.length + 1 + s.length > max) {
      parts.push(current);
      current = s;
    } else current = current ? `${current} ${s}` : s;
  }
  if (current) parts.push(current);
  return parts;
};

const hardWrap = (s: string, max: number): string[] => {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max) > max / 2 ? rest.lastIndexOf(' ', max) : max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
};
