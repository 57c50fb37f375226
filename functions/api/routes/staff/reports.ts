/** The board report's figures as a CSV download; every export is audited. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CSV_MEDIA_TYPE, toCsv } from '../../../../shared/csv';
import { BOARD_READERS } from '../../../../shared/roles';
import { scorecardCsvRows } from '../../../../shared/scoring/scorecard-csv';
import type { RegisterRoutes } from '../../env';
import { recordAudit } from '../../services/audit';
import { historyFor, scorecardFor } from '../../services/scorecards';
import { staffErrors, staffRoute } from '../route-kit';
import { roundParams } from './scorecard';

const csv = staffRoute({
  method: 'get',
  path: API_PATHS.scorecardCsv,
  tags: ['staff', 'scorecard'],
  summary: 'Every figure of the scorecard and its trends as one CSV table (RFC 4180, safe to open in a spreadsheet)',
  roles: BOARD_READERS,
  request: { params: roundParams },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'One row per figure group; "table" says which',
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
    const [card, history] = await Promise.all([
      scorecardFor(deps, councilId, roundId),
      historyFor(deps, councilId, roundId),
    ]);
    const rows = scorecardCsvRows(card, history);
    const staff = c.get('staff');
    await recordAudit(deps, staff, {
      councilId,
      action: 'scorecard.export-csv',
      target: roundId,
      details: { rows: rows.length - 1 },
    });
    c.header('Content-Type', CSV_MEDIA_TYPE);
    c.header(
      'Content-Disposition',
      `attachment; filename="scorecard-${fileName(card.council.slug)}-${fileName(card.round.name)}.csv"`,
    );
    return c.body(toCsv(rows, { bom: true }), 200);
  });
};
