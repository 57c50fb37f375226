import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Concern, RISK_PHRASES, screenComment } from '../../shared/safeguarding/screen';
import { CommentSchema } from '../../shared/schemas/response';

/**
 * Text that arrives by copy and paste, or is typed to slip past a word list, still reaches the
 * safeguarding lead: invisible characters, look-alike letters from other alphabets, "I" and "1" for "l".
 */

const INVISIBLES = ['\u200b', '\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u034f'];
/** Latin letter → letters that look the same in other scripts or in full-width forms. */
const LOOK_ALIKES: Record<string, string[]> = {
  a: ['а', 'ɑ', 'α', 'ａ'],
  c: ['с', 'ϲ', 'ｃ'],
  e: ['е', 'ｅ'],
  h: ['һ', 'ｈ'],
  i: ['і', 'ı', 'ι', '1', 'ｉ'],
  j: ['ј'],
  k: ['κ', 'ｋ'],
  l: ['I', '1', 'ӏ', '|', 'ｌ'],
  o: ['о', 'ο', '0', 'ｏ'],
  p: ['р', 'ρ', 'ｐ'],
  s: ['ѕ', 'ｓ'],
  x: ['х', 'ｘ'],
  y: ['у', 'ｙ'],
};

/** One way of writing a phrase: each letter perhaps swapped for a look-alike, with invisible characters between. */
const variantOf = (phrase: string) =>
  fc
    .tuple(
      ...[...phrase].map((ch) =>
        fc.tuple(
          LOOK_ALIKES[ch]
            ? fc.oneof(fc.constant(ch), fc.constantFrom(...(LOOK_ALIKES[ch] as string[])))
            : fc.constant(ch),
          fc.oneof(fc.constant(''), fc.constantFrom(...INVISIBLES)),
          fc.boolean(),
        ),
      ),
    )
    .map((parts) =>
      parts.map(([ch, gap, upper]) => `${upper && ch.length === 1 ? ch.toUpperCase() : ch}${gap}`).join(''),
    );

const EVERY_PHRASE = (Object.entries(RISK_PHRASES) as [Concern, readonly string[]][]).flatMap(([concern, phrases]) =>
  phrases.map((phrase) => ({ concern, phrase })),
);

describe('the safeguarding screen sees through what copy and paste bring', () => {
  it.each([
    ['self-harm', 'I want to k\u200bill myself'],
    ['abuse', 'my carer h\u00adits me'],
    ['self-harm', 'I want to kiII myself'],
    ['self-harm', 'I want to ki11 myself'],
    ['self-harm', 'i want to k\u0456ll mys\u0435lf'],
    ['abuse', 'he \u043a\u0456cks me every day'],
    ['self-harm', 'ＳＵＩＣＩＤＥ'],
    ['self-harm', 'i want to killll myself'],
  ] as const)('flags %s in %j', (concern, text) => {
    expect(screenComment(text).concerns).toContain(concern);
  });

  it('flags every phrase it knows however it is written (look-alikes, invisible characters, case)', () => {
    for (const { concern, phrase } of EVERY_PHRASE) {
      fc.assert(
        fc.property(variantOf(phrase), fc.constantFrom('', 'Honestly ', 'ok so '), (written, before) => {
          expect(screenComment(`${before}${written}.`).concerns).toContain(concern);
        }),
        { numRuns: Number(process.env.VARIANT_RUNS ?? 40) },
      );
    }
    // About 200 phrases × 40 variants: a few seconds, more on a busy machine.
  }, 60_000);

  it('still leaves everyday words alone after folding look-alikes', () => {
    for (const text of ['That was odd', 'I feel ill today', 'Billy is my best mate', 'I like my skills class'])
      expect(screenComment(text)).toEqual({ urgent: false, concerns: [] });
  });
});

describe('a comment must have something a person can read', () => {
  it.each([['\u200b\u200b\u200b'], ['\u00ad'], ['\u200d\u2060\ufeff'], [' \u200b \u200c ']])(
    'refuses a comment of only invisible characters (%j)',
    (text) => {
      const parsed = CommentSchema.safeParse({ text });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/cannot be empty/);
    },
  );

  it('keeps a Pashto comment exactly as written, joiners included', () => {
    const text = 'زه غواړم چې خبرې وکړم\u200c';
    expect(CommentSchema.parse({ text: `زه\u200cغواړم` }).text).toBe('زه\u200cغواړم');
    expect(CommentSchema.safeParse({ text }).success).toBe(true);
  });
});
