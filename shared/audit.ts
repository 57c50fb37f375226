/**
 * Every action the audit log records, with the words a council admin reads for it. Services record only
 * these names (recordAudit takes an AuditAction), and the audit page shows only these labels.
 */
export const AUDIT_ACTIONS = {
  'council.create': 'Council added',
  'council.settings': 'Council settings changed',
  'staff.invite': 'Staff invited',
  'staff.roles': 'Roles changed',
  'staff.name': 'Name changed',
  'staff.remove': 'Staff removed',
  'pledge.publish': 'Pledge published',
  'translations.import': 'Translations imported from a file',
  'translations.export': 'Translations downloaded for a translator',
  'translations.edit': 'One translation changed',
  'language.settings': 'Language settings changed',
  'round.open': 'Round opened',
  'round.close': 'Round closed',
  'round.cohort-figures': 'Figures of young people who could answer entered',
  'access-codes.create': 'Codes made',
  'scorecard.read': 'Scorecard read',
  'scorecard.read-history': 'Scorecard trends read',
  'scorecard.export-csv': 'Scorecard exported (CSV)',
  'comment.approve': 'Comment approved',
  'comment.redact': 'Comment redacted',
  'comment.reject': 'Comment rejected',
  'comment.flag-urgent': 'Comment flagged urgent',
  'comment.refer': 'Urgent comment referred under the safeguarding procedure',
  'comment.withdraw': 'Comment withdrawn from the board',
  'comment.undo': 'Moderation decision undone',
  'comment.acknowledge': 'Urgent comment’s alert acknowledged',
  'comment.read-sent-with': 'Other comments sent with an urgent one read',
  'action.create': 'Action added',
  'action.update': 'Action changed',
  'action.delete': 'Action deleted',
  'action.publish': 'Action shown to young people',
  'action.unpublish': 'Action taken off the young people’s page',
  'session.create': 'Live session started',
  'session.end': 'Live session ended',
  'session.tally': 'Show of hands entered',
  'session.note': 'Group’s note added',
  'session.confirm': 'Session’s counts checked',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The action a moderator's decision is recorded as. */
export const commentDecisionAction = (decision: 'approve' | 'redact' | 'reject' | 'refer' | 'withdraw'): AuditAction =>
  `comment.${decision}`;

/** What a person reads for a recorded action; an entry from before a name was listed shows as recorded. */
export const auditActionLabel = (action: string): string =>
  Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : action;
