import { describe, expect, it } from 'vitest';
import { CONCERNS, RISK_PHRASES, screenComment } from '../../shared/safeguarding/screen';

const concernsOf = (text: string) => screenComment(text).concerns;

describe('the safeguarding screen flags comments that may show a young person at risk', () => {
  it.each([
    ['self-harm', 'Sometimes I want to kill myself'],
    ['self-harm', 'i dont want to be here anymore'],
    ['self-harm', "I've been cutting myself again"],
    ['self-harm', 'kms honestly'],
    ['self-harm', 'I took an overdose last year and nobody asked why'],
    ['self-harm', 'SUICIDAL most nights'],
    ['abuse', 'My carer hits me when I am late'],
    ['abuse', 'he touched me and told me not to tell'],
    ['abuse', 'We go to bed hungry, there is no food in the house'],
    ['abuse', 'They locked me in my room'],
    ['unsafe', "I don't feel safe at my placement"],
    ['unsafe', 'I dont feel safe'],
    ['unsafe', 'im sooo scareddd of the older boys there'],
    ['unsafe', 'I am being bullied at the home and staff know'],
    ['running-away', "I'm going to run away if they move me again"],
    ['running-away', 'I ran away twice from my last foster home'],
    ['missing', 'I went missing for three days and no one asked why'],
    ['missing', 'my sister has gone missing'],
    ['missing', 'I was sleeping rough before I came here'],
    ['missing', 'When I leave care I will have nowhere to live'],
    ['exploitation', 'they made me sell stuff for them, county lines'],
  ] as const)('flags %s in "%s"', (concern, text) => {
    const result = screenComment(text);
    expect(result.urgent).toBe(true);
    expect(result.concerns).toContain(concern);
  });

  it('ignores case, curly apostrophes, punctuation and line breaks', () => {
    expect(concernsOf('I DON’T feel SAFE!!!')).toEqual(['unsafe']);
    expect(concernsOf('want\nto\ndie')).toEqual(['self-harm']);
    expect(concernsOf('self-harm')).toEqual(['self-harm']);
  });

  it('names every concern it finds, in a fixed order', () => {
    expect(concernsOf('He hits me and I am going to run away')).toEqual(['abuse', 'running-away']);
  });

  it('has a label for every concern and no empty phrase', () => {
    expect(Object.keys(RISK_PHRASES).sort()).toEqual(Object.keys(CONCERNS).sort());
    for (const phrases of Object.values(RISK_PHRASES))
      for (const p of phrases) expect(p.trim().length).toBeGreaterThan(1);
  });
});

describe('the safeguarding screen leaves everyday comments alone', () => {
  it.each([
    'My social worker is great and always replies',
    'I miss my brother, can we see each other more often?',
    'My bag went missing when I moved and nobody found it',
    'Letters keep going missing in the post',
    'My social worker keeps missing our meetings',
    'Hit me up on the app if there is a youth club',
    'My foster dad beat me at chess again',
    'I would like more information about sexual health',
    'I feel safe where I live now',
    'I never feel unsafe at my new home',
    'The skills class was killing it',
    'Therapist helped me a lot, I feel much better',
    'Scarecrow costume for the summer fair',
    'I want to do a course in assessment and psychology',
    'Mistakes happen, but they should say sorry',
  ])('does not flag "%s"', (text) => {
    expect(screenComment(text)).toEqual({ urgent: false, concerns: [] });
  });

  it('still flags a risk next to an everyday phrase', () => {
    expect(concernsOf('Hit me up later. He hit me yesterday')).toEqual(['abuse']);
    expect(concernsOf('I killed myself laughing, but some days I want to die')).toEqual(['self-harm']);
  });
});
