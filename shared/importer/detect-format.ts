/** Which kind of text the importer was given, when the caller does not say. */
export type ImportFormat = 'text' | 'markdown' | 'html';

const BLOCK_TAG = /<(p|li|ul|ol|h[1-6]|div|table|tr|td|body|html|section|article|br)\b[^>]*>/gi;
const MARKDOWN_SIGNS = [
  /^#{1,6}\s+\S/m, // ATX heading
  /^[ \t]*\*\*[^*\n][^\n]*\*\*[ \t]*$/m, // a line in bold
  /\[[^\][\n]{1,300}\]\([^()\s]{1,500}\)/, // [link](url)
  /^\S.*\n(=+|-+)\s*$/m, // setext heading
  /\\[_*#]/, // an escaped markdown character, as converters write them
];

/**
 * HTML when block tags appear (a Markdown file may carry a stray <a> or <sup>, so inline tags alone do
 * not count); Markdown when it has headings, bold lines, links or escapes; otherwise plain text.
 */
export const detectFormat = (input: string): ImportFormat => {
  const blockTags = input.match(BLOCK_TAG)?.length ?? 0;
  if (blockTags >= 2 || /^\s*<(!doctype|html|body)\b/i.test(input)) return 'html';
  if (MARKDOWN_SIGNS.some((re) => re.test(input))) return 'markdown';
  return 'text';
};
