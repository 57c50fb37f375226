import type { Block } from './blocks';
import { type LeadIn, readLeadIn } from './lead-ins';
import { normaliseForCompare, plain, sentences, stripTrailingPunctuation, wordCount } from './text';

/**
 * Headings in every shape pledges give them: Markdown (# …), a paragraph in bold, "Section N: …", or a
 * short plain line standing on its own. Lead-ins ("We will:-") look like headings and are told apart here.
 */

export type HeadingKind = 'numbered' | 'markdown' | 'bold' | 'plain' | 'list';

/** What the section builder reads: headings, prose, lead-ins and list items, in document order. */
export type Unit =
  | { kind: 'heading'; text: string; how: HeadingKind; level: number; line: number }
  | { kind: 'prose'; text: string; line: number }
  | ({ kind: 'leadin'; text: string; line: number } & LeadIn)
  | { kind: 'item'; text: string; depth: number; family: string; line: number };

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
  if (sentences(t).length > 1 || DANGLING_END.test(t) || looksLikeContact(t)) return false;
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

export const isNotPromisesHeading = (title: string): boolean => NOT_PROMISES.some((re) => re.test(plain(title)));

/** One block as a unit: decides heading, lead-in or prose for paragraphs and Markdown headings. */
export const toUnits = (blocks: Block[]): Unit[] =>
  blocks.flatMap((b): Unit | [] => {
    const text = plain(b.text);
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
