import { describe, expect, it } from 'vitest';
import { importPledge } from '../../../shared/importer';

describe('warnings beside what they concern', () => {
  it('puts a short promise’s warning on that promise and a missing heading’s on its section, and lists both', () => {
    const draft = importPledge(
      [
        'We will:',
        '- listen to you and take what you say seriously',
        '- Yes',
        '',
        'Your home',
        '',
        '- We will tell you before you have to move home',
      ].join('\n'),
    );
    const [first, second] = draft.sections;
    expect(first?.notes).toEqual([expect.stringMatching(/^Section 1 has no heading/)]);
    expect(first?.promises.map((p) => p.notes)).toEqual([
      undefined,
      [expect.stringMatching(/^Promise 2 in .* is very short/)],
    ]);
    expect(second?.notes).toBeUndefined();
    expect(second?.promises[0]?.notes).toBeUndefined();
    const noted = draft.sections.flatMap((s) => [...(s.notes ?? []), ...s.promises.flatMap((p) => p.notes ?? [])]);
    for (const n of noted) expect(draft.warnings).toContain(n);
  });

  it('keeps a warning about the whole document (no list found) only in the list', () => {
    const draft = importPledge(
      'We will always listen to you and take you seriously.\n\nWe will help you do well at school and college.',
    );
    const whole = draft.warnings.find((w) => /^No list was found/.test(w));
    expect(whole).toBeDefined();
    const noted = draft.sections.flatMap((s) => [...(s.notes ?? []), ...s.promises.flatMap((p) => p.notes ?? [])]);
    expect(noted).not.toContain(whole);
  });
});
