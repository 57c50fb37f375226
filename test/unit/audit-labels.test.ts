import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionLabel } from '../../shared/audit';

describe('audit log labels', () => {
  it('a live session’s start, end, show of hands and note read as words, not as recorded names', () => {
    for (const action of ['session.create', 'session.end', 'session.tally', 'session.note']) {
      const label = auditActionLabel(action);
      expect(label).not.toBe(action);
      expect(label).toMatch(/^[A-Z][a-z’ ]+/);
    }
  });

  it('every recorded action has its own label', () => {
    const labels = Object.values(AUDIT_ACTIONS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('an entry recorded under a name no longer listed still shows, as recorded', () => {
    expect(auditActionLabel('pledge.unpublish')).toBe('pledge.unpublish');
    expect(auditActionLabel('toString')).toBe('toString');
  });

  it('the audit page takes its labels from shared/audit.ts, not a list of its own', () => {
    const page = readFileSync(new URL('../../web/src/staff/audit/AuditPage.tsx', import.meta.url), 'utf8');
    expect(page).toContain('auditActionLabel(e.action)');
    expect(page).not.toMatch(/'comment\.approve'|'session\.create'/);
  });
});
