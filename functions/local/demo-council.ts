import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { Role } from '../../shared/roles';
import type { Council } from '../../shared/schemas/council';
import type { PledgeContent } from '../../shared/schemas/pledge';
import type { Audience } from '../../shared/survey/audience';

/**
 * Riverside is fictional. Its pledge was written for this project in the style of real pledges;
 * phone numbers are from the range Ofcom keeps for drama, so they ring nobody.
 */
/** The name of the demo's open round, as `npm start` seeds it. */
export const DEMO_ROUND_NAME = 'Autumn 2026';

export const DEMO_COUNCIL: Council = {
  councilId: 'c_riverside',
  slug: 'riverside',
  name: 'Riverside Council',
  helpContacts: [
    {
      name: 'Riverside Children’s Rights Service',
      description: 'Help to be heard, or to make a complaint',
      phone: '020 7946 0321',
    },
    {
      name: 'Riverside emergency social work team',
      description: 'Evenings, nights and weekends',
      phone: '020 7946 0555',
    },
    {
      name: 'Riverside leaving care team',
      description: 'Your personal adviser, money, a home, work and study',
      phone: '020 7946 0678',
      audience: 'care-leaver',
    },
  ],
  thresholds: { ...DEFAULT_THRESHOLDS },
  commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
  // The demo's made-up answers must never reach a real council's benchmark.
  testCouncil: true,
};

export const DEMO_PLEDGE_ID = 'pl_riverside';
export const DEMO_PASSWORD = 'riverside-demo-2026';

export const DEMO_PLEDGE: PledgeContent = {
  title: 'Our promise to you',
  sections: [
    {
      sectionId: 's_coming',
      title: 'When you come into care',
      summary: 'Starting somewhere new can be hard. This is what we will do.',
      promises: [
        {
          promiseId: 'p_explain',
          text: 'We will explain why you are coming into care, in a way you understand, and answer your questions.',
          easyRead: 'We will tell you why you are in care and answer your questions.',
          themes: ['care-plan'],
        },
        {
          promiseId: 'p_visit',
          text: 'Before you move, we will tell you about your new home and, when we can, take you to visit it first.',
          easyRead: 'We will tell you about your new home before you move.',
          themes: ['where-you-live'],
        },
        {
          promiseId: 'p_things',
          text: 'We will make sure your belongings move with you in a proper bag or case, never in a bin bag.',
          themes: ['where-you-live'],
        },
        {
          promiseId: 'p_welcome',
          text: 'On your first day somewhere new, someone will make time to welcome you and show you around.',
          themes: ['where-you-live'],
        },
      ],
    },
    {
      sectionId: 's_worker',
      title: 'Your social worker and your plans',
      promises: [
        {
          promiseId: 'p_same_worker',
          text: 'We will try hard to keep the same social worker for you, and tell you before anyone changes.',
          easyRead: 'We will try to keep the same social worker for you.',
          themes: ['social-worker'],
        },
        {
          promiseId: 'p_reply',
          text: 'Your social worker will reply to your calls or messages within two working days.',
          themes: ['social-worker'],
        },
        {
          promiseId: 'p_plan',
          text: 'You will have a say in your care plan, and we will give you a copy written so you can understand it.',
          themes: ['care-plan', 'having-a-say'],
        },
        {
          promiseId: 'p_iro',
          text: 'Your independent reviewing officer will meet you before each review and listen to what you want.',
          easyRead: 'Before each meeting about you, a reviewing officer will meet you and listen.',
          themes: ['iro', 'care-plan'],
        },
      ],
    },
    {
      sectionId: 's_family',
      title: 'Family, friends and where you live',
      promises: [
        {
          promiseId: 'p_family',
          text: 'We will help you keep in touch with your family, brothers and sisters when it is safe to do so.',
          easyRead: 'We will help you see or talk to your family when it is safe.',
          themes: ['family-friends'],
        },
        {
          promiseId: 'p_friends',
          text: 'You can have sleepovers and see your friends, just like other young people your age.',
          themes: ['family-friends'],
        },
        {
          promiseId: 'p_home',
          text: 'We will only move you if it is the right thing for you, and we will tell you why.',
          themes: ['where-you-live'],
        },
        {
          promiseId: 'p_identity',
          text: 'We will respect your religion, culture, language and who you are, and help you learn about your background.',
          themes: ['identity-culture'],
        },
      ],
    },
    {
      sectionId: 's_growing',
      title: 'School, health and growing up',
      promises: [
        {
          promiseId: 'p_school',
          text: 'We will help you stay at the same school when you move home, unless you want to change.',
          themes: ['education', 'where-you-live'],
        },
        {
          promiseId: 'p_pep',
          text: 'Your personal education plan will be about what you want to achieve, and you will help to write it.',
          themes: ['education', 'having-a-say'],
        },
        {
          promiseId: 'p_health',
          text: 'You will see a doctor, dentist and optician when you need to, and get help with your feelings if you want it.',
          easyRead: 'You will see a doctor or dentist when you need to. You can get help with your feelings.',
          themes: ['health'],
        },
        {
          promiseId: 'p_hobbies',
          text: 'We will pay for a hobby, club or activity that you enjoy.',
          themes: ['education'],
        },
      ],
    },
    {
      sectionId: 's_say',
      title: 'Having your say and leaving care',
      promises: [
        {
          promiseId: 'p_advocate',
          text: 'We will tell you how to get an advocate, and how to complain if you are unhappy with anything we do.',
          easyRead: 'We will tell you how to get someone to speak up for you, or to complain.',
          themes: ['advocacy-complaints'],
        },
        {
          promiseId: 'p_listen',
          text: 'When you tell us something is wrong, we will listen, tell you what we will do and then do it.',
          themes: ['having-a-say'],
        },
        {
          promiseId: 'p_pathway',
          text: 'From age 16 you will have a pathway plan for leaving care that you help to write.',
          themes: ['leaving-care'],
        },
        {
          promiseId: 'p_after',
          text: 'After you leave care, we will still be there for you, with a personal adviser up to the age of 25.',
          themes: ['leaving-care'],
        },
      ],
    },
  ],
};

export interface DemoStaff {
  email: string;
  roles: Role[];
  councilId: string | null;
  label: string;
}

export const DEMO_STAFF: DemoStaff[] = [
  {
    email: 'board@riverside.example',
    roles: ['board-member'],
    councilId: DEMO_COUNCIL.councilId,
    label: 'board member',
  },
  {
    email: 'admin@riverside.example',
    roles: ['council-admin'],
    councilId: DEMO_COUNCIL.councilId,
    label: 'council admin',
  },
  {
    email: 'facilitator@riverside.example',
    roles: ['facilitator'],
    councilId: DEMO_COUNCIL.councilId,
    label: 'facilitator',
  },
  {
    email: 'moderator@riverside.example',
    roles: ['moderator'],
    councilId: DEMO_COUNCIL.councilId,
    label: 'moderator (safeguarding lead)',
  },
  {
    email: 'operator@promise-check.example',
    roles: ['platform-operator'],
    councilId: null,
    label: 'platform operator',
  },
];

/**
 * Who each demo promise is about, as a council would mark it: a care leaver is not asked about sleepovers or a
 * personal education plan, nor a child in care about a personal adviser at 25 (shared/survey/audience.ts).
 */
const DEMO_AUDIENCES: Record<string, Audience> = {
  p_explain: 'in-care',
  p_visit: 'in-care',
  p_things: 'in-care',
  p_welcome: 'in-care',
  p_same_worker: 'in-care',
  p_reply: 'in-care',
  p_plan: 'in-care',
  p_iro: 'in-care',
  p_friends: 'in-care',
  p_home: 'in-care',
  p_school: 'in-care',
  p_pep: 'in-care',
  p_pathway: 'care-leaver',
  p_after: 'care-leaver',
};

/** The demo pledge as `npm start` publishes it: each promise marked with who it is about (the rest: everyone). */
export const DEMO_PLEDGE_MARKED: PledgeContent = {
  ...DEMO_PLEDGE,
  sections: DEMO_PLEDGE.sections.map((s) => ({
    ...s,
    promises: s.promises.map((p) => {
      const audience = DEMO_AUDIENCES[p.promiseId];
      return audience ? { ...p, audience } : p;
    }),
  })),
};
