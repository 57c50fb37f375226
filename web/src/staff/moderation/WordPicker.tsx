import { useRef } from 'preact/hooks';
import type { Word } from '../../../../shared/moderation/words';

/**
 * The comment as a row of words, each a toggle button: tap (or Space) to hide or show it. One tab stop for the
 * whole comment; the arrow keys, Home and End move between words, as in a toolbar.
 */
export const WordPicker = ({
  id,
  words,
  hidden,
  onToggle,
  disabled,
}: {
  id: string;
  words: readonly Word[];
  hidden: ReadonlySet<number>;
  onToggle: (index: number) => void;
  disabled?: boolean;
}) => {
  const group = useRef<HTMLDivElement>(null);
  const focusWord = (i: number) => {
    const buttons = group.current?.querySelectorAll<HTMLButtonElement>('button');
    if (!buttons?.length) return;
    const next = Math.max(0, Math.min(buttons.length - 1, i));
    buttons.forEach((b, j) => {
      b.tabIndex = j === next ? 0 : -1;
    });
    buttons[next]!.focus();
  };
  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    const to = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: words.length - 1,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusWord(to);
  };
  return (
    <div
      class="word-picker"
      role="group"
      aria-labelledby={`${id}-words-label`}
      aria-describedby={`${id}-words-help`}
      ref={group}
      data-testid="comment-words"
    >
      {words.map((w, i) => [
        i > 0 ? ' ' : null,
        <button
          key={`${i}-${w.core.start}`}
          type="button"
          class="word"
          aria-pressed={hidden.has(i)}
          tabIndex={i === 0 ? 0 : -1}
          disabled={disabled}
          onClick={() => onToggle(i)}
          onKeyDown={onKeyDown(i)}
        >
          {w.text}
        </button>,
      ])}
    </div>
  );
};
