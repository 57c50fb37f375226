import { expect } from 'vitest';
import type { PledgeImportDraft } from '../../../shared/importer';
import { normaliseForCompare } from '../../../shared/importer/text';

export interface ExpectedSection {
  /** Null, or a note saying the document has no heading, when any title will do. */
  title: string | null;
  promises: number;
}

const anyTitle = (title: string | null) => title === null || /no heading in the text/i.test(title);

/** The draft has exactly these sections, in order, titled alike (ignoring case and punctuation), with these counts. */
export const expectOutline = (draft: PledgeImportDraft, expected: ExpectedSection[]) => {
  const got = draft.sections.map((s) => ({ title: normaliseForCompare(s.title), promises: s.promises.length }));
  const want = expected.map((s, i) => ({
    title: anyTitle(s.title) ? (got[i]?.title ?? '(missing)') : normaliseForCompare(s.title!),
    promises: s.promises,
  }));
  expect(got).toEqual(want);
};
