/**
 * Where a comment came from. Survey comments carry the rating source "survey"; a facilitator's note of
 * what a session's group said carries this, so moderators and boards can tell the two apart.
 */
export const SESSION_NOTE_SOURCE = 'session-note' as const;
