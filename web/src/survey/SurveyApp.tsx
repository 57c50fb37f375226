import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CareStatus } from '../../../shared/cohort';
import { MORE_PROMISES_STEP, PROGRESS_IDLE_CHECK_MS } from '../../../shared/limits';
import type { PublicSurvey } from '../../../shared/schemas/public-survey';
import { asksAboutFirst, careOf, promisesFor } from '../../../shared/survey/audience';
import { asksSectionsFirst, inChosenSections, moreFrom } from '../../../shared/survey/sections';
import { promisesPerPersonOf } from '../../../shared/survey/short-set';
import { textId } from '../../../shared/translations/text-ids';
import type { ApiFailure } from '../lib/api';
import {
  browserLanguages,
  phoneLanguages,
  rememberPicked,
  rememberRead,
  wipeForNextPerson,
} from '../lib/device-storage';
import { newToken } from '../lib/uuid';
import { DEVICE_KEYS, readJson } from './device';
import { CareAnswer } from './HelpContacts';
import { councilWords, type Lang, offeredLangs, pickLanguage, SURVEY_WORDS } from './i18n';
import { I18n, useI18n } from './i18n/context';
import { Layout } from './Layout';
import {
  type Outbox,
  type Outcome,
  progressToOffer,
  type Queued,
  sentFromHere,
  startOutbox,
  waitingToShow,
} from './outbox';
import {
  forgetProgress,
  hasSomethingToSend,
  isIdle,
  newProgress,
  nextStep,
  PROMISE_COMMENT_ROOM,
  type Progress,
  previousStep,
  promiseCommentCount,
  promiseIndexOf,
  type StepId,
  saveProgress,
  stepsFor,
  submissionOf,
  validStep,
} from './progress';
import { SendWaiting } from './SendWaiting';
import { AboutScreen } from './screens/AboutScreen';
import { ChangeScreen } from './screens/ChangeScreen';
import { CodeScreen } from './screens/CodeScreen';
import { FailedScreen, NoRoundScreen, ProblemScreen, SavedScreen } from './screens/MessageScreens';
import { MoreScreen } from './screens/MoreScreen';
import { PrivacyPage } from './screens/PrivacyPage';
import { PromiseScreen } from './screens/PromiseScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { SectionsScreen } from './screens/SectionsScreen';
import { StartScreen } from './screens/StartScreen';
import { ThanksScreen } from './screens/ThanksScreen';
import { askedOf, askedPledge, setLengthWords, startedWithSet, useCoverage, withMore } from './short-survey';
import { flatPromises, loadSurvey, type OpenRound, type SurveyPledge } from './survey-data';

type Load = { kind: 'loading' } | { kind: 'failed'; notFound: boolean } | { kind: 'ready'; survey: PublicSurvey };

const NO_TEXTS: Readonly<Record<string, string>> = {};

/**
 * The young person's pages: /c/<council> (the survey), /c/<council>/privacy and /privacy. Moving between
 * them replaces the history entry rather than adding one, so "Leave now" followed by Back never lands here.
 */
export const SurveyApp = (props: {
  slug: string | null;
  privacy: boolean;
  firstLoad: Promise<PublicSurvey> | null;
}) => {
  const { slug } = props;
  const [lang, setLang] = useState<Lang>(() =>
    pickLanguage(readJson<string>(DEVICE_KEYS.language), browserLanguages()),
  );
  const [privacy, setPrivacy] = useState(props.privacy);
  const [load, setLoad] = useState<Load>(slug ? { kind: 'loading' } : { kind: 'failed', notFound: true });
  const [atStart, setAtStart] = useState(true);
  // What this young person said about care, for the help contacts shown to them (none said: every contact).
  const [care, setCare] = useState<CareStatus | undefined>(undefined);
  // A council's survey offers English and the languages it switched on for its open round; the language picked
  // on this phone shows where offered, else English. The council's own texts come in the shown language.
  const ready = load.kind === 'ready' ? load.survey : null;
  const offered = offeredLangs(ready ? (ready.languages ?? []) : null, phoneLanguages());
  const wanted: Lang = offered.includes(lang) ? lang : 'en';
  // A language not yet fetched on this visit shows once its words arrive; until then the words shown so far.
  const t = SURVEY_WORDS.useWords(wanted);
  const shown = t.lang as Lang;
  const offeredHere = ready?.languages?.find((l) => l.language === shown);
  const texts = offeredHere?.texts ?? NO_TEXTS;
  // A language a council offers, shown here (picked, or the phone's own), is kept for the pages of no council.
  useEffect(() => {
    if (offeredHere) rememberRead(offeredHere.language);
  }, [offeredHere?.language]);

  const fetchSurvey = (first: Promise<PublicSurvey> | null) => {
    if (!slug) return;
    setLoad({ kind: 'loading' });
    (first ?? loadSurvey(slug)).then(
      (survey) => setLoad({ kind: 'ready', survey }),
      (e: ApiFailure) => setLoad({ kind: 'failed', notFound: e.status === 404 || e.status === 400 }),
    );
  };
  useEffect(() => {
    fetchSurvey(props.firstLoad);
    // The phone's language is fetched beside the council's data, and shown once the council is seen to offer it.
    if (slug) SURVEY_WORDS.load(lang).catch(() => undefined);
  }, []);

  // Before the screen is painted, so the words never show in the other direction for a moment.
  useLayoutEffect(() => {
    document.documentElement.lang = shown;
    document.documentElement.dir = t.dir;
  }, [shown]);

  const survey = load.kind === 'ready' ? load.survey : null;
  // The council's name in the shown language where it translated it (else English, marked so).
  const councilName = survey ? councilWords(texts, textId.councilName, survey.council.name, shown) : undefined;
  useEffect(() => {
    const name = councilName?.text;
    const page = privacy ? t.privacy.title : name ? t.startTitle(name) : t.pageTitle;
    document.title = privacy && name ? `${page} · ${name}` : page;
  }, [privacy, councilName?.text, shown]);

  const goPrivacy = (on: boolean) => {
    setPrivacy(on);
    history.replaceState(
      null,
      '',
      on ? (slug ? `/c/${encodeURIComponent(slug)}/privacy` : '/privacy') : `/c/${encodeURIComponent(slug ?? '')}`,
    );
  };

  const contacts = survey?.council.helpContacts ?? [];
  let body: ComponentChildren;
  if (privacy) body = <PrivacyPage contacts={contacts} onBack={slug ? () => goPrivacy(false) : null} />;
  else if (load.kind === 'loading')
    body = (
      <>
        {/* On a slow connection this screen can last seconds: it still says where the young person is. */}
        <h1 class="visually-hidden">{t.pageTitle}</h1>
        <p class="screen loading" role="status">
          {t.loading}
        </p>
      </>
    );
  else if (load.kind === 'failed') body = <FailedScreen notFound={load.notFound} onRetry={() => fetchSurvey(null)} />;
  else if (!load.survey.round || !load.survey.pledge)
    body = (
      <NoRoundScreen councilName={councilName?.text ?? load.survey.council.name} contacts={contacts}>
        <SendWaiting />
      </NoRoundScreen>
    );
  else {
    body = (
      <SurveyFlow
        key={load.survey.round.roundId}
        slug={slug!}
        survey={load.survey}
        round={load.survey.round}
        pledge={load.survey.pledge}
        atStart={atStart}
        leaveStart={() => setAtStart(false)}
        backToStart={() => setAtStart(true)}
        onCare={setCare}
        onNewRound={(s) => {
          setAtStart(true);
          setLoad({ kind: 'ready', survey: s });
        }}
      />
    );
  }

  return (
    <I18n.Provider value={{ t, lang: shown, texts, englishNotice: offeredHere?.englishPromisesNotice === true }}>
      <CareAnswer.Provider value={privacy ? undefined : care}>
        <Layout
          councilName={councilName}
          languages={offered}
          onLanguage={(l) => {
            setLang(l);
            rememberPicked(l);
          }}
          privacyHref={slug ? `/c/${encodeURIComponent(slug)}/privacy` : '/privacy'}
          onPrivacy={privacy ? undefined : () => goPrivacy(true)}
        >
          {body}
        </Layout>
      </CareAnswer.Provider>
    </I18n.Provider>
  );
};

type Phase =
  | { kind: 'answering' }
  | { kind: 'sending' }
  | { kind: 'saved'; trying: boolean }
  | { kind: 'sent' }
  | { kind: 'problem'; closed: boolean; message: string };

const SurveyFlow = (props: {
  slug: string;
  survey: PublicSurvey;
  round: OpenRound;
  pledge: SurveyPledge;
  atStart: boolean;
  leaveStart: () => void;
  backToStart: () => void;
  onCare: (care: CareStatus | undefined) => void;
  onNewRound: (s: PublicSurvey) => void;
}) => {
  const { round, pledge, slug } = props;
  const roundId = round.roundId;
  const contacts = props.survey.council.helpContacts;
  const items = useMemo(() => flatPromises(pledge), [pledge]);
  const ids = useMemo(() => items.map((i) => i.promise.promiseId), [items]);
  const needsCode = round.access === 'one-time-codes';
  // The survey always opens on its start screen; progress already queued to send is never offered again.
  const [progress, setProgress] = useState<Progress | null>(() => progressToOffer(roundId));
  // This person's own set (short-survey.ts): the promises they are asked, in order, and whether more are left.
  // Survey data kept on the phone from before rounds had the setting asks the default number.
  const perPerson = promisesPerPersonOf(round.promisesPerPerson, items.length);
  const coverage = useCoverage(roundId, perPerson < items.length);
  // The promises about this person (shared/survey/audience.ts): chosen by "About you", asked first when it matters.
  const aboutFirst = useMemo(
    () =>
      asksAboutFirst(
        items.map((i) => i.promise),
        round.junior,
      ),
    [items, round.junior],
  );
  // "Sections first" (shared/survey/sections.ts): they pick the parts that matter to them, then the set is chosen.
  const sectionsFirst = asksSectionsFirst(round.sectionsFirst, pledge.sections);
  /** Where the set is chosen: on leaving the last question before the promises, or at Start when there is none. */
  const choosesAt: StepId | null = sectionsFirst ? 'sections' : aboutFirst ? 'about' : null;
  const aboutThem = (p: Progress | null) =>
    promisesFor(
      items.map((i) => i.promise),
      p?.about,
      round.junior,
    ).map((x) => x.promiseId);
  const eligibleFor = (p: Progress | null) =>
    sectionsFirst ? inChosenSections(aboutThem(p), pledge.sections, p?.sections) : aboutThem(p);
  const theirs = useMemo(() => aboutThem(progress), [items, progress?.about, round.junior]);
  const eligible = useMemo(() => eligibleFor(progress), [theirs, progress?.sections, sectionsFirst]);
  const asked = useMemo(() => askedOf(items, progress), [items, progress?.asked]);
  const askedIds = asked.map((i) => i.promise.promiseId);
  /**
   * How many the start screen says they are asked: their set once it is chosen (at Start, or on leaving "About
   * you" or the sections); before that, as many as it will hold. Progress saved on "About you" has no set yet.
   */
  const setLengthOf = (p: Progress | null): number =>
    p && (!choosesAt || p.asked || Object.keys(p.ratings).length > 0)
      ? asked.length
      : Math.min(perPerson, eligibleFor(p).length);
  const offerMore = theirs.some((id) => !askedIds.includes(id));
  /** "Rate some more?" takes from the parts they picked while any is left, then from all promises about them. */
  const morePool = moreFrom(eligible, theirs, askedIds);
  const steps = useMemo(
    () => stepsFor(asked.length, needsCode, offerMore, aboutFirst, sectionsFirst),
    [asked.length, needsCode, offerMore, aboutFirst, sectionsFirst],
  );
  const [phase, setPhase] = useState<Phase>({ kind: 'answering' });
  const [backToReview, setBackToReview] = useState(false);
  const [reviewError, setReviewError] = useState<string | null>(null);
  const outbox = useRef<Outbox | null>(null);
  const { t, lang, texts } = useI18n();
  const names = {
    council: councilWords(texts, textId.councilName, props.survey.council.name, lang).text,
    round: councilWords(texts, textId.roundName, round.name, lang).text,
  };
  const careAnswer = careOf(progress?.about);
  useEffect(() => props.onCare(careAnswer), [careAnswer]);

  const onOutcome = (q: Queued, outcome: Outcome) => {
    // Answers hidden by "Leave now" are sent without a word; so are earlier answers once someone is answering.
    if (q.roundId !== roundId || q.hidden) return;
    const sentOnThisPage = phase.kind === 'sending' || phase.kind === 'saved';
    if (outcome.kind === 'retry') {
      if (sentOnThisPage) setPhase({ kind: 'saved', trying: false });
      return;
    }
    // Answers queued on an earlier visit end on the start screen only: never over someone answering now.
    if (!sentOnThisPage && !(phase.kind === 'answering' && props.atStart)) return;
    if (outcome.kind === 'sent') setPhase({ kind: 'sent' });
    else {
      // A refusal that waiting will not change. Closed rounds get their own plain words.
      const message = outcome.message;
      loadSurvey(slug, true).then(
        (s) => {
          const closed = s.round?.roundId !== roundId;
          // Answers to a closed round can never be sent: they do not stay on the phone.
          if (closed) forgetProgress(roundId);
          setPhase({ kind: 'problem', closed, message });
        },
        () => setPhase({ kind: 'problem', closed: false, message }),
      );
    }
  };
  const onOutcomeRef = useRef(onOutcome);
  onOutcomeRef.current = onOutcome;

  useEffect(() => {
    const o = startOutbox({ onOutcome: (q, x) => onOutcomeRef.current(q, x) });
    outbox.current = o;
    // Answers left waiting by an earlier visit (any round) go now.
    void o.flush();
    return () => o.stop();
  }, []);

  const update = (p: Progress) => {
    const touched = { ...p, touchedAt: Date.now() };
    setProgress(touched);
    saveProgress(touched);
  };

  // Progress left for an hour is wiped, also while the page stays open (checked often, and when it is shown again).
  const idleCheck = useRef(() => {});
  idleCheck.current = () => {
    if (!progress || !isIdle(progress)) return;
    forgetProgress(roundId);
    setProgress(null);
    if (phase.kind === 'answering') props.backToStart();
  };
  useEffect(() => {
    const check = () => idleCheck.current();
    const timer = setInterval(check, PROGRESS_IDLE_CHECK_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);

  /** "Someone else wants to answer on this phone": nothing of the last person stays, and a new survey starts. */
  const forNextPerson = () => {
    wipeForNextPerson();
    setProgress(null);
    setBackToReview(false);
    setPhase({ kind: 'answering' });
  };
  const go = (p: Progress, step: StepId) => update({ ...p, step });
  const forward = (p: Progress) => {
    if (backToReview) {
      setBackToReview(false);
      return go(p, 'review');
    }
    // Leaving "About you" before any promise is rated chooses the set from the promises about them; once one is
    // rated the set stays as it is, so no answer given is dropped.
    if (choosesAt && p.step === choosesAt && Object.keys(p.ratings).length === 0) {
      return go(startedWithSet(p, ids, coverage, perPerson, undefined, eligibleFor(p)), nextStep(steps, choosesAt));
    }
    go(p, nextStep(steps, p.step));
  };
  const backward = (p: Progress) => {
    if (backToReview) {
      setBackToReview(false);
      return go(p, 'review');
    }
    const prev = previousStep(steps, p.step);
    go(p, prev === 'code' && p.accessCode ? previousStep(steps, prev) : prev);
  };

  if (phase.kind === 'sent') {
    return (
      <ThanksScreen
        slug={slug}
        councilName={names.council}
        contacts={contacts}
        onSomeoneElse={() => {
          forNextPerson();
          props.backToStart();
        }}
        onCheckNew={async () => {
          const s = await loadSurvey(slug, true).catch(() => null);
          if (!s?.round || s.round.roundId === roundId) return false;
          props.onNewRound(s);
          return true;
        }}
      />
    );
  }
  if (phase.kind === 'saved') {
    return (
      <SavedScreen
        trying={phase.trying}
        onSomeoneElse={() => {
          // The answers stay queued, hidden: they are sent when the phone is back online.
          forNextPerson();
          props.backToStart();
        }}
        onSendNow={() => {
          setPhase({ kind: 'saved', trying: true });
          void outbox.current?.flush();
        }}
      />
    );
  }
  if (phase.kind === 'problem') {
    return (
      <ProblemScreen
        closed={phase.closed}
        message={phase.message}
        contacts={contacts}
        onBack={phase.closed || !progress ? null : () => setPhase({ kind: 'answering' })}
      />
    );
  }

  const start = () => {
    const fresh = newProgress(roundId, newToken());
    update({
      // With "About you" or the parts first, the set is chosen once they are answered (forward, above).
      ...(choosesAt ? fresh : startedWithSet(fresh, ids, coverage, perPerson)),
      step: steps[1]!,
    });
    setBackToReview(false);
    props.leaveStart();
  };
  const startForSomeoneElse = () => {
    forNextPerson();
    start();
  };
  const answered = progress ? asked.filter((i) => progress.ratings[i.promise.promiseId]).length : 0;
  const step = progress ? validStep(steps, progress.step) : 'start';
  if (!progress || props.atStart || step === 'start') {
    return (
      <StartScreen
        councilName={names.council}
        roundName={names.round}
        closesAt={round.closesAt}
        total={setLengthOf(progress)}
        pledgeTotal={items.length}
        answered={progress ? answered : null}
        sentBefore={sentFromHere()}
        waiting={waitingToShow(roundId).length > 0}
        onStart={start}
        onSomeoneElse={startForSomeoneElse}
        onCarryOn={() => {
          // Carrying on from the very start skips a code already accepted.
          if (step === 'start') go(progress!, steps[1] === 'code' && progress!.accessCode ? steps[2]! : steps[1]!);
          props.leaveStart();
        }}
      />
    );
  }
  const p = { ...progress, step };
  const help = { seen: p.helpSeen === true, onSeen: () => update({ ...p, helpSeen: true }) };

  // A round with codes asks for one before any promise.
  if (step === 'code' || (needsCode && !p.accessCode && step !== 'review')) {
    return (
      <CodeScreen
        roundId={roundId}
        initial={p.accessCode ?? ''}
        onAccepted={(code) => go({ ...p, accessCode: code }, step === 'code' ? nextStep(steps, 'code') : step)}
        onBack={() => go(p, 'start')}
      />
    );
  }

  const index = promiseIndexOf(step);
  if (index !== null) {
    const item = asked[index]!;
    const id = item.promise.promiseId;
    return (
      <PromiseScreen
        key={id}
        promise={item.promise}
        sectionTitle={item.sectionTitle}
        sectionId={item.sectionId}
        index={index}
        total={asked.length}
        rating={p.ratings[id]}
        comment={p.comments[id]}
        canAddComment={promiseCommentCount(p) < PROMISE_COMMENT_ROOM}
        contacts={contacts}
        help={help}
        onRate={(r) => update({ ...p, ratings: { ...p.ratings, [id]: r } })}
        onComment={(text) => {
          const comments = { ...p.comments };
          if (text === undefined) delete comments[id];
          else comments[id] = text;
          update({ ...p, comments });
        }}
        onBack={() => backward(p)}
        onNext={() => forward(p)}
      />
    );
  }
  if (step === 'more') {
    return (
      <MoreScreen
        count={Math.min(MORE_PROMISES_STEP, morePool.filter((id) => !askedIds.includes(id)).length)}
        onMore={() => go(withMore(p, ids, coverage, undefined, morePool), `p${asked.length}`)}
        onStop={() => forward(p)}
        onBack={() => backward(p)}
      />
    );
  }
  if (step === 'change') {
    return (
      <ChangeScreen
        value={p.finalComment}
        contacts={contacts}
        help={help}
        onInput={(text) => update({ ...p, finalComment: text })}
        onBack={() => backward(p)}
        onNext={() => forward(p)}
      />
    );
  }
  if (step === 'about') {
    return (
      <AboutScreen
        about={p.about}
        {...(choosesAt === 'about'
          ? {
              setLength: setLengthWords(
                t,
                Object.keys(p.ratings).length > 0 ? asked.length : Math.min(perPerson, eligible.length),
              ),
            }
          : {})}
        onChange={(about) => update({ ...p, about })}
        onBack={() => backward(p)}
        onNext={() => forward(p)}
      />
    );
  }
  if (step === 'sections') {
    return (
      <SectionsScreen
        sections={pledge.sections.filter((s) => s.promises.some((x) => theirs.includes(x.promiseId)))}
        chosen={p.sections ?? []}
        setLength={setLengthWords(
          t,
          Object.keys(p.ratings).length > 0 ? asked.length : Math.min(perPerson, eligibleFor(p).length),
        )}
        onChange={(sections) => update({ ...p, sections })}
        onBack={() => backward(p)}
        onNext={() => forward(p)}
      />
    );
  }
  return (
    <ReviewScreen
      pledge={askedPledge(pledge, asked)}
      stepOf={(id) => `p${asked.findIndex((i) => i.promise.promiseId === id)}`}
      progress={p}
      sending={phase.kind === 'sending'}
      error={reviewError}
      onChange={(s) => {
        setBackToReview(true);
        setReviewError(null);
        go(p, s);
      }}
      onSend={() => {
        const submission = submissionOf(p, ids);
        if (!hasSomethingToSend(submission)) return setReviewError(t.nothingToSend);
        setReviewError(null);
        setPhase({ kind: 'sending' });
        outbox.current?.add({ roundId, submission, queuedAt: new Date().toISOString(), attempts: 0 });
      }}
    />
  );
};
