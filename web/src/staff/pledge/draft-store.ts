import type { EditDraft } from './edit-draft';

/** The draft being edited survives a reload and the step to publishing, for this tab only (like the staff token). */
const KEY = 'promise-check:pledge-draft';

export const loadDraft = (): EditDraft | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as EditDraft) : null;
  } catch {
    return null;
  }
};
export const saveDraft = (d: EditDraft) => sessionStorage.setItem(KEY, JSON.stringify(d));
export const clearDraft = () => sessionStorage.removeItem(KEY);
