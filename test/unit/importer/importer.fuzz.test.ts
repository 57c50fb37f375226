import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ImportFormat, importPledge, PledgeImportDraftSchema } from '../../../shared/importer';
import { PATHOLOGICAL } from './pathological';

/** Pieces real pledges are made of, so random documents reach the importer's every branch. */
const PIECES = [
  '\n',
  '\n\n',
  '  ',
  '\t',
  '• ',
  '- ',
  '* ',
  '✓ ',
  '- ✓ ',
  '● ',
  '· ',
  'o ',
  '1. ',
  '2) ',
  '# ',
  '## ',
  '**',
  '__',
  '*',
  '_',
  'We will:-',
  'You can:',
  'This means we will:',
  'Section 1: ',
  'Are we keeping our promises?',
  'In Care Council',
  'Local Offer',
  'help you with school',
  'listen to you',
  'your social worker',
  'care plan',
  ' and ',
  '.',
  ':',
  '?',
  '–',
  '<ul>',
  '</ul>',
  '<ol>',
  '<li>',
  '</li>',
  '<p>',
  '</p>',
  '<h2>',
  '</h2>',
  '<b>',
  '</b>',
  '<strong>',
  '<br>',
  '<div>',
  '&amp;',
  '&nbsp;',
  '[link](http://x)',
  '![img](y)',
  '`',
  '\\*',
  '<',
  '>',
  '[',
  ']',
  '(',
  ')',
];
const documentArb = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })),
    {
      maxLength: 200,
    },
  )
  .map((parts) => parts.join(''));
const formatArb = fc.constantFrom<ImportFormat | undefined>(undefined, 'text', 'markdown', 'html');

describe('the importer on any input', () => {
  it('never throws and always returns a draft the schema accepts', () => {
    fc.assert(
      fc.property(documentArb, formatArb, (doc, format) => {
        const draft = importPledge(doc, format ? { format } : {});
        expect(PledgeImportDraftSchema.safeParse(draft).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  // A bound far above the benchmark's figures (a busy CI machine runs tests side by side): it catches runaway backtracking, not a slow machine.
  it.each(Object.entries(PATHOLOGICAL))('%s: a valid draft within 3 s', (_name, doc) => {
    const started = performance.now();
    const draft = importPledge(doc);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(PledgeImportDraftSchema.safeParse(draft).success).toBe(true);
  });
});
