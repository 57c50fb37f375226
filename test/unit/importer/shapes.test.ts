import { describe, expect, it } from 'vitest';
import { detectFormat, importPledge } from '../../../shared/importer';
import { htmlToLines } from '../../../shared/importer/html-to-lines';
import { PROMISE_TEXT_MAX_CHARS } from '../../../shared/limits';

const outline = (input: string, format?: 'text' | 'markdown' | 'html') =>
  importPledge(input, format ? { format } : {}).sections.map((s) => [s.title, s.promises.map((p) => p.text)] as const);
const promises = (input: string, format?: 'text' | 'markdown' | 'html') => outline(input, format).flatMap(([, p]) => p);

describe('bullets of every kind', () => {
  it.each([
    ['•', '• We will listen to you\n• We will call you back'],
    ['●', '● We will listen to you\n● We will call you back'],
    ['·', '·         We will listen to you\n·         We will call you back'],
    ['✓', '✓ We will listen to you\n✓ We will call you back'],
    ['- ✓', '- ✓ We will listen to you\n- ✓ We will call you back'],
    ['-', '- We will listen to you\n- We will call you back'],
    ['*', '* We will listen to you\n* We will call you back'],
    ['Word symbol font', '\uf0b7\tWe will listen to you\n\uf0b7\tWe will call you back'],
    ['1.', '1. We will listen to you\n2. We will call you back'],
    ['1)', '1) We will listen to you\n2) We will call you back'],
    ['(1)', '(1) We will listen to you\n(2) We will call you back'],
    ['a)', 'a) We will listen to you\nb) We will call you back'],
    ['<li>', '<ul><li>We will listen to you</li><li>We will call you back</li></ul><p>Thanks</p>'],
    ['<ol>', '<ol><li>We will listen to you</li><li>We will call you back</li></ol><p>Thanks</p>'],
  ])('%s', (_, list) => {
    expect(promises(`Your voice\n\n${list}\n`)).toEqual(['We will listen to you', 'We will call you back']);
  });

  it('a line of dashes is a rule, not a bullet; "1.5 hours" is not a numbered item', () => {
    expect(
      promises('Your voice\n\n- We will listen to you\n\n---\n\n1.5 hours a week is what we spend with you\n'),
    ).toEqual(['We will listen to you']);
  });
});

describe('bullets that wrap', () => {
  it('an indented continuation line belongs to the bullet above', () => {
    expect(
      promises('Your home\n\n- We will find you a home near\n  your school and your friends\n- We will visit you\n'),
    ).toEqual(['We will find you a home near your school and your friends', 'We will visit you']);
  });

  it('an unindented line that carries on the sentence belongs to the bullet above', () => {
    expect(
      promises(
        'Your home\n\n• We will find you a home near your school and\nyour friends, if we can\n• We will visit you\n',
      ),
    ).toEqual(['We will find you a home near your school and your friends, if we can', 'We will visit you']);
  });

  it('a plain heading straight after a list starts the next section rather than wrapping the last bullet', () => {
    expect(outline('Your home\n• We will find you a home.\nYour school\n• We will get you a school place.\n')).toEqual([
      ['Your home', ['We will find you a home.']],
      ['Your school', ['We will get you a school place.']],
    ]);
  });
});

describe('sub-bullets', () => {
  it('a lead-in bullet and its sub-bullets make ONE promise that reads as a sentence', () => {
    const doc =
      'Decisions\n\n- This means that we will:\n  - Ask you what you want;\n  - Listen to what you say; and\n  - Act on it.\n- We will explain why\n';
    expect(promises(doc)).toEqual([
      'This means that we will ask you what you want, listen to what you say and act on it',
      'We will explain why',
    ]);
  });

  it('Word’s "o" second level under "·" joins its parent', () => {
    const doc = 'Help\n\n·         We will help you with:\no   money\no   cooking\n·         We will visit you\n';
    expect(promises(doc)).toEqual(['We will help you with money and cooking', 'We will visit you']);
  });

  it('sub-bullets that are whole sentences follow their parent as sentences', () => {
    const doc =
      'Help\n\n- We will support you when you leave care.\n  - We will help you find a flat.\n  - We will visit you there.\n';
    expect(promises(doc)).toEqual([
      'We will support you when you leave care. We will help you find a flat. We will visit you there.',
    ]);
  });

  it('a short numbered heading over its own bullets is a section heading', () => {
    const doc =
      '1. Where you live\n   • We will find you a home\n   • We will visit you there\n2. Your school\n   • We will get you a school place\n   • We will go to parents’ evening\n';
    expect(outline(doc)).toEqual([
      ['Where you live', ['We will find you a home', 'We will visit you there']],
      ['Your school', ['We will get you a school place', 'We will go to parents’ evening']],
    ]);
  });
});

describe('lead-ins that belong to each promise below them', () => {
  it.each([
    ['We will:-', 'We will'],
    ['We will:', 'We will'],
    ['**We will:-**', 'We will'],
    ['### We will:', 'We will'],
    ['This means we will:', 'We will'],
    ['This means that we will:', 'We will'],
    ['You can:-', 'You can'],
    ['We promise to:', 'We promise to'],
  ])('"%s" gives "%s …"', (lead, prefix) => {
    const doc = `# Your care\n\n## Your plan\n\n${lead}\n\n- Keep you updated about your plan\n- explain any change\n`;
    expect(promises(doc, 'markdown')).toEqual([
      `${prefix} keep you updated about your plan`,
      `${prefix} explain any change`,
    ]);
  });

  it('an item that is already a sentence is not prefixed twice, nor one that has its own subject and verb', () => {
    const doc =
      'Your plan\n\nWe will:\n\n- We will keep you updated\n- Your social worker will visit you\n- Social workers will call back the same day\n- If you move, we will tell your school\n- tell you why\n';
    expect(promises(doc)).toEqual([
      'We will keep you updated',
      'Your social worker will visit you',
      'Social workers will call back the same day',
      'If you move, we will tell your school',
      'We will tell you why',
    ]);
  });

  it('any short "we …:" or "you …:" sentence is a lead-in; acronyms keep their capitals after it', () => {
    expect(promises('School\n\nWe will make sure you have:\n\n- PEP meetings every term\n- A laptop\n')).toEqual([
      'We will make sure you have PEP meetings every term',
      'We will make sure you have a laptop',
    ]);
  });

  it('the lead-in ends at the next heading', () => {
    const doc = 'One\n\nWe will:\n• visit you\n\nTwo\n\n• Your carer will cook with you\n';
    expect(outline(doc)).toEqual([
      ['One', ['We will visit you']],
      ['Two', ['Your carer will cook with you']],
    ]);
  });
});

describe('headings', () => {
  it('Markdown headings, at any level, with bold inside', () => {
    expect(
      outline(
        '# Our pledge\n\n## **Your home**\n\n- We will find you a home\n\n#### Your school\n\n- We will find you a school\n',
      ),
    ).toEqual([
      ['Your home', ['We will find you a home']],
      ['Your school', ['We will find you a school']],
    ]);
  });

  it('a paragraph wholly in bold, also over several lines, ending ":-"', () => {
    const doc =
      '**Our promise to children\nin our care**\n\n**Your home and your\nfamily:-**\n\n- We will find you a home\n';
    const draft = importPledge(doc);
    expect(draft.title).toBe('Our promise to children in our care');
    expect(outline(doc)).toEqual([['Your home and your family', ['We will find you a home']]]);
  });

  it('"Section N:", "Part N –" and "Section two." prefixes are dropped from titles', () => {
    const doc =
      'Section 1: Your home\n\n• We will find you a home\n\nPart 2 – Your school\n\n• We will find you a school\n\nSection two. Your health\n\n• We will find you a GP\n';
    expect(outline(doc).map(([t]) => t)).toEqual(['Your home', 'Your school', 'Your health']);
  });

  it('a heading with a second sentence keeps the first as its title and the rest as its summary', () => {
    const draft = importPledge('**You can see your family. Where it is safe to do so**\n\n- We will arrange visits\n');
    expect(draft.sections[0]).toMatchObject({ title: 'You can see your family', summary: 'Where it is safe to do so' });
  });

  it('a describing line under a heading is the summary, not the title', () => {
    const draft = importPledge(
      'Your reviewing officer\n\nYour reviewing officer chairs the meetings about your plan and checks it is working\n\n• You will meet them before your review\n',
    );
    expect(draft.sections[0]).toMatchObject({
      title: 'Your reviewing officer',
      summary: 'Your reviewing officer chairs the meetings about your plan and checks it is working',
    });
  });

  it('an underlined (setext) Markdown heading', () => {
    expect(outline('Your home\n---------\n\n- We will find you a home\n', 'markdown')).toEqual([
      ['Your home', ['We will find you a home']],
    ]);
  });
});

describe('parts that are not promises', () => {
  const doc = [
    'Our pledge to you',
    '',
    'This pledge sets out what you can expect from us. Everyone at the council signed it.',
    '',
    'Your home',
    '',
    '• We will find you a home near your family',
    '',
    'Local Offer',
    '',
    'Our local offer lists the help we give care leavers.',
    '',
    'In Care Council',
    '',
    '• Phone: 01632 960 000',
    '• Email: icc@example.org.uk',
    '',
    'Are we keeping our promises?',
    '',
    'Tell us by writing to the Head of Service.',
  ].join('\n');

  it('introduction, Local Offer, In Care Council contacts and "Are we keeping our promises?" give no promises', () => {
    const draft = importPledge(doc);
    expect(draft.title).toBe('Our pledge to you');
    expect(outline(doc)).toEqual([['Your home', ['We will find you a home near your family']]]);
  });

  it('a list of contact details under a heading is left out without a section', () => {
    expect(importPledge(doc).sections).toHaveLength(1);
  });

  it('a list of information under "In Care Council" is left out, with a warning', () => {
    const draft = importPledge(
      `${doc}\n\nIn Care Council\n\n• Monthly meetings at the youth centre\n• Trips in the holidays\n`,
    );
    expect(draft.sections).toHaveLength(1);
    expect(draft.warnings).toContainEqual(expect.stringMatching(/The list under “In Care Council” \(2 items\)/));
  });

  it('an opening list that repeats the headings is a summary, with a warning', () => {
    const draft = importPledge(
      'We promise that:\n\n- You have a home\n- You go to school\n- You stay healthy\n\nYou have a home\n\n- We will find you a home\n\nYou go to school\n\n- We will find you a school\n\nYou stay healthy\n\n- We will find you a GP\n',
    );
    expect(draft.sections.map((s) => s.promises.length)).toEqual([1, 1, 1]);
    expect(draft.warnings).toEqual([
      expect.stringMatching(/The list starting “You have a home” \(3 items\) repeats the section headings/),
    ]);
  });
});

describe('warnings a person should look at', () => {
  it('a very long promise, and a very short one', () => {
    const long = `We will ${'help you with everything you need and '.repeat(10)}more`;
    const draft = importPledge(`Help\n\n- ${long}\n- Yes\n`);
    expect(draft.warnings).toEqual([
      expect.stringMatching(/^Promise 1 in “Help” is very long \(\d+ characters\)/),
      expect.stringMatching(/^Promise 2 in “Help” is very short \(“Yes”\)/),
    ]);
  });

  it('a promise too long to publish is split at sentence ends, nothing lost', () => {
    const sentence =
      'We will help you with everything you need at home, at school and when you are out with your friends. ';
    const long = sentence.repeat(15).trim();
    const draft = importPledge(`Help\n\n- ${long}\n`);
    const texts = draft.sections[0]!.promises.map((p) => p.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.length <= PROMISE_TEXT_MAX_CHARS)).toBe(true);
    expect(texts.join(' ')).toBe(long);
    expect(draft.warnings).toContainEqual(expect.stringMatching(/was split into \d+ at sentence ends/));
  });

  it('text left over after a section’s list is named', () => {
    const draft = importPledge(
      'Your health\n\n• We will find you a GP\n\nThe nurse for children in care can also give you advice in confidence.\n\nYour school\n\n• We will find you a school\n',
    );
    expect(draft.warnings).toEqual([
      expect.stringMatching(/Text after the promises of “Your health” was not placed: “The nurse for children in care/),
    ]);
  });

  it('a promise-like paragraph outside any list is named', () => {
    const draft = importPledge(
      'Our pledge\n\nWhen you leave care we will help you until you are 21.\n\nYour home\n\n• We will find you a home\n',
    );
    expect(draft.warnings).toEqual([
      expect.stringMatching(/reads like a promise but is not in a list.*When you leave care we will help you/),
    ]);
  });

  it('a section with no heading, and an empty document', () => {
    expect(importPledge('• We will find you a home\n').warnings).toEqual([
      expect.stringMatching(/Section 1 has no heading/),
    ]);
    expect(importPledge('').warnings).toEqual([expect.stringMatching(/No promises were found/)]);
    expect(importPledge('Just a sentence about the council.').sections).toEqual([]);
  });
});

describe('format detection', () => {
  it.each([
    ['<p>One</p><ul><li>Two</li></ul>', 'html'],
    ['<!DOCTYPE html><html><body>Hi</body></html>', 'html'],
    ['## Heading\n\n- item', 'markdown'],
    ['**Bold line**\n\n- item', 'markdown'],
    ['See [our page](https://example.org)', 'markdown'],
    ['A heading\n\n• item\n- item', 'text'],
    ['Markdown with a link <a href="https://x.example">x</a> and <sup>3</sup> only\n\n## Heading', 'markdown'],
  ])('%j is %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });

  it('a declared format wins: "# 1 priority" in plain text is not a heading', () => {
    expect(promises('Our promises\n\n# 1 priority is you\n\n- We will listen\n', 'text')).toEqual(['We will listen']);
    expect(outline('# 1 priority is you\n\n- We will listen\n', 'markdown')[0]![0]).toBe('1 priority is you');
  });
});

describe('HTML to lines', () => {
  it('turns headings, nested lists, bold paragraphs and entities into Markdown-like lines', () => {
    const html =
      '<h2>Your &amp; family</h2><p><strong>We will: </strong></p><ul><li>one<ul><li>one&nbsp;a</li></ul></li><li><p>two</p></li></ul><p>Done<br>now</p>';
    expect(htmlToLines(html)).toEqual([
      '## Your & family',
      '',
      '**We will:**',
      '',
      '- one',
      '  - one a',
      '- two',
      '',
      'Done',
      'now',
    ]);
  });
});
