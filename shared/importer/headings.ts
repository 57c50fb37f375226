import type { Block } from './blocks';
import { type LeadIn, readLeadIn } from './lead-ins';
import { normaliseForCompare, plain, sentences, stripTrailingPunctuation, wordCount } from './text';

/**
 * Headings in every shape pledges give them: Markdown (# …), a paragraph in bold, "Section N: …", or a
 * short plain line standing on its own. Lead-ins ("We will:-") look like headings and are told apart here.
 */

export type HeadingKind = 'numbered' | 'markdown' | 'bold' | 'plain' | 'list' | 'document';

/** What the section builder reads: headings, prose, lead-ins and list items, in document order. */
export type Unit =
  | { kind: 'heading'; text: string; how: HeadingKind; level: number; line: number }
  | { kind: 'prose'; text: string; line: number }
  | ({ kind: 'leadin'; text: string; line: number } & LeadIn)
  | { kind: 'item'; text: string; depth: number; family: string; line: number; title?: string }
  /** A paragraph read sentence by sentence: what the preview shows, with the promises taken from it marked. */
  | { kind: 'source'; sentences: { text: string; promise: boolean }[]; line: number };

const NUMBERED =
  /^(section|part|chapter|area|promise)\s+(\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.)\-–—]\s*(\S.*)$/i;
const LEADING_NUMBER = /^(\d{1,2}|[a-z])[.)]\s+(?=\S)/i;
const CONTACT =
  /(\b\d{4,5}\s?\d{3}\s?\d{3,4}\b|\b0800\s?\d{3}\s?\d{3,4}\b|@[\w-]+\.|https?:\/\/|www\.|\b[\w-]+\.(gov\.uk|org\.uk|co\.uk|com|org|net|me|uk)\b)/i;
const DANGLING_END = /\b(a|an|the|and|or|of|to|for|with|from|your|our|that)$/i;

/** Contact details: a phone number, an e-mail address or a web address. */
export const looksLikeContact = (text: string): boolean => CONTACT.test(text);

/** "Section 3: Listening to you" → "Listening to you"; "2. Where you live:-" → "Where you live". */
export const cleanHeading = (text: string): string => {
  const t = plain(text);
  const numbered = NUMBERED.exec(t);
  const body = numbered ? numbered[3]! : t.replace(LEADING_NUMBER, '');
  return stripTrailingPunctuation(body) || t;
};

/** A plain line that reads as a heading: short, one phrase, capitalised, not ending like a sentence. */
export const isHeadingLike = (text: string): boolean => {
  const t = plain(text);
  if (t.length > 120 || wordCount(t) > 14 || wordCount(t) === 0) return false;
  if (!/^[A-Z0-9"'‘“(]/.test(t)) return false;
  if (/[.,;:]$/.test(t) && !/(\.\.\.|…)$/.test(t)) return false;
  if (sentences(t).length > 1 || looksLikeContact(t)) return false;
  // "Being listened to", "Being cared for" end on a preposition and are whole; "We will help you to" is not.
  if (DANGLING_END.test(t) && !/\b[a-z]+(ed|en) (to|for|with|of)$/i.test(t)) return false;
  return true;
};

/**
 * Blocks of a part of a pledge that is not promises, even when it has a list: the In Care Council, the
 * Local Offer, "are we keeping our promises?", contact details, introductions.
 */
const NOT_PROMISES = [
  /\bin care council/i,
  /\bchildren in care council\b/i,
  /\bcare experienced council\b/i,
  /\blocal offer\b/i,
  /\bkeeping (to )?(our|these|the|my) (promises|pledge)\b/i,
  /^(contact|contacts|contact us|contact details|useful (contacts|links|numbers)|get in touch|how to contact us|further (information|help)|more information|find out more)\b/i,
  /^(what is (the|a|this) (pledge|promise))\b/i,
  /^(about (this|the|our) (pledge|promise)|introduction|foreword|glossary|who we are)$/i,
];

/**
 * How to tell the council it broke a promise: "Let us know if…", "How to complain", "What to do if…",
 * "If you are unhappy…", "You can contact…". After the promises, such a part ends the pledge.
 */
const TELLS_HOW_TO_COMPLAIN = [
  /^(please )?(let us know|tell us|talk to us)\b.*\b(if|when|how)\b/i,
  /\bhow to (complain|make a complaint|tell us|contact us|get in touch|get help)\b/i,
  /^what (to do|can you do|you can do|happens) if\b/i,
  /^if (you are|you're|you feel) (unhappy|not happy|worried|upset)\b/i,
  /^if (we|you think we) (have not|haven't|do not|don't|did not|didn't) (kept|keep)\b/i,
  /^(you can )?(contact|call|ring|phone|e-?mail|write to)\b.*:$/i,
  /^you can (contact|call|ring|phone|e-?mail|write to)\b/i,
  /^(making a |how to make a )?complaints?\b/i,
  /^(not happy|unhappy|worried)\b.*\?$/i,
];

export const tellsHowToComplain = (text: string): boolean => {
  const t = plain(text);
  return t.length <= 200 && TELLS_HOW_TO_COMPLAIN.some((re) => re.test(t));
};

export const isNotPromisesHeading = (title: string): boolean => NOT_PROMISES.some((re) => re.test(plain(title)));

/** Words that name the whole document: its first line saying them is its title, never a section's. */
const NAMES_PLEDGE = /\b(pledge|promises? to|charter|commitments? to)\b/i;
const TITLE_MAX_WORDS = 20;

/** The document's first line, when it names the pledge: "What we want from you: a pledge written by…". */
const isDocumentTitle = (b: Block, text: string): boolean =>
  (b.kind === 'heading' || (b.kind === 'paragraph' && b.lines === 1)) &&
  NAMES_PLEDGE.test(text) &&
  wordCount(text) <= TITLE_MAX_WORDS &&
  /^[A-Z0-9"'‘“(]/.test(text) &&
  !/[.;,]$/.test(text) &&
  !looksLikeContact(text) &&
  readLeadIn(text) === null;

/** Short labels beside a promise in a table ("Your birthday") are its title. */
const LABEL_MAX_WORDS = 6;

/**
 * A table's row: its longest cell is the promise, and short cells beside it its title ("Moving home" |
 * "We will give you a suitcase of your own"). A row with nothing that reads as a sentence is prose.
 */
const rowAsUnit = (cells: string[], line: number): Unit | [] => {
  const texts = cells.map(plain).filter(Boolean);
  if (texts.length === 0) return [];
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
  const labels = texts.filter((t) => t !== longest);
  if (wordCount(longest) < 4) return { kind: 'prose', text: texts.join(' '), line };
  const title = labels.every((l) => wordCount(l) <= LABEL_MAX_WORDS) ? labels.join(', ') : '';
  const text = title ? longest : texts.join(' ');
  return { kind: 'item', text, depth: 0, family: 'table', line, ...(title ? { title } : {}) };
};

/** One block as a unit: decides heading, lead-in or prose for paragraphs and Markdown headings. */
export const toUnits = (blocks: Block[]): Unit[] =>
  blocks.flatMap((b, index): Unit | [] => {
    if (b.kind === 'row') return b.header ? [] : rowAsUnit(b.cells, b.line);
    const text = plain(b.text);
    if (index === 0 && isDocumentTitle(b, text))
      return { kind: 'heading', text, how: 'document', level: 0, line: b.line };
    // Markup with no words ("1. <br>", "# **") leaves nothing to import.
    if (text === '') return [];
    if (b.kind === 'item')
      return {
        kind: 'item',
        text,
        depth: b.depth,
        family: b.marker.kind === 'symbol' ? b.marker.marker : b.marker.kind,
        line: b.line,
      };
    if (b.kind === 'paragraph' && b.runOn) return { kind: 'item', text, depth: 0, family: 'run-on', line: b.line };
    const lead = readLeadIn(text);
    if (b.kind === 'heading') {
      if (lead && !lead.before) return { kind: 'leadin', text, line: b.line, ...lead };
      return {
        kind: 'heading',
        text,
        how: NUMBERED.test(text) ? 'numbered' : 'markdown',
        level: b.level,
        line: b.line,
      };
    }
    if (NUMBERED.test(text) && wordCount(text) <= 25)
      return { kind: 'heading', text, how: 'numbered', level: 2, line: b.line };
    if (lead) return { kind: 'leadin', text, line: b.line, ...lead };
    if (b.bold && wordCount(text) <= 30 && !/[.,;]$/.test(text) && !looksLikeContact(text))
      return { kind: 'heading', text, how: 'bold', level: 7, line: b.line };
    if (b.lines === 1 && isHeadingLike(text)) return { kind: 'heading', text, how: 'plain', level: 8, line: b.line };
    return { kind: 'prose', text, line: b.line };
  });

/** The first sentence of a heading is its title; more sentences ("Where it is safe to do so") are a note. */
export const splitHeading = (text: string): { title: string; rest: string } => {
  const t = cleanHeading(text);
  const parts = sentences(t);
  if (parts.length <= 1) return { title: t, rest: '' };
  return { title: stripTrailingPunctuation(parts[0]!), rest: parts.slice(1).join(' ') };
};

/** Headings compare equal ignoring case, punctuation and "Section N:". */
export const headingKey = (text: string): string => normaliseForCompare(cleanHeading(text));
