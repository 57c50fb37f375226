import { describe, expect, it } from 'vitest';
import { importPledge } from '../../../shared/importer';
import { DRAFT_UNDO_STEPS } from '../../../shared/limits';
import { record, type UndoStep, undo } from '../../../web/src/staff/pledge/draft-history';
import { countPromises, fromImport, mergeSectionWithNext, moveSection } from '../../../web/src/staff/pledge/edit-draft';
import { readFixture } from './pledges-dir';

const draft = fromImport(importPledge(readFixture('complaints-after.txt')), null);

describe('undo in the pledge preview', () => {
  it('keeps the last 20 edits, oldest dropped first', () => {
    let history: UndoStep[] = [];
    let d = draft;
    for (let i = 0; i < DRAFT_UNDO_STEPS + 5; i++) {
      history = record(history, { before: d, what: `move ${i}` });
      d = moveSection(d, 0, 1);
    }
    expect(history).toHaveLength(DRAFT_UNDO_STEPS);
    expect(history[0]?.what).toBe('move 5');
    expect(undo(history)?.what).toBe(`move ${DRAFT_UNDO_STEPS + 4}`);
  });

  it('typing in one box is one step; another box is another', () => {
    let history = record([], { before: draft, what: 'change the title', field: 'title' });
    history = record(history, { before: { ...draft, title: 'E' }, what: 'change the title', field: 'title' });
    expect(history).toHaveLength(1);
    history = record(history, { before: draft, what: 'change promise 1', field: 'p1' });
    expect(history).toHaveLength(2);
    expect(undo(undo(history)!.history)?.draft).toBe(draft);
  });

  it('undo after merging two sections gives back the draft exactly', () => {
    const merged = mergeSectionWithNext(draft, 0);
    expect(countPromises(merged)).toBe(countPromises(draft));
    const back = undo(record([], { before: draft, what: 'merge' }));
    expect(JSON.stringify(back?.draft)).toBe(JSON.stringify(draft));
    expect(undo([])).toBeNull();
  });

  it('set-aside parts come into the draft greyed, are not counted, and keep their items', () => {
    expect(draft.sections.map((s) => [s.title, Boolean(s.setAside), s.promises.length])).toEqual([
      ['Your home', false, 2],
      ['Money', false, 2],
      ['Let us know if we have not kept a promise', true, 3],
      ['How to complain', true, 3],
    ]);
    expect(countPromises(draft)).toBe(4);
  });
});
