import { useEffect, useRef } from 'preact/hooks';

export interface Confirmation {
  title: string;
  body: string;
  /** The button that does it, worded as the action ("Yes, merge them"). */
  yes: string;
  onYes: () => void;
}

/**
 * Asks before an edit that loses work (deleting or merging a section, throwing the draft away). A modal
 * <dialog>: focus goes into it, Escape cancels, and focus returns to the button that opened it.
 */
export const ConfirmDialog = ({ ask, onClose }: { ask: Confirmation | null; onClose: () => void }) => {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (ask && !dialog.open) dialog.showModal();
    if (!ask && dialog.open) dialog.close();
  }, [ask]);
  return (
    <dialog ref={ref} class="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-body" onClose={onClose}>
      {ask && (
        <>
          <h2 id="confirm-title">{ask.title}</h2>
          <p id="confirm-body">{ask.body}</p>
          <div class="confirm-buttons">
            <button
              type="button"
              class="button danger"
              onClick={() => {
                ask.onYes();
                onClose();
              }}
            >
              {ask.yes}
            </button>{' '}
            <button type="button" class="button secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
};
