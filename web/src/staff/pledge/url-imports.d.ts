/** Vite's `?url` imports: the built asset's address (used for pdf.js's worker). */
declare module '*?url' {
  const url: string;
  export default url;
}
