/** When a raw comment (or a session's note) is deleted: its council's retention after it arrived, in epoch seconds for DynamoDB's TTL. */
const DAY_SECONDS = 86_400;

export const commentExpiresAt = (receivedAt: Date, retentionDays: number): number =>
  Math.floor(receivedAt.getTime() / 1000) + retentionDays * DAY_SECONDS;
