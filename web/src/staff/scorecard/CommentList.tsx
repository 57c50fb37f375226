import type { PromiseResult } from '../../../../shared/schemas/scorecard';
import { SOURCE_LABELS } from './figures';

/** Approved comments about a promise, as plain text (never markup), each with how it was given. */
export const CommentList = ({ comments }: { comments: PromiseResult['comments'] }) => (
  <ul class="comments">
    {comments.map((c) => (
      <li key={c.commentId}>
        <blockquote>{c.text}</blockquote>
        <p class="comment-meta">
          {SOURCE_LABELS[c.source] ?? c.source}
          {c.redacted ? ' · some words removed by the moderator' : ''}
        </p>
      </li>
    ))}
  </ul>
);
