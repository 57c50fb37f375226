/**
 * Riverside's own texts in Arabic, as a council would have them translated: plain words a 9-year-old can
 * follow, with the terms the survey's screen words use (الرعاية for care, الأخصائي الاجتماعي for a social
 * worker). `npm start` seeds them, so its Arabic survey has every promise, section and help contact in Arabic.
 */
import { textId } from '../../shared/translations/text-ids';
import { DEMO_COUNCIL, DEMO_PLEDGE } from './demo-council';

const PROMISES: Record<string, { text: string; easyRead?: string }> = {
  p_explain: {
    text: 'سنشرح لك لماذا أتيت إلى الرعاية، بكلام تفهمه، وسنجيب عن أسئلتك.',
    easyRead: 'سنخبرك لماذا أنت في الرعاية، وسنجيب عن أسئلتك.',
  },
  p_visit: {
    text: 'قبل أن تنتقل، سنخبرك عن بيتك الجديد، وسنأخذك لزيارته أولًا عندما نستطيع.',
    easyRead: 'سنخبرك عن بيتك الجديد قبل أن تنتقل إليه.',
  },
  p_things: { text: 'سنتأكد أن أغراضك تنتقل معك في حقيبة مناسبة، وليس أبدًا في كيس قمامة.' },
  p_welcome: { text: 'في يومك الأول في مكان جديد، سيجد شخص وقتًا ليرحّب بك ويُريك المكان.' },
  p_same_worker: {
    text: 'سنحاول جاهدين أن يبقى معك الأخصائي الاجتماعي نفسه، وسنخبرك قبل أي تغيير.',
    easyRead: 'سنحاول أن يبقى معك الأخصائي الاجتماعي نفسه.',
  },
  p_reply: { text: 'سيردّ الأخصائي الاجتماعي على مكالماتك أو رسائلك خلال يومَي عمل.' },
  p_plan: { text: 'سيكون لك رأي في خطة رعايتك، وسنعطيك نسخة منها مكتوبة بكلام تفهمه.' },
  p_iro: {
    text: 'سيلتقي بك مسؤول المراجعة المستقل قبل كل اجتماع مراجعة، وسيستمع إلى ما تريده.',
    easyRead: 'قبل كل اجتماع عنك، سيلتقي بك مسؤول المراجعة ويستمع إليك.',
  },
  p_family: {
    text: 'سنساعدك على البقاء على تواصل مع عائلتك وإخوتك وأخواتك عندما يكون ذلك آمنًا.',
    easyRead: 'سنساعدك على رؤية عائلتك أو التحدث معها عندما يكون ذلك آمنًا.',
  },
  p_friends: { text: 'يمكنك أن تقضي الليلة عند أصدقائك وأن تلتقي بهم، مثل أي شخص آخر في عمرك.' },
  p_home: { text: 'لن ننقلك إلى مكان آخر إلا إذا كان ذلك هو الأفضل لك، وسنخبرك لماذا.' },
  p_identity: { text: 'سنحترم دينك وثقافتك ولغتك وشخصيتك، وسنساعدك على التعرّف على أصولك.' },
  p_school: { text: 'عندما تنتقل إلى بيت آخر، سنساعدك على البقاء في مدرستك نفسها، إلا إذا أردت أن تغيّرها.' },
  p_pep: { text: 'ستكون خطتك الدراسية الشخصية عن الأشياء التي تريد أن تحققها، وستشارك في كتابتها.' },
  p_health: {
    text: 'سترى طبيبًا وطبيب أسنان وطبيب عيون عندما تحتاج، وستحصل على مساعدة في مشاعرك إذا أردت.',
    easyRead: 'سترى طبيبًا أو طبيب أسنان عندما تحتاج. ويمكنك أن تحصل على مساعدة في مشاعرك.',
  },
  p_hobbies: { text: 'سندفع تكاليف هواية أو نادٍ أو نشاط تحبه.' },
  p_advocate: {
    text: 'سنخبرك كيف تحصل على مدافع يتكلم باسمك، وكيف تشتكي إذا لم يعجبك أي شيء نفعله.',
    easyRead: 'سنخبرك كيف تجد شخصًا يتكلم باسمك، أو كيف تشتكي.',
  },
  p_listen: { text: 'عندما تخبرنا أن شيئًا ما ليس على ما يرام، سنستمع إليك، ونخبرك بما سنفعله، ثم نفعله.' },
  p_pathway: { text: 'من عمر 16 سنة، ستكون لك خطة لمرحلة ترك الرعاية، وستشارك في كتابتها.' },
  p_after: { text: 'بعد أن تترك الرعاية، سنبقى معك، وسيكون لك مستشار شخصي حتى عمر 25 سنة.' },
};

const SECTIONS: Record<string, string> = {
  s_coming: 'عندما تأتي إلى الرعاية',
  s_worker: 'الأخصائي الاجتماعي وخططك',
  s_family: 'العائلة والأصدقاء ومكان سكنك',
  s_growing: 'المدرسة والصحة وأنت تكبر',
  s_say: 'أن تقول رأيك، وترك الرعاية',
};

/** The help contacts in DEMO_COUNCIL's order. */
const CONTACTS: { name: string; description: string }[] = [
  { name: 'خدمة حقوق الأطفال في ريفرسايد', description: 'مساعدة لكي يُسمع صوتك، أو لتقديم شكوى' },
  { name: 'فريق الطوارئ للأخصائيين الاجتماعيين في ريفرسايد', description: 'في المساء والليل وفي عطلة نهاية الأسبوع' },
  { name: 'فريق ترك الرعاية في ريفرسايد', description: 'مستشارك الشخصي، والمال، والسكن، والعمل، والدراسة' },
];

/** Riverside's Arabic by text id (shared/translations/text-ids.ts), for the demo pledge and help contacts. */
export const DEMO_ARABIC: Readonly<Record<string, string>> = Object.fromEntries(
  [
    [textId.councilName, 'مجلس ريفرسايد'],
    [textId.roundName, 'خريف 2026'],
    ...DEMO_PLEDGE.sections.flatMap((s) => [
      [textId.section(s.sectionId), SECTIONS[s.sectionId]],
      ...s.promises.flatMap((p) => {
        const ar = PROMISES[p.promiseId];
        return [
          [textId.promise(p.promiseId), ar?.text],
          ...(p.easyRead ? [[textId.easyRead(p.promiseId), ar?.easyRead]] : []),
        ];
      }),
    ]),
    ...DEMO_COUNCIL.helpContacts.flatMap((c, i) => [
      [textId.contactName(i), CONTACTS[i]?.name],
      ...(c.description ? [[textId.contactDescription(i), CONTACTS[i]?.description]] : []),
    ]),
  ].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
);
