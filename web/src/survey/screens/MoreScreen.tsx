import { useHeadingFocus } from '../focus';
import { useI18n } from '../i18n/context';
import { ArrowIcon } from '../icons';

/**
 * "Rate some more?", after a young person's set: a few more promises, or stop. Stopping is a finished survey
 * like any other: the last question, about you, the check and the thank-you follow either way.
 */
export const MoreScreen = (props: { count: number; onMore: () => void; onStop: () => void; onBack: () => void }) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.moreTitle}
      </h1>
      <p>{t.moreIntro(props.count)}</p>
      <button type="button" class="button big" onClick={props.onStop}>
        {t.moreNo} <ArrowIcon />
      </button>
      <button type="button" class="button secondary" onClick={props.onMore}>
        {t.moreYes(props.count)}
      </button>
      <div class="nav">
        <button type="button" class="button secondary" onClick={props.onBack}>
          <ArrowIcon back /> {t.back}
        </button>
      </div>
    </div>
  );
};
