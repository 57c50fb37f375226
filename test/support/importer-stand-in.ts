// Stand-in until shared/importer lands: 'Section N: title' headings and '•' bullets only.
export const importPledge = (text: string) => {
  const sections: { title: string; promises: { text: string; themes: never[] }[] }[] = [];
  for (const line of text.split('\n')) {
    const h = /^Section \d+:\s*(.+)$/.exec(line.trim());
    if (h) sections.push({ title: h[1]!, promises: [] });
    const b = /^•\s*(.+)$/.exec(line.trim());
    if (b && sections.length) sections.at(-1)!.promises.push({ text: b[1]!, themes: [] });
  }
  return { title: 'Pledge', sections, warnings: [] as string[] };
};
