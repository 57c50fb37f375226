/** The board report's figures as CSV downloads, one file per kind of row; every export is audited. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CSV_MEDIA_TYPE, toCsv } from '../../../../shared/csv';
import { BOARD_READERS } from '../../../../shared/roles';
import { AnswersQuerySchema } from '../../../../shared/schemas/scorecard';
import { CSV_KINDS, scorecardCsvRows } from '../../../../shared/scoring/scorecard-csv';
import type { RegisterRoutes } from '../../env';
import { recordAudit } from '../../services/audit';
import { historyFor, scorecardFor } from '../../services/scorecards';
import { staffErrors, staffRoute } from '../route-kit';
import { roundParams } from './scorecard';

const csv = staffRoute({
  method: 'get',
  path: API_PATHS.scorecardCsv,
  tags: ['staff', 'scorecard'],
  summary:
    'The figures of the scorecard as CSV, one file per kind of row (RFC 4180, safe to open in a spreadsheet): number columns hold numbers or nothing; a hidden figure is empty, flagged in "suppressed" with the reason in "suppressed_because"',
  roles: BOARD_READERS,
  request: {
    params: roundParams,
    query: AnswersQuerySchema.extend({
      kind: z.enum(CSV_KINDS, { error: () => `kind must be one of: ${CSV_KINDS.join(', ')}` }).default('promises'),
    }),
  },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'One row per promise, section, theme, group, count of people, action or round point, by `kind`',
    },
    ...staffErrors,
  },
});

const fileName = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'round';

export const registerReports: RegisterRoutes = (app, deps) => {
  app.openapi(csv, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    const { kind, answers } = c.req.valid('query');
    const [card, history] = await Promise.all([
      scorecardFor(deps, councilId, roundId, undefined, answers),
      kind === 'rounds' ? historyFor(deps, councilId, roundId) : undefined,
    ]);
    const rows = scorecardCsvRows(kind, card, history);
    const staff = c.get('staff');
    await recordAudit(deps, staff, {
      councilId,
      action: 'scorecard.export-csv',
      target: roundId,
      details: { kind, answers, rows: rows.length - 1 },
    });
    c.header('Content-Type', CSV_MEDIA_TYPE);
    c.header(
      'Content-Disposition',
      `attachment; filename="scorecard-${fileName(card.council.slug)}-${fileName(card.round.name)}-${kind}${answers === 'survey' ? '-survey-only' : ''}.csv"`,
    );
    return c.body(toCsv(rows, { bom: true }), 200);
  });
};
