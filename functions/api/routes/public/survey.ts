import { createRoute } from '@hono/zod-openapi';
import { etag } from 'hono/etag';
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { SlugSchema } from '../../../../shared/ids';
import { PublicSurveySchema, publicSurveyOf } from '../../../../shared/schemas/public-survey';
import { isRoundOpen } from '../../../../shared/schemas/round';
import type { RegisterRoutes } from '../../env';
import { notFound } from '../../http-error';
import { json, publicErrors } from '../route-kit';

const route = createRoute({
  method: 'get',
  path: API_PATHS.survey,
  tags: ['public'],
  summary: "A council's survey: its open round and the promises of that round's pledge",
  // An ETag lets a phone that already has the pledge get a 304 instead of the whole thing again.
  middleware: [etag()] as const,
  request: { params: z.object({ slug: SlugSchema }) },
  responses: { 200: json(PublicSurveySchema, 'The council, its open round (or null) and the pledge'), ...publicErrors },
});

export const registerPublicSurvey: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const { slug } = c.req.valid('param');
    const council = await deps.store.councils.getBySlug(slug);
    if (!council) throw notFound(`There is no council at "${slug}". Check the link you were given.`);
    const now = deps.now();
    const round = (await deps.store.rounds.listForCouncil(council.councilId)).find((r) => isRoundOpen(r, now)) ?? null;
    const pledge = round ? await deps.store.pledges.get(council.councilId, round.pledgeId, round.pledgeVersion) : null;
    const languages = round ? await deps.store.translations.list(council.councilId) : [];
    return c.json(publicSurveyOf(council, round, pledge, languages), 200);
  });
};
