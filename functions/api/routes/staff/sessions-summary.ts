/** After a session: its counts per promise as a page and as a CSV, small numbers replaced as everywhere outside the room. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CSV_MEDIA_TYPE, toCsv } from '../../../../shared/csv';
import { CouncilIdSchema } from '../../../../shared/ids';
import { SUPPRESSED_LABEL } from '../../../../shared/limits';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { SessionIdSchema, SessionSummarySchema, SessionViewSchema } from '../../../../shared/sessions/schemas';
import { summaryCsvRows } from '../../../../shared/sessions/summary';
import type { RegisterRoutes } from '../../env';
import { confirmCounts, summaryOf } from '../../services/sessions';
import { json, staffErrors, staffRoute } from '../route-kit';
import { SESSION_ROLES } from './sessions';

const params = z.object({ councilId: CouncilIdSchema, sessionId: SessionIdSchema });

const summary = staffRoute({
  method: 'get',
  path: API_PATHS.sessionSummary,
  tags: ['staff', 'sessions'],
  summary: `A session's counts per promise; figures from ${SUPPRESSED_LABEL} young people are replaced`,
  roles: SESSION_ROLES,
  request: { params },
  responses: { 200: json(SessionSummarySchema, 'The summary'), ...staffErrors },
});

const csv = staffRoute({
  method: 'get',
  path: API_PATHS.sessionSummaryCsv,
  tags: ['staff', 'sessions'],
  summary: 'The same summary as CSV (RFC 4180, safe to open in a spreadsheet)',
  roles: SESSION_ROLES,
  request: { params },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'One row per promise' },
    ...staffErrors,
  },
});

const confirm = staffRoute({
  method: 'post',
  path: API_PATHS.sessionConfirm,
  tags: ['staff', 'sessions'],
  summary:
    'Check the counts once the session has ended: from then on the board’s scorecard counts them (phones and hands as the session counts them)',
  roles: SESSION_ROLES,
  request: { params },
  responses: {
    200: json(SessionViewSchema, 'The session, with when its counts were checked'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'The session has not ended yet (not_allowed)'),
  },
});

export const registerStaffSessionSummary: RegisterRoutes = (app, deps) => {
  app.openapi(confirm, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    return c.json(await confirmCounts(deps, c.get('staff'), councilId, sessionId), 200);
  });

  app.openapi(summary, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    return c.json(await summaryOf(deps, councilId, sessionId), 200);
  });

  app.openapi(csv, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    const s = await summaryOf(deps, councilId, sessionId);
    const day = (s.session.endedAt ?? s.session.createdAt).slice(0, 10);
    c.header('Content-Type', CSV_MEDIA_TYPE);
    c.header('Content-Disposition', `attachment; filename="session-${day}-${s.session.joinCode}.csv"`);
    return c.body(toCsv(summaryCsvRows(s), { bom: true }), 200);
  });
};
