/** Vite's `?raw` imports: the file's text, built into the page. */
declare module '*?raw' {
  const text: string;
  export default text;
}

interface ImportMeta {
  /** Vite's glob import: each matching file's built address, by path. */
  glob<T>(pattern: string, options: { eager: true; query: '?url'; import: 'default' }): Record<string, T>;
}
