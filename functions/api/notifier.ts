/**
 * Tells the council's safeguarding lead that an urgent comment is waiting. The alert carries no
 * comment text (e-mail and SMS are not the place for it): only where to look.
 */
export interface UrgentCommentAlert {
  councilId: string;
  roundId: string;
  commentId: string;
  /** The kinds of concern the screen found, such as "self-harm" or "unsafe". */
  concerns: string[];
  /** Set when this is an alert sent again because nobody acknowledged the first: how many times so far. */
  reminder?: number;
}

export interface SafeguardingNotifier {
  urgentComment(alert: UrgentCommentAlert): Promise<void>;
}
