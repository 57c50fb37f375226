/**
 * PDFs made the way councils make them: an HTML page printed by Chromium (test/support/browser.ts), in
 * one column or two, with bullets typed as glyphs; and a "scan", the same page as a picture with no text.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser';

export interface PrintedPledge {
  title: string;
  intro: string;
  sections: { title: string; about?: string; promises: string[]; newPage?: boolean }[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The pledge as a printable page: a title, an introduction, then each section's heading and bullets. */
export const pledgeHtml = (p: PrintedPledge, options: { columns: 1 | 2; glyph?: string; header?: string }) => {
  const glyph = options.glyph ?? '•';
  const body = p.sections
    .map(
      (s) =>
        `<h2${s.newPage ? ' style="break-before: page"' : ''}>${escapeHtml(s.title)}</h2>${s.about ? `<p>${escapeHtml(s.about)}</p>` : ''}${s.promises.map((t) => `<p class="b"><span>${glyph}</span>&nbsp;${escapeHtml(t)}</p>`).join('')}`,
    )
    .join('');
  return `<!doctype html><html><head><style>
    body { font-family: sans-serif; font-size: 11pt; margin: 0; }
    h1 { font-size: 22pt; } h2 { font-size: 15pt; margin: 14pt 0 4pt; break-after: avoid; }
    p { margin: 0 0 6pt; } .b { padding-left: 1.4em; text-indent: -1.4em; }
    ${options.columns === 2 ? '.cols { column-count: 2; column-gap: 2.5em; }' : ''}
  </style></head><body>
    <h1>${escapeHtml(p.title)}</h1><p>${escapeHtml(p.intro)}</p><div class="cols">${body}</div>
  </body></html>`;
};

let browser: Browser | undefined;
const page = async () => {
  browser ??= await launchBrowser();
  return browser.newPage();
};
export const closePdfMaker = async () => {
  await browser?.close();
  browser = undefined;
};

/** Chromium's PDF of a page; a running header and page numbers when `header` is given. */
export const printPdf = async (html: string, header?: string): Promise<Uint8Array> => {
  const p = await page();
  await p.setContent(html);
  const pdf = await p.pdf({
    format: 'A4',
    margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    ...(header
      ? {
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${escapeHtml(header)}</div>`,
          footerTemplate:
            '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span></div>',
        }
      : {}),
  });
  await p.close();
  return new Uint8Array(pdf);
};

/** A scanned pledge: the page drawn as a picture, so the PDF holds an image and no text at all. */
export const printScannedPdf = async (lines: string[]): Promise<Uint8Array> => {
  const p = await page();
  await p.setContent('<!doctype html><html><body style="margin:0"></body></html>');
  await p.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 1600;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#f4f1ea';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#222';
    g.font = '32px serif';
    for (const [i, t] of text.entries()) g.fillText(t, 80, 120 + i * 48);
    const img = document.createElement('img');
    img.src = canvas.toDataURL('image/png');
    img.style.width = '100%';
    document.body.append(img);
    return img.decode();
  }, lines);
  const pdf = await p.pdf({ format: 'A4' });
  await p.close();
  return new Uint8Array(pdf);
};

/** A pledge long enough for ten printed pages: `base`'s sections again and again, two to a page. */
export const tenPagePledge = (base: PrintedPledge): PrintedPledge => ({
  ...base,
  sections: Array.from({ length: 20 }, (_, i) => base.sections[i % base.sections.length]!).map((s, i) => ({
    title: `${s.title} (${i + 1})`,
    about: `${base.intro} Each promise below says what you can expect from us.`,
    promises: [...s.promises, ...s.promises.map((t) => t.replace(/^We will /, 'We promise we will '))],
    newPage: i > 0 && i % 2 === 0,
  })),
});

/** Written for these tests. Long promises wrap over two or three printed lines, some at a capital. */
export const RIVERBEND: PrintedPledge = {
  title: 'Riverbend Council Pledge to Children in Care',
  intro:
    'These are the promises we make to every child and young person we look after. Young people from the Riverbend Children in Care Council chose them with us.',
  sections: [
    {
      title: 'Your social worker',
      promises: [
        'We will tell you the name of your social worker, and how to reach them, within a week of you coming into care.',
        'Your social worker will see you on your own at every visit if you want that.',
        'If your social worker has to change, we will tell you first and introduce you to the new one before they leave, unless they leave suddenly.',
      ],
    },
    {
      title: 'Where you live',
      promises: [
        'We will look for a home near your school, your friends and the people who matter to you.',
        'We will never move you without talking to you first, unless you are in danger.',
      ],
    },
    {
      title: 'School and college',
      promises: [
        'We will make sure you have a school place within 20 school days of moving, and help you get there.',
        'Your Personal Education Plan will be written with you, and you will get a copy of it.',
        'We will pay for a laptop and internet at home if you need them for your learning.',
      ],
    },
  ],
};
