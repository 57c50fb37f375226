import {
  lowerFirstWord,
  normaliseForCompare,
  sentences,
  stripTrailingPunctuation,
  upperFirst,
  wordCount,
} from './text';

/**
 * Lead-ins: the half-sentences that a list finishes. "We will:-", "You can:-", "This means we will:" stand
 * over a list whose items each complete them ("We will:- • Keep you updated" is the promise "We will keep
 * you updated"); "This means that we will." over sub-bullets makes one promise of the bullet and its subs.
 */

export interface LeadIn {
  /** What goes before each item so it reads as a whole sentence, e.g. "We will" (may be empty). */
  prefix: string;
  /** Sentences of the same paragraph before the lead-in (a section's summary, "We promise we will …"). */
  before: string;
}

/** Last words that leave a sentence waiting for the list: a verb's helper, "to", "that". */
const WAITING_WORDS = new Set([
  'will',
  'can',
  'shall',
  'should',
  'must',
  'may',
  'would',
  'could',
  'to',
  'that',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'means',
  'ensure',
  'expect',
  'include',
  'includes',
  'including',
  'are',
  'is',
  'be',
  'sure',
  'also',
  'always',
  'try',
  'by',
  'like',
  'about',
  'with',
  'for',
  'on',
  'have',
  'get',
  'receive',
  'give',
  'offer',
  'provide',
  'make',
  'do',
]);
const MODALS = new Set(['will', 'can', 'shall', 'should', 'must', 'may', 'would', 'could']);
const CONNECTIVES =
  /^(and|so|also|this means|which means|that means|this will mean|in other words|in short)\b(\s+that\b)?,?\s*/i;

/** A list lead-in at the end of `text`, or null. */
export const readLeadIn = (text: string): LeadIn | null => {
  const parts = sentences(text.trim());
  const last = parts[parts.length - 1];
  if (!last) return null;
  const core = stripTrailingPunctuation(last);
  const lastWord = core.split(/\s+/).pop()?.toLowerCase() ?? '';
  const n = wordCount(core);
  const colon = /:\s*[-–—]?\s*$/.test(last) || /(\.\.\.|…)\s*$/.test(last) || /\s[-–—]\s*$/.test(last);
  // "This means that we will." is a lead-in only when short: a long sentence ending "…as you can." is not.
  const shortStop = /\.\s*$/.test(last) && n <= 6 && MODALS.has(lastWord);
  const waits = WAITING_WORDS.has(lastWord) && n <= 14;
  if (!((colon && waits) || shortStop)) return null;
  let prefix = core;
  for (let m = CONNECTIVES.exec(prefix); m && m[0] !== ''; m = CONNECTIVES.exec(prefix))
    prefix = prefix.slice(m[0].length);
  return { prefix: prefix ? upperFirst(prefix) : '', before: parts.slice(0, -1).join(' ') };
};

/** First words showing an item is already a whole sentence: its subject. */
const PRONOUNS = new Set(['we', 'you', 'i', 'they', 'he', 'she', 'it', 'there', 'everyone', 'someone', 'nobody', 'us']);
/** First words that may begin a subject ("Your social worker will …") or an object ("your own suitcase"). */
const DETERMINERS = new Set([
  'your',
  'our',
  'the',
  'a',
  'an',
  'this',
  'these',
  'their',
  'its',
  'my',
  'every',
  'each',
  'all',
  'no',
]);
const VERBS = new Set([...MODALS, 'is', 'are', 'has', 'have', 'was', 'were', 'gets', 'does']);
const CLAUSE_OPENERS = new Set([
  'if',
  'when',
  'where',
  'whenever',
  'wherever',
  'as',
  'before',
  'after',
  'while',
  'during',
  'once',
  'until',
  'unless',
  'although',
  'because',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'whilst',
]);

/** Puts a lead-in's prefix before one item so the promise reads as a sentence of its own. */
export const applyLeadIn = (prefix: string, item: string): string => {
  const text = item.trim();
  if (!prefix) return upperFirst(text);
  if (normaliseForCompare(text).startsWith(normaliseForCompare(prefix))) return upperFirst(text);
  const ws = text.split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z']/g, ''));
  const first = ws[0] ?? '';
  const within = (n: number, set: Set<string>) => ws.slice(1, n + 1).some((w) => set.has(w));
  if (CLAUSE_OPENERS.has(first)) {
    // "as part of preparing you, ensure that …" → "As part of preparing you, we will ensure that …"
    const m = /^([^,]{3,100}),\s+([a-z][\w'-]*)(.*)$/s.exec(text);
    if (m && !PRONOUNS.has(m[2]!.toLowerCase()) && !DETERMINERS.has(m[2]!.toLowerCase()))
      return `${upperFirst(m[1]!)}, ${lowerFirstWord(prefix)} ${m[2]}${m[3]}`;
    return upperFirst(text);
  }
  if (PRONOUNS.has(first)) return upperFirst(text);
  // "Your social worker will visit you", "Social workers will call back": a subject with its own verb.
  // ("Make sure you are involved" is not: only a helper verb like "will" counts after a capital.)
  if ((DETERMINERS.has(first) && within(6, VERBS)) || (/^[A-Z]/.test(text) && within(3, MODALS)))
    return upperFirst(text);
  // "You can:-" over "Be able to take part" reads "You can take part", not "You can be able to take part".
  const rest = /\b(can|will)$/i.test(prefix) ? text.replace(/^be able to\s+/i, '') : text;
  return `${prefix} ${lowerFirstWord(rest)}`;
};

const listOf = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * One promise from a bullet and its sub-bullets. Under a lead-in ("This means that we will." / "…to:") the
 * subs finish its sentence: "…we will ask you what you want, listen to what you say and act on it". Subs
 * that are whole sentences follow as sentences; anything else is listed after a colon.
 */
export const joinSubItems = (parent: string, subs: string[]): string => {
  if (subs.length === 0) return parent;
  const head = parent.trim();
  const sentenceSubs = subs.every((s) => /^[A-Z]/.test(s) && /[.!?]$/.test(s.trim()));
  const waits =
    readLeadIn(head) !== null ||
    /[:\-–—]$/.test(head) ||
    /\b(to|that|will|can|about|with|for|like|including)$/i.test(head);
  if (sentenceSubs && !waits)
    return `${/[.!?:]$/.test(head) ? head : `${head}.`} ${subs.map((s) => s.trim()).join(' ')}`;
  const parts = subs.map((s) =>
    lowerFirstWord(
      s
        .trim()
        .replace(/[\s.;,]+$/, '')
        .replace(/[;,]?\s+(and|or)$/i, ''),
    ),
  );
  return waits
    ? `${stripTrailingPunctuation(head)} ${listOf(parts)}`
    : `${stripTrailingPunctuation(head)}: ${listOf(parts)}`;
};
