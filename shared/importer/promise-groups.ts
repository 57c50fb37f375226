import { isHeadingLike, type Unit } from './headings';
import { joinSubItems, readLeadIn } from './lead-ins';
import { wordCount } from './text';

/**
 * Nested lists become one unit per top-level item: sub-bullets complete their parent ("This means that we
 * will." + "ask you…", "listen…", "act…" is one promise). A short heading-like item with several
 * sub-items ("1. Where you live" over its bullets) is a heading instead, and its sub-items the promises.
 */

interface Node {
  text: string;
  depth: number;
  family: string;
  line: number;
  title?: string;
  children: Node[];
}

const flatten = (n: Node): string => joinSubItems(n.text, n.children.map(flatten));

const looksLikeListHeading = (n: Node): boolean =>
  n.children.length >= 2 && isHeadingLike(n.text) && readLeadIn(n.text) === null && wordCount(n.text) <= 10;

export const groupItems = (units: Unit[]): Unit[] => {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    if (u.kind !== 'item') {
      out.push(u);
      i++;
      continue;
    }
    // Build the tree of one list run; a run ends at anything that is not an item.
    const roots: Node[] = [];
    const stack: Node[] = [];
    for (; i < units.length; i++) {
      const v = units[i]!;
      if (v.kind !== 'item') break;
      const node: Node = {
        text: v.text,
        depth: v.depth,
        family: v.family,
        line: v.line,
        ...(v.title ? { title: v.title } : {}),
        children: [],
      };
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= v.depth) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else roots.push(node);
      stack.push(node);
    }
    for (const root of roots) {
      if (looksLikeListHeading(root)) {
        out.push({ kind: 'heading', text: root.text, how: 'list', level: 6, line: root.line });
        for (const child of root.children)
          out.push({ kind: 'item', text: flatten(child), depth: 0, family: child.family, line: child.line });
      } else
        out.push({
          kind: 'item',
          text: flatten(root),
          depth: 0,
          family: root.family,
          line: root.line,
          ...(root.title ? { title: root.title } : {}),
        });
    }
  }
  return out;
};
