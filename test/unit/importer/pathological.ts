/**
 * Inputs built to make a careless parser slow: unclosed markup, long runs of one character, deep
 * nesting, thousands of lines of one kind. Each is 20–100 KB, far beyond a real pledge (5–30 KB).
 * Shared by the importer's property test and its benchmark.
 */
const numbered = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

export const PATHOLOGICAL: Record<string, string> = {
  'unclosed bold **': '**a '.repeat(5000),
  'unclosed italic *': '*a '.repeat(5000),
  'unclosed underscores': '_a '.repeat(5000),
  'run of <': '<'.repeat(20000),
  'unclosed tags <a': '<a '.repeat(5000),
  'run of [ then ](': `${'['.repeat(10000)}](`,
  'link brackets unclosed': '[a](b '.repeat(5000),
  'one 100 KB line': 'word '.repeat(20000),
  '5,000 bullets': '• We will help\n'.repeat(5000),
  'indents 0–39 deep': numbered(2000, (i) => `${' '.repeat(i % 40)}- item ${i}`),
  '5,000 plain headings': 'Heading\n\n'.repeat(5000),
  'run of &': '&'.repeat(20000),
  'run of ". "': `${'. '.repeat(20000)}x`,
  'HTML lists 2,000 deep': `<ul>${'<li>x<ul>'.repeat(2000)}</ul>`,
  'unclosed <b> 5,000': '<p><b>x '.repeat(5000),
  '5,000 lead-ins': 'We will:\n'.repeat(5000),
  'one 120 KB paragraph': 'We will help you with school and health. '.repeat(3000),
  'run of spaces': `a${' '.repeat(20000)}b`,
  'heading of 10,000 words': `# ${'a '.repeat(10000)}b`,
  'trailing punctuation': `Heading ${':-. '.repeat(5000)}x`,
  'numbered 1. to 5,000.': numbered(5000, (i) => `${i + 1}. We will ${i}`),
  'entities &#…;': '&#12345;&amp;&nbsp;'.repeat(5000),
  'HTML comment unclosed': `<!--${'x'.repeat(50000)}`,
  '<script> unclosed': `<script>${'<p>x</p>'.repeat(5000)}`,
};
