import { useEffect, useRef, useState } from 'preact/hooks';
import { COMMENT_MAX_CHARS } from '../../../../shared/limits';
import type { ApiFailure } from '../../lib/api';
import { newToken } from '../../lib/uuid';
import { TextAreaField } from '../Field';

/** What the group said about the promise. It goes to the moderators, like a young person's comment. */
export const NoteDialog = ({
  send,
  onClose,
}: {
  send: (noteId: string, text: string) => Promise<unknown>;
  onClose: (sent: boolean) => void;
}) => {
  const dialog = useRef<HTMLDialogElement>(null);
  // Made once per note, so sending again after a timeout stores it once.
  const noteId = useRef(newToken());
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => dialog.current?.showModal(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await send(noteId.current, text);
      onClose(true);
    } catch (err) {
      setError((err as ApiFailure).message);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="presenter-dialog" aria-labelledby="note-title" onCancel={() => onClose(false)}>
      <form onSubmit={submit}>
        <h2 id="note-title">Note what the group said</h2>
        <TextAreaField
          id="note-text"
          label="What would make this better?"
          hint="Moderators read notes first; the board sees them once approved. Do not write anyone’s name."
          value={text}
          onValue={setText}
          attrs={{ rows: 5, maxLength: COMMENT_MAX_CHARS }}
        />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="dialog-buttons">
          <button class="button" type="submit" disabled={busy || text.trim() === ''}>
            {busy ? 'Sending…' : 'Send to moderators'}
          </button>
          <button class="button secondary" type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
};
