import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyCounts, RATING_LABELS, RATINGS, type RatingCounts } from '../../../../shared/rating';
import { MAX_HANDS_PER_ANSWER } from '../../../../shared/sessions/timing';
import type { ApiFailure } from '../../lib/api';
import { Field } from '../Field';

/** A show of hands for the promise on the screen. Saving again replaces the numbers: a miscount is simply corrected. */
export const HandsDialog = ({
  most,
  phones,
  load,
  save,
  onClose,
}: {
  /** The most hands the room can have (see shared/sessions/mode.ts). */
  most: number;
  /** Phones in the session, shown beside the hands; null when the session counts hands only. */
  phones: number | null;
  load: () => Promise<RatingCounts | undefined>;
  save: (c: RatingCounts) => Promise<unknown>;
  onClose: (saved: boolean) => void;
}) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const [counts, setCounts] = useState<RatingCounts>(emptyCounts());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    load()
      .then((c) => c && setCounts(c))
      .catch(() => {});
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await save(counts);
      onClose(true);
    } catch (err) {
      setError((err as ApiFailure).message);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="presenter-dialog" aria-labelledby="hands-title" onCancel={() => onClose(false)}>
      <form onSubmit={submit}>
        <h2 id="hands-title">Count hands</h2>
        {phones === null ? (
          <p>Ask the room to raise a hand for each answer, and type how many. At most {most} hands in all.</p>
        ) : (
          <p>
            <strong>Only people without a phone</strong> raise a hand: {phones} phones have joined, so at most {most}{' '}
            hands in all. Someone who voted on a phone and raises a hand would be counted twice.
          </p>
        )}
        <div class="hands-grid">
          {RATINGS.map((r) => (
            <Field
              key={r}
              id={`hands-${r}`}
              label={RATING_LABELS[r]}
              value={String(counts[r])}
              onValue={(v) => setCounts({ ...counts, [r]: Math.max(0, Math.floor(Number(v) || 0)) })}
              attrs={{ type: 'number', inputMode: 'numeric', min: 0, max: MAX_HANDS_PER_ANSWER }}
            />
          ))}
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="dialog-buttons">
          <button class="button" type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save hands'}
          </button>
          <button class="button secondary" type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
};
