import { cohortOf } from '../../../shared/cohort';
import { dayOf, newId } from '../../../shared/ids';
import { answerWindowOf } from '../../../shared/late-answers';
import { commentExpiresAt } from '../../../shared/moderation/retention';
import { promisesNotIn } from '../../../shared/pledge/membership';
import { screenComment } from '../../../shared/safeguarding/screen';
import { safeguardingSettingsOf } from '../../../shared/schemas/council';
import type { Submission, SubmissionReceipt } from '../../../shared/schemas/response';
import type { AppDeps } from '../deps';
import { conflict, notFound, unprocessable } from '../http-error';
import { codeRequired, codeUsed, codeWrong, typedCodeHash } from './access-codes';
import { codeGuesses } from './rate-limit';
import { alertSafeguarding } from './safeguarding-alert';

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
  // After the close, answers the phone started before it are still taken until the figures are final.
  const taking = answerWindowOf(round, now, s.startedAt);
  if (taking.kind !== 'open' && taking.kind !== 'late') {
    // A phone that did not hear the answer may resend after the close: a known id gets its receipt again.
    // The answers are never compared, so holding an id tells nobody which answers were sent with it.
    const prior = await deps.store.responses.received(roundId, s.submissionId);
    if (prior) return { receipt: { submissionId: s.submissionId, receivedOn: prior.receivedOn }, replayed: true };
    throw conflict(
      taking.kind === 'not-open'
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
    comments: comments.map(({ screen, ...c }) => ({
      ...c,
      urgent: screen.urgent,
      ...(screen.urgent ? { arrivedAt: now.toISOString() } : {}),
      ...(screen.urgent && safeguardingSettingsOf(council).linkUrgentComments
        ? { sentWith: comments.filter((o) => o.commentId !== c.commentId).map((o) => o.commentId) }
        : {}),
    })),
    receivedOn: dayOf(now),
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
  return {
    receipt: { submissionId: s.submissionId, receivedOn: outcome.receivedOn },
    replayed: outcome.kind === 'duplicate',
  };
};
