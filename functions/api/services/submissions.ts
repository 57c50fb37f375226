import { createHash } from 'node:crypto';
import { cohortOf } from '../../../shared/cohort';
import { newId } from '../../../shared/ids';
import { commentExpiresAt } from '../../../shared/moderation/retention';
import { promisesNotIn } from '../../../shared/pledge/membership';
import { screenComment } from '../../../shared/safeguarding/screen';
import type { Submission, SubmissionReceipt } from '../../../shared/schemas/response';
import { isRoundOpen } from '../../../shared/schemas/round';
import type { AppDeps } from '../deps';
import { conflict, notFound, unprocessable } from '../http-error';
import { codeRequired, codeUsed, codeWrong, typedCodeHash } from './access-codes';
import { codeGuesses } from './rate-limit';
import { alertSafeguarding } from './safeguarding-alert';

/** A digest of what was answered, independent of key order, to tell a replay from a reused id. */
export const answersDigest = (s: Submission): string => {
  const ratings = Object.keys(s.ratings)
    .sort()
    .map((k) => [k, s.ratings[k]]);
  const about = [s.about?.ageGroup ?? null, s.about?.careStatus ?? null];
  const comments = (s.comments ?? []).map((c) => [c.promiseId ?? null, c.text]);
  return createHash('sha256')
    .update(JSON.stringify([ratings, about, comments]))
    .digest('base64url');
};

export interface ReceiveResult {
  receipt: SubmissionReceipt;
  replayed: boolean;
}

/** A young person's answers arrive: check them against the round and its pledge, then store and count them once. */
export const receiveSubmission = async (
  deps: AppDeps,
  roundId: string,
  s: Submission,
  client: { address: string | null },
): Promise<ReceiveResult> => {
  const round = await deps.store.rounds.get(roundId);
  if (!round) throw notFound('There is no survey with this link. Ask the person who sent it for a new one.');
  const now = deps.now();
  if (!isRoundOpen(round, now)) {
    // A phone that did not hear the answer may resend after the close: it is told its answers arrived.
    const prior = await deps.store.responses.received(roundId, s.submissionId);
    if (prior?.bodyHash === answersDigest(s))
      return { receipt: { submissionId: s.submissionId, receivedAt: prior.receivedAt }, replayed: true };
    throw conflict(
      round.opensAt > now.toISOString()
        ? `This survey opens on ${round.opensAt.slice(0, 10)}. Answers can be sent from then.`
        : `This survey closed on ${round.closesAt?.slice(0, 10)}. Answers can no longer be sent.`,
    );
  }
  const [pledge, council] = await Promise.all([
    deps.store.pledges.get(round.councilId, round.pledgeId, round.pledgeVersion),
    deps.store.councils.get(round.councilId),
  ]);
  if (!pledge || !council) throw notFound('This survey is not set up yet. Please try again later.');

  const named = [
    ...Object.keys(s.ratings).map((id) => ({ path: `ratings.${id}`, id })),
    ...(s.comments ?? []).flatMap((c, i) =>
      c.promiseId ? [{ path: `comments.${i}.promiseId`, id: c.promiseId }] : [],
    ),
  ];
  const notInPledge = new Set(
    promisesNotIn(
      pledge,
      named.map((u) => u.id),
    ),
  );
  const unknown = named.filter((u) => notInPledge.has(u.id));
  if (unknown.length > 0) {
    throw unprocessable(
      `These promises are not in this survey: ${[...new Set(unknown.map((u) => u.id))].slice(0, 10).join(', ')}. Reload the survey to get the current promises.`,
      unknown.map((u) => ({ path: u.path, message: 'Not a promise of this survey' })),
    );
  }

  // A round with one-time codes takes answers only with an unused code of its own, marked used as they are stored.
  // A code sent here is a guess like one sent to the code check, and meets the same limit.
  let accessCodeHash: string | undefined;
  const guesses = codeGuesses(deps, client.address);
  if (round.access === 'one-time-codes') {
    if (!s.accessCode) throw codeRequired();
    await guesses.before();
    accessCodeHash = (await typedCodeHash(deps, roundId, s.accessCode)) ?? undefined;
    if (!accessCodeHash) {
      await guesses.wrong();
      throw codeWrong();
    }
  }

  const receivedAt = now.toISOString();
  const comments = (s.comments ?? []).map((c) => ({
    commentId: newId('cm', 14),
    promiseId: c.promiseId,
    text: c.text,
    screen: screenComment(c.text),
  }));
  const outcome = await deps.store.responses.submit({
    round,
    submissionId: s.submissionId,
    ratings: s.ratings,
    cohort: cohortOf(s.about, 'survey'),
    comments: comments.map(({ screen, ...c }) => ({ ...c, urgent: screen.urgent })),
    receivedAt,
    bodyHash: answersDigest(s),
    commentsExpireAt: commentExpiresAt(now, council.commentRetentionDays),
    ...(accessCodeHash ? { accessCodeHash } : {}),
  });
  if (outcome.kind === 'code-refused') {
    const used = (await deps.store.accessCodes.status(roundId, accessCodeHash!)) === 'used';
    await guesses.wrong();
    throw used ? codeUsed() : codeWrong();
  }
  if (outcome.kind === 'stored') {
    for (const c of comments.filter((x) => x.screen.urgent)) {
      await alertSafeguarding(deps, {
        councilId: round.councilId,
        roundId,
        commentId: c.commentId,
        concerns: c.screen.concerns,
      });
    }
  }
  if (outcome.kind === 'id-reused') {
    throw conflict(
      'This survey was already sent from this phone with different answers. Start the survey again to send new answers.',
    );
  }
  return {
    receipt: { submissionId: s.submissionId, receivedAt: outcome.receivedAt },
    replayed: outcome.kind === 'duplicate',
  };
};
