import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n/context';
import { startOutbox } from './outbox';

/**
 * On a page with no survey open, answers left waiting on this phone still go: a survey started before the
 * close is taken for some days after it (shared/late-answers.ts). Says so when they arrive, unless they were
 * hidden by "Leave now".
 */
export const SendWaiting = () => {
  const { t } = useI18n();
  const [sent, setSent] = useState(false);
  useEffect(() => {
    const o = startOutbox({ onOutcome: (q, outcome) => outcome.kind === 'sent' && !q.hidden && setSent(true) });
    void o.flush();
    return () => o.stop();
  }, []);
  return sent ? (
    <p class="notice saved" role="status">
      {t.lateSent}
    </p>
  ) : null;
};
