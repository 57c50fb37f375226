import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store';
import { dynamoAccessCodes } from './access-codes';
import { dynamoActions } from './actions';
import { dynamoAggregates } from './aggregates';
import { dynamoAudit } from './audit';
import { dynamoBenchmark } from './benchmark';
import { dynamoCohortFigures } from './cohort-figures';
import { dynamoComments } from './comments';
import { dynamoCouncils } from './councils';
import { dynamoPledges } from './pledges';
import { dynamoRateLimits } from './rate-limits';
import { dynamoResponses } from './responses';
import { dynamoRounds } from './rounds';
import { dynamoSessions } from './sessions';
import { dynamoStaffAccess } from './staff-access';
import { dynamoTranslations } from './translations';

export const dynamoStore = (db: DynamoDBDocumentClient, table: string): Store => ({
  councils: dynamoCouncils(db, table),
  pledges: dynamoPledges(db, table),
  rounds: dynamoRounds(db, table),
  responses: dynamoResponses(db, table),
  aggregates: dynamoAggregates(db, table),
  audit: dynamoAudit(db, table),
  sessions: dynamoSessions(db, table),
  comments: dynamoComments(db, table),
  actions: dynamoActions(db, table),
  benchmark: dynamoBenchmark(db, table),
  accessCodes: dynamoAccessCodes(db, table),
  rateLimits: dynamoRateLimits(db, table),
  staffAccess: dynamoStaffAccess(db, table),
  cohortFigures: dynamoCohortFigures(db, table),
  translations: dynamoTranslations(db, table),
});
