import type { ComponentChildren } from 'preact';

/**
 * The guides' Markdown, the little of it they use: headings, paragraphs, "- " lists (with lines that carry
 * on indented), pictures on a line of their own, **bold** and `code`. Text is never put in as HTML.
 */
const inline = (text: string): ComponentChildren[] =>
  text
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .filter(Boolean)
    .map((part, i) =>
      part.startsWith('**') ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : part.startsWith('`') ? (
        <code key={i}>{part.slice(1, -1)}</code>
      ) : (
        part
      ),
    );

export const GuideMarkdown = ({ text, picture }: { text: string; picture: (path: string) => string | undefined }) => {
  const blocks: ComponentChildren[] = [];
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) blocks.push(<p key={blocks.length}>{inline(para.join(' '))}</p>);
    if (list.length)
      blocks.push(
        <ul key={blocks.length}>
          {list.map((item, i) => (
            <li key={i}>{inline(item)}</li>
          ))}
        </ul>,
      );
    para = [];
    list = [];
  };
  for (const line of text.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const image = /^!\[([^\]]*)\]\(([^)]+)\)$/.exec(line.trim());
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      const Tag = `h${heading[1]!.length}` as 'h1' | 'h2' | 'h3';
      blocks.push(<Tag key={blocks.length}>{inline(heading[2]!)}</Tag>);
    } else if (image) {
      flush();
      const src = picture(image[2]!);
      blocks.push(
        src ? (
          <img key={blocks.length} class="guide-picture" src={src} alt={image[1]} loading="lazy" />
        ) : (
          <p key={blocks.length} class="hint">
            Picture: {image[1]}
          </p>
        ),
      );
    } else if (line.startsWith('- ')) {
      if (para.length) flush();
      list.push(line.slice(2));
    } else if (list.length && /^\s/.test(line)) list[list.length - 1] += ` ${line.trim()}`;
    else {
      if (list.length) flush();
      para.push(line.trim());
    }
  }
  flush();
  return <>{blocks}</>;
};
