import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalDetails, type PersonalDetailKind } from '../../shared/moderation/personal-details';
import { REDACTED_MARK, redact } from '../../shared/moderation/redact';

const found = (text: string, allow: string[] = []) =>
  findPersonalDetails(text, allow).map((d) => [d.kind, d.text] as [PersonalDetailKind, string]);

/** What a board would read if the moderator approved with every mark left on. */
const hiddenAll = (text: string) => {
  const spans = findPersonalDetails(text);
  const r = redact(text, spans);
  return r.ok ? r.text : text;
};

describe('personal details in comments that read like young people write', () => {
  const CASES: [string, [PersonalDetailKind, string][]][] = [
    [
      'My key worker Jamie Brook at Oakfield House gave me his number 07700 900123 but never answers',
      [
        ['name', 'Jamie'],
        ['name', 'Brook'],
        ['name', 'Oakfield'],
        ['name', 'House'],
        ['phone', '07700 900123'],
      ],
    ],
    ['ring me on +44 7700 900123 pls', [['phone', '+44 7700 900123']]],
    ['the office is 020 7946 0000 and nobody picks up', [['phone', '020 7946 0000']]],
    ['call (0161) 496 0000 they said', [['phone', '(0161) 496 0000']]],
    ['my number is 07700900123.', [['phone', '07700900123']]],
    ['text 07700-900-123 if u want', [['phone', '07700-900-123']]],
    ['email me at jess.t2010@example.co.uk if you want to know more', [['email', 'jess.t2010@example.co.uk']]],
    ['I live near LS6 2AB and it is noisy', [['postcode', 'LS6 2AB']]],
    ['we moved to sw1a1aa last year', [['postcode', 'sw1a1aa']]],
    ['I was born on 12/03/2011 and nobody remembers', [['date', '12/03/2011']]],
    ['my birthday is 3rd of May and I had no cake', [['date', '3rd of May']]],
    ['since 14th March 2024 I have had three social workers', [['date', '14th March 2024']]],
    ['My social worker Mrs Khan is really kind', [['name', 'Khan']]],
    [
      'Jamie Brook never calls me back',
      [
        ['name', 'Jamie'],
        ['name', 'Brook'],
      ],
    ],
    // Nothing personal: a sentence's first word, I, days, months, family and care words, helplines, years.
    ['I see my Mum on Monday and my Social Worker in June.', []],
    ['Nobody told me. The Council should ask us more. Childline is 0800 1111', []],
    ['I am in Year 10 and it was 2019 when I came into care, I play GTA5 on my PS5', []],
    ['My IRO is OK but the PEP meeting was at 3 pm with 25 people', []],
    ['I HATE IT WHEN THEY MOVE ME', []],
  ];
  for (const [text, expected] of CASES) {
    it(`"${text}"`, () => {
      expect(found(text)).toEqual(expected);
    });
  }

  it('leaves the council’s own name alone when told it', () => {
    expect(found('I think Riverside Council does try', ['Riverside Council'])).toEqual([]);
    expect(found('I think Riverside Council does try')).toEqual([['name', 'Riverside']]);
  });

  it('hides all of a staff name, a place and a mobile number when every mark is kept', () => {
    expect(hiddenAll('My key worker Jamie Brook at Oakfield House gave me 07700 900123')).toBe(
      `My key worker ${REDACTED_MARK} at ${REDACTED_MARK} gave me ${REDACTED_MARK}`,
    );
  });
});

/** Around a detail: words that are never personal, so only the detail itself can be found. */
const before = fc.constantFrom('my number is ', 'ring ', 'it is ', 'text me on ', '');
const after = fc.constantFrom(' thanks', ' if you can', '.', '', ' 2 times');
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const sep = fc.constantFrom(' ', '', '-');

/** UK numbers written the ways people write them: mobiles, London, other areas, with +44 or 0. */
const mobile = fc
  .tuple(digits(3), digits(6), sep, fc.constantFrom('0', '+44 ', '+44', '0044 ', '+44 (0)'))
  .map(([a, b, s, lead]) => `${lead}7${a}${s}${b}`);
const london = fc
  .tuple(digits(4), digits(4), sep, fc.constantFrom('020', '+44 20'))
  .map(([a, b, s, lead]) => `${lead}${s || ' '}${a}${s}${b}`);
const area = fc
  .tuple(fc.constantFrom('0113', '0161', '0121', '01632', '0191'), digits(6), sep)
  .map(
    ([code, rest, s]) =>
      `${code}${s}${rest.slice(0, 3)}${s}${rest.slice(3)}${code.length === 5 ? '' : rest.slice(0, 1)}`,
  );

describe('every format, whatever the words around it', () => {
  it('finds a UK phone number exactly', () => {
    fc.assert(
      fc.property(before, fc.oneof(mobile, london, area), after, (b, phone, a) => {
        const text = `${b}${phone}${a}`;
        expect(found(text)).toEqual([['phone', phone]]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds an e-mail address exactly', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9._]{0,12}[a-z0-9]$/);
    const domain = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
    const tld = fc.constantFrom('com', 'co.uk', 'org', 'gov.uk', 'net');
    fc.assert(
      fc.property(before, local, domain, tld, after, (b, l, d, t, a) => {
        const email = `${l}@${d}.${t}`;
        expect(found(`${b}${email}${a}`)).toEqual([['email', email]]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a full postcode, spaced or not, in capitals or not', () => {
    const letter = fc.constantFrom(...'ABDEFGHJLMNPRSTUWXYZ');
    const postcode = fc
      .tuple(
        letter,
        fc.option(letter),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        letter,
        letter,
        fc.boolean(),
        fc.boolean(),
      )
      .map(([a, b, n, m, x, y, space, lower]) => {
        const p = `${a}${b ?? ''}${n}${space ? ' ' : ''}${m}${x}${y}`;
        return lower ? p.toLowerCase() : p;
      });
    fc.assert(
      fc.property(fc.constantFrom('we live at ', 'near ', 'it is '), postcode, after, (b, p, a) => {
        expect(found(`${b}${p}${a}`)).toEqual([['postcode', p]]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a date written with numbers or with the month’s name', () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const year = fc.integer({ min: 2000, max: 2020 });
    const names = [
      'January',
      'Feb',
      'march',
      'April',
      'May',
      'June',
      'Jul',
      'August',
      'Sept',
      'October',
      'nov',
      'December',
    ];
    const date = fc.oneof(
      fc
        .tuple(day, month, year, fc.constantFrom('/', '-', '.'))
        .map(([d, m, y, s]) => `${d}${s}${String(m).padStart(2, '0')}${s}${y}`),
      fc
        .tuple(day, month, year, fc.constantFrom('', 'th', ' of'))
        .map(([d, m, y, s]) => `${d}${s.trim() === 'of' ? ' of' : s} ${names[m - 1]} ${y}`),
    );
    fc.assert(
      fc.property(fc.constantFrom('I was born ', 'on ', 'it was '), date, after, (b, d, a) => {
        expect(found(`${b}${d}${a}`)).toEqual([['date', d]]);
      }),
      { numRuns: 300 },
    );
  });

  it('never marks a word of a comment with no capitals, no digits and no @', () => {
    const word = fc.stringMatching(/^[a-z']{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        expect(found(words.join(' '))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
