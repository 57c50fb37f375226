/**
 * Undo for the pledge preview: the drafts before the last DRAFT_UNDO_STEPS edits, newest last, each with
 * what the edit was ("Merge “Your home” with the next section"). Typing in one box is one edit, however
 * many keys it takes, so undo takes back the whole change to that box. Pure.
 */
import { DRAFT_UNDO_STEPS } from '../../../../shared/limits';
import type { EditDraft } from './edit-draft';

export interface UndoStep {
  /** The draft as it was before the edit. */
  before: EditDraft;
  /** The edit, in words for the Undo button. */
  what: string;
  /** Set for typing: the box typed in, so that further typing there joins this step. */
  field?: string;
}

export const record = (history: UndoStep[], step: UndoStep): UndoStep[] => {
  const last = history[history.length - 1];
  if (step.field && last?.field === step.field) return history;
  return [...history, step].slice(-DRAFT_UNDO_STEPS);
};

/** The draft to go back to, and the history without that step; null when there is nothing to undo. */
export const undo = (history: UndoStep[]): { draft: EditDraft; what: string; history: UndoStep[] } | null => {
  const last = history[history.length - 1];
  return last ? { draft: last.before, what: last.what, history: history.slice(0, -1) } : null;
};
