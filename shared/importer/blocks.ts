import { type Marker, markerFamily } from './bullets';
import { classifyLine, type Line } from './classify-lines';
import { readLeadIn } from './lead-ins';
import { cleanSpaces, wordCount } from './text';

/** A run of lines the importer treats as one thing: a heading, a paragraph or a list item. */
export type Block =
  | { kind: 'heading'; text: string; level: number; line: number }
  | { kind: 'paragraph'; text: string; bold: boolean; lines: number; line: number; runOn?: true }
  | { kind: 'item'; text: string; depth: number; marker: Marker; line: number }
  | { kind: 'row'; cells: string[]; header: boolean; line: number };

/** Words after which a line cannot end a sentence or a heading: the text must go on on the next line. */
const DANGLING =
  /(\b(a|an|the|and|or|of|to|for|with|in|on|at|by|from|your|our|their|that|which|who|will|can|is|are|be|as|if|when|so|but|not|we|you)|[,\-–—(/&])$/i;
const SENTENCE_END = /[.!?:;…"”’)]$/;

const isWhollyBold = (s: string): boolean => /^(\*\*|__)(?:(?!\1)[\s\S])+\1$/.test(s.trim());
const opensBold = (s: string): boolean => /^(\*\*|__)/.test(s.trim()) && !isWhollyBold(s);
const closesBold = (s: string): boolean => /(\*\*|__)$/.test(s.trim());

/** "We will:", "You can:-": a short lead-in that a list completes. */
const endsWithColonLeadIn = (text: string): boolean =>
  /:\s*[-–—]?\s*$/.test(text) && wordCount(text) <= 8 && readLeadIn(text) !== null;

/** Should this text line, right under `previous` with no blank between, carry on the same paragraph? */
const continuesParagraph = (previous: string, next: Line & { kind: 'text' }, markdown: boolean): boolean => {
  const prev = previous.trim();
  if (isWhollyBold(prev) || isWhollyBold(next.text)) return false;
  if (markdown) return true;
  if (/^[a-z0-9(,;]/.test(next.text)) return true;
  if (endsWithColonLeadIn(next.text)) return false;
  return DANGLING.test(prev);
};

/** Should this text line, right under a list item, be part of that item (a wrapped bullet)? */
const continuesItem = (
  item: string,
  marker: Marker,
  next: Line & { kind: 'text' },
  following: Line | undefined,
): boolean => {
  if (isWhollyBold(next.text)) return false;
  if (next.indent > marker.indent) return true;
  // A line over "We will:" heads the next list (a care leavers' charter), whatever the item before it.
  if (following?.kind === 'text' && following.indent <= marker.indent && endsWithColonLeadIn(following.text))
    return false;
  if (endsWithColonLeadIn(next.text)) return false;
  if (/^[a-z0-9(,;]/.test(next.text)) return true;
  if (DANGLING.test(item.trim())) return true;
  // An unindented capitalised line followed by a list or a gap reads as a new heading or paragraph.
  if (!following || following.kind === 'blank' || following.kind === 'item')
    return !SENTENCE_END.test(item.trim()) && SENTENCE_END.test(next.text);
  return !SENTENCE_END.test(item.trim());
};

/** "We promise to", "We will", "You will", "Help us to": the start of a promise standing alone on its line. */
const STARTER =
  /^(we|you|i|help us|our [a-z]+(?: [a-z]+)?|your [a-z]+(?: [a-z]+)?)(?: [a-z']+){0,3}? (to|will|can|shall|must|that|promise)$/i;

/**
 * A promise whose first words stand on a line of their own ("We promise to") and whose sentence goes on,
 * after a blank line, in a paragraph starting in lower case: one paragraph, marked as a promise.
 */
const joinRunOns = (blocks: Block[]): Block[] => {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (
      b.kind === 'paragraph' &&
      b.lines === 1 &&
      !b.bold &&
      STARTER.test(b.text) &&
      next?.kind === 'paragraph' &&
      /^[a-z]/.test(next.text)
    ) {
      out.push({ ...b, text: `${b.text} ${next.text}`, lines: b.lines + next.lines, runOn: true });
      i++;
    } else out.push(b);
  }
  return out;
};

interface Level {
  indent: number;
  family: string;
  subLevel: boolean;
}

/** Depth of an item within its list, from indentation, or from Word's second-level markers ("o", "▪"). */
const depthOf = (stack: Level[], m: Marker): number => {
  const family = markerFamily(m);
  while (stack.length > 0 && stack[stack.length - 1]!.indent > m.indent + 1) stack.pop();
  const top = stack[stack.length - 1];
  if (!top || m.indent > top.indent + 1) {
    stack.push({ indent: m.indent, family, subLevel: m.subLevel });
    return stack.length - 1;
  }
  if (top.family === family) return stack.length - 1;
  // Same indentation, another marker: back to a level that used it, or one deeper for a sub-level marker.
  const earlier = stack.findIndex((l) => l.family === family);
  if (earlier >= 0) {
    stack.length = earlier + 1;
    return earlier;
  }
  if (m.subLevel && !top.subLevel) {
    stack.push({ indent: m.indent, family, subLevel: true });
    return stack.length - 1;
  }
  return stack.length - 1;
};

/**
 * Groups lines into blocks: paragraphs (wrapped lines joined), list items (with their continuation lines
 * and their depth), Markdown headings (# and underlined). A paragraph in **bold** is marked as such.
 */
export const toBlocks = (rawLines: string[], markdown: boolean): Block[] => {
  const lines = rawLines.map((l) => classifyLine(l, markdown));
  const blocks: Block[] = [];
  let stack: Level[] = [];
  let open: Block | null = null;
  let openMarker: Marker | null = null;
  let blankSinceOpen = false;

  const close = () => {
    if (open && open.kind !== 'row') {
      open.text = cleanSpaces(open.text);
      if (open.text !== '') blocks.push(open);
    }
    open = null;
    openMarker = null;
    blankSinceOpen = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const current = open as Block | null;
    switch (line.kind) {
      case 'blank':
        if (current?.kind === 'item') blankSinceOpen = true;
        else close();
        break;
      case 'row':
        close();
        stack = [];
        blocks.push({ kind: 'row', cells: line.cells, header: false, line: i + 1 });
        break;
      case 'rowrule': {
        close();
        const last = blocks[blocks.length - 1];
        if (last?.kind === 'row') last.header = true;
        break;
      }
      case 'heading':
        close();
        stack = [];
        blocks.push({ kind: 'heading', text: cleanSpaces(line.text), level: line.level, line: i + 1 });
        break;
      case 'underline':
        // "Title\n=====" makes the paragraph above a heading; a lone underline is nothing.
        if (current?.kind === 'paragraph' && current.lines === 1) {
          open = null;
          blocks.push({ kind: 'heading', text: cleanSpaces(current.text), level: line.level, line: current.line });
        } else close();
        break;
      case 'item': {
        close();
        const depth = depthOf(stack, line.marker);
        open = { kind: 'item', text: line.marker.text, depth, marker: line.marker, line: i + 1 };
        openMarker = line.marker;
        break;
      }
      case 'text': {
        if (current?.kind === 'item' && openMarker) {
          const loose = blankSinceOpen && line.indent >= openMarker.indent + 2 && line.indent > 0;
          if (loose || (!blankSinceOpen && continuesItem(current.text, openMarker, line, lines[i + 1]))) {
            current.text += ` ${line.text}`;
            blankSinceOpen = false;
            break;
          }
          close();
          stack = [];
        }
        const para = open as Block | null;
        if (para?.kind === 'paragraph') {
          const boldOpen = opensBold(para.text) && !closesBold(para.text);
          if (boldOpen || continuesParagraph(para.text, line, markdown)) {
            para.text += ` ${line.text}`;
            para.lines++;
            para.bold = isWhollyBold(para.text);
            break;
          }
          close();
        }
        stack = [];
        open = { kind: 'paragraph', text: line.text, bold: isWhollyBold(line.text), lines: 1, line: i + 1 };
        break;
      }
    }
  }
  close();
  return joinRunOns(blocks);
};
