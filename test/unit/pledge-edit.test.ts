import { describe, expect, it } from 'vitest';
import { importPledge } from '../../shared/importer';
import { nextVersion } from '../../shared/pledge/next-version';
import type { PledgeVersion } from '../../shared/schemas/pledge';
import { PublishPledgeSchema } from '../../shared/schemas/pledge-draft';
import {
  addPromise,
  countPromises,
  deletePromise,
  type EditDraft,
  fromImport,
  fromVersion,
  mergeSectionWithNext,
  mergeWithNext,
  movePromise,
  problems,
  splitPromise,
  updatePromise,
} from '../../web/src/staff/pledge/edit-draft';
import { duplicateChoices, proposeMatches, publishBody, retiredBy } from '../../web/src/staff/pledge/publish-plan';

const DOC = [
  '# Our pledge',
  '',
  '## Your home',
  '- We will tell you before you move home. We will visit you there.',
  '- We will help you keep your things safe',
  '',
  '## School',
  '- We will go to your school meetings if you want us to',
  '- Yes',
].join('\n');
const texts = (d: EditDraft) => d.sections.map((s) => s.promises.map((p) => p.text));

const v1: PledgeVersion = {
  councilId: 'c_x',
  pledgeId: 'pl_x',
  version: 1,
  publishedAt: '2026-01-01T00:00:00.000Z',
  retiredPromiseIds: [],
  title: 'Our pledge',
  sections: [
    {
      sectionId: 's_home',
      title: 'Your home',
      promises: [
        { promiseId: 'p_move', text: 'We will tell you before you move home.', themes: ['where-you-live'] },
        { promiseId: 'p_things', text: 'We will help you keep your belongings safe', themes: [] },
      ],
    },
    {
      sectionId: 's_school',
      title: 'School',
      promises: [{ promiseId: 'p_pep', text: 'You will have a say in your education plan', themes: ['education'] }],
    },
  ],
};

describe('editing the draft', () => {
  const draft = fromImport(importPledge(DOC), null);

  it('starts from the import with its warnings beside the promise they concern', () => {
    expect(texts(draft)).toEqual([
      ['We will tell you before you move home. We will visit you there.', 'We will help you keep your things safe'],
      ['We will go to your school meetings if you want us to', 'Yes'],
    ]);
    expect(draft.sections[1]!.promises[1]!.notes).toEqual([expect.stringMatching(/very short/)]);
    expect(draft.notes).toEqual([]);
  });

  it('splits after the first sentence or at the cursor, and merges back', () => {
    const split = splitPromise(draft, { s: 0, p: 0 });
    expect(texts(split)[0]).toEqual([
      'We will tell you before you move home.',
      'We will visit you there.',
      'We will help you keep your things safe',
    ]);
    expect(texts(mergeWithNext(split, { s: 0, p: 0 }))[0]).toEqual(texts(draft)[0]);
    expect(
      texts(splitPromise(draft, { s: 1, p: 0 }, 'We will go to your school meetings'.length))[1]!.slice(0, 2),
    ).toEqual(['We will go to your school meetings', 'if you want us to']);
    expect(splitPromise(draft, { s: 1, p: 1 })).toBe(draft); // one word: nothing to split
  });

  it('moves a promise past the end of its section into the next, and back', () => {
    const down = movePromise(draft, { s: 0, p: 1 }, 1);
    expect(down.at).toEqual({ s: 1, p: 0 });
    expect(texts(down.draft)[1]![0]).toBe('We will help you keep your things safe');
    const up = movePromise(down.draft, down.at, -1);
    expect(texts(up.draft)).toEqual(texts(draft));
    expect(movePromise(draft, { s: 0, p: 0 }, -1).draft).toBe(draft);
  });

  it('adds, deletes and merges sections; says what stops publishing', () => {
    const added = addPromise(draft, { s: 0, p: 0 });
    expect(countPromises(added)).toBe(5);
    expect(problems(added)).toEqual(['Promise 2 in “Your home” has no text: write it or delete it.']);
    const emptied = deletePromise(deletePromise(draft, { s: 1, p: 1 }), { s: 1, p: 0 });
    expect(problems(emptied)).toEqual(['“School” has no promises: add one or delete the section.']);
    expect(mergeSectionWithNext(draft, 0).sections.map((s) => s.title)).toEqual(['Your home']);
    expect(problems({ ...draft, title: ' ' })).toEqual(['The pledge needs a title.']);
  });
});

describe('publishing the draft', () => {
  it('a first version: no ids, a body the API accepts', () => {
    const draft = fromImport(importPledge(DOC), null);
    const chosen = proposeMatches(draft, null).map((p) => p.promiseId);
    expect(chosen).toEqual([null, null, null, null]);
    const body = publishBody(draft, chosen, null);
    expect(PublishPledgeSchema.safeParse(body).success).toBe(true);
    expect(body.basedOnVersion).toBeNull();
  });

  it('an imported next version: reworded promises are proposed their earlier ids; the admin’s correction is what is published', () => {
    const draft = fromImport(importPledge(DOC), 1);
    const proposals = proposeMatches(draft, v1);
    expect(proposals.map((p) => p.promiseId)).toEqual(['p_move', 'p_things', null, null]);
    const chosen = proposals.map((p) => p.promiseId);
    chosen[2] = 'p_pep'; // the admin says the school meetings promise continues the education plan one
    expect(retiredBy(v1, chosen)).toEqual([]);
    const body = publishBody(draft, chosen, v1);
    expect(body.sections.map((s) => s.sectionId)).toEqual(['s_home', 's_school']);
    const plan = nextVersion(v1, PublishPledgeSchema.parse(body));
    expect(plan.ok && plan.content.sections.flatMap((s) => s.promises.map((p) => p.promiseId)).slice(0, 3)).toEqual([
      'p_move',
      'p_things',
      'p_pep',
    ]);
    expect(duplicateChoices(['p_move', 'p_move', null])).toEqual(new Set(['p_move']));
  });

  it('editing the published version keeps every id and section id', () => {
    const draft = updatePromise(
      fromVersion(v1),
      { s: 0, p: 1 },
      { text: 'We will keep your things safe', easyRead: 'Your things stay safe.' },
    );
    const chosen = proposeMatches(draft, v1).map((p) => p.promiseId);
    expect(chosen).toEqual(['p_move', 'p_things', 'p_pep']);
    const body = publishBody(draft, chosen, v1);
    expect(body.basedOnVersion).toBe(1);
    expect(body.sections[0]).toMatchObject({
      sectionId: 's_home',
      promises: [{ promiseId: 'p_move' }, { promiseId: 'p_things', easyRead: 'Your things stay safe.' }],
    });
  });
});
