import { describe, expect, it } from 'vitest';
import { importPledge, matchVersions, type NextPromise, type PreviousPromise } from '../../../shared/importer';
import { havePledges, readFixture, readPledge } from './pledges-dir';

type Draft = ReturnType<typeof importPledge>;

/** The promises of a draft, as the previous published version (ids given) or as the next draft. */
const published = (draft: Draft): PreviousPromise[] =>
  draft.sections.flatMap((s, sectionIndex) =>
    s.promises.map((p, index) => ({ promiseId: `p-${sectionIndex}-${index}`, text: p.text, sectionIndex, index })),
  );
const next = (draft: Draft): NextPromise[] =>
  draft.sections.flatMap((s, sectionIndex) => s.promises.map((p, index) => ({ text: p.text, sectionIndex, index })));

/** A copy of a draft with one section's promises changed by `edit`. */
const edited = (draft: Draft, section: number, edit: (texts: string[]) => string[]): Draft => ({
  ...draft,
  sections: draft.sections.map((s, i) =>
    i === section ? { ...s, promises: edit(s.promises.map((p) => p.text)).map((text) => ({ text, themes: [] })) } : s,
  ),
});

describe('matching a new version’s promises to the previous version’s', () => {
  const v1 = importPledge(readFixture('riverside-numbered.txt'));
  const before = published(v1);

  it('the same document again: every promise keeps its id with score 1, nothing retired', () => {
    const { matches, retired } = matchVersions(before, next(v1));
    expect(matches.map((m) => m.promiseId)).toEqual(before.map((p) => p.promiseId));
    expect(matches.every((m) => m.score === 1)).toBe(true);
    expect(retired).toEqual([]);
  });

  it('a reworded promise keeps its id; a removed one is retired; a new one is new', () => {
    const v2 = edited(v1, 0, (t) => [
      t[0]!,
      'Your social worker will see you alone at each visit if that is what you want.', // reworded t[1]
      // t[2] removed
      t[3]!,
      'We will give you a bus pass until you are 21.', // new
    ]);
    const { matches, retired } = matchVersions(before, next(v2));
    expect(matches.slice(0, 4).map((m) => m.promiseId)).toEqual(['p-0-0', 'p-0-1', 'p-0-3', null]);
    expect(matches[1]!.score).toBeGreaterThan(0.5);
    expect(matches[1]!.score).toBeLessThan(1);
    expect(matches[3]!.score).toBe(0);
    expect(retired).toEqual(['p-0-2']);
    expect(matches.slice(4).map((m) => m.promiseId)).toEqual(before.slice(4).map((p) => p.promiseId));
  });

  it('a promise moved to another section keeps its id', () => {
    const moved = before[5]!.text;
    const v2 = edited(
      edited(v1, 1, (t) => t.filter((x) => x !== moved)),
      3,
      (t) => [...t, moved],
    );
    const { matches, retired } = matchVersions(before, next(v2));
    expect(matches.map((m) => m.promiseId)).toContain('p-1-1');
    expect(retired).toEqual([]);
  });

  it('is one-to-one: two new promises like one old one do not both take its id', () => {
    const old: PreviousPromise[] = [
      { promiseId: 'a', text: 'We will visit you every six weeks', sectionIndex: 0, index: 0 },
    ];
    const { matches } = matchVersions(old, [
      { text: 'We will visit you every six weeks at home', sectionIndex: 0, index: 0 },
      { text: 'We will visit you every six weeks', sectionIndex: 0, index: 1 },
    ]);
    expect(matches).toEqual([
      { promiseId: null, score: 0 },
      { promiseId: 'a', score: 1 },
    ]);
  });

  it('the same words in two places: position decides which id each keeps', () => {
    const old: PreviousPromise[] = [
      { promiseId: 'school', text: 'We will explain why', sectionIndex: 0, index: 3 },
      { promiseId: 'home', text: 'We will explain why', sectionIndex: 4, index: 0 },
    ];
    const { matches } = matchVersions(old, [
      { text: 'We will explain why', sectionIndex: 0, index: 0 },
      { text: 'We will explain why', sectionIndex: 3, index: 2 },
    ]);
    expect(matches.map((m) => m.promiseId)).toEqual(['school', 'home']);
  });

  it('unlike texts are never matched, however close their places', () => {
    const old: PreviousPromise[] = [
      { promiseId: 'a', text: 'We will act on your care plan', sectionIndex: 0, index: 0 },
    ];
    const { matches, retired } = matchVersions(old, [
      { text: 'Your care plan will be reviewed at least every six months', sectionIndex: 0, index: 0 },
    ]);
    expect(matches).toEqual([{ promiseId: null, score: 0 }]);
    expect(retired).toEqual(['a']);
  });

  it('an empty previous version makes every promise new', () => {
    expect(matchVersions([], next(v1)).matches.every((m) => m.promiseId === null)).toBe(true);
  });
});

describe.skipIf(!havePledges)('matching the real pledge across formats (skipped: ../shared/pledges is absent)', () => {
  it('publish 000, then import 001 as the next version: all 54 promises keep their ids', () => {
    const before = published(importPledge(readPledge('000')));
    const { matches, retired } = matchVersions(before, next(importPledge(readPledge('001'))));
    expect(before).toHaveLength(54);
    expect(matches.map((m) => m.promiseId)).toEqual(before.map((p) => p.promiseId));
    expect(retired).toEqual([]);
  });
});
