import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { newId } from '../../../shared/ids';
import { keys } from '../keys';
import type { AuditEntry, AuditStore } from '../store';
import { inPartition } from './expressions';

export const dynamoAudit = (db: DynamoDBDocumentClient, table: string): AuditStore => ({
  async record(entry) {
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { ...keys.auditEntry(entry.councilId, entry.at, newId('au', 8)), type: 'audit', ...entry },
      }),
    );
  },
  async list(councilId, limit = 200) {
    const { Items } = await db.send(
      new QueryCommand({
        TableName: table,
        ...inPartition(keys.auditPartition(councilId)),
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map(({ councilId: c, at, actor, action, target, details }) => ({
      councilId: String(c),
      at: String(at),
      actor: String(actor),
      action: String(action),
      target: String(target),
      ...(details ? { details: details as AuditEntry['details'] } : {}),
    }));
  },
});
