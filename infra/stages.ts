import { z } from 'zod';

/**
 * Stages come from cdk.json's context ("stages"), chosen with `-c stage=<name>`. What protects the
 * data (deletion protection, RETAIN, point-in-time recovery) is not a setting here: it follows from
 * `production`, and a stage whose name starts with "prod" must be a production stage. A misspelt or
 * unknown key is refused rather than ignored.
 */
const StageConfigSchema = z
  .object({
    production: z.boolean(),
    /** Where the data lives. Councils in England: London (eu-west-2) by default. */
    region: z
      .string()
      .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'a region such as eu-west-2')
      .default('eu-west-2'),
    /** Who hears of operational alarms; safeguarding leads subscribe to their own topic (docs/deploy.md). */
    alarmEmail: z.string().email().optional(),
    /** A domain of your own for the site; its certificate must be in ACM in us-east-1 (CloudFront's rule). */
    domain: z
      .object({
        name: z.string().min(3),
        certificateArn: z
          .string()
          .regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, 'an ACM certificate ARN in us-east-1'),
      })
      .strict()
      .optional(),
  })
  .strict();

export type StageConfig = z.infer<typeof StageConfigSchema> & { name: string };

export const STAGE_CONTEXT_KEY = 'stage';
export const STAGES_CONTEXT_KEY = 'stages';
export const DEFAULT_STAGE = 'dev';

const STAGE_NAME = /^[a-z][a-z0-9-]{1,20}$/;

/** Reads and checks the chosen stage from the context; every mistake stops the synth with a plain message. */
export const stageFromContext = (stages: unknown, chosen: unknown = DEFAULT_STAGE): StageConfig => {
  const name = typeof chosen === 'string' && chosen ? chosen : DEFAULT_STAGE;
  if (!STAGE_NAME.test(name))
    throw new Error(`Stage "${name}": use lower-case letters, digits and dashes, such as "prod".`);
  const all = z.record(z.string(), z.unknown()).safeParse(stages);
  if (!all.success) throw new Error(`cdk.json has no "${STAGES_CONTEXT_KEY}" in its context.`);
  const raw = all.data[name];
  if (raw === undefined) {
    throw new Error(
      `Unknown stage "${name}". The stages in cdk.json are: ${Object.keys(all.data).join(', ')}. Choose one with -c stage=<name>.`,
    );
  }
  const parsed = StageConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(stage)'}: ${i.message}`).join('; ');
    throw new Error(`Stage "${name}" in cdk.json is not right: ${issues}`);
  }
  if (name.startsWith('prod') && !parsed.data.production) {
    throw new Error(`Stage "${name}" is named as a production stage, so it must say "production": true.`);
  }
  return { ...parsed.data, name };
};

/** The settings that keep a production stage's data safe; derived, never configured. */
export const protectionOf = (stage: StageConfig) => ({
  /** DynamoDB deletion protection and Cognito user pool deletion protection. */
  deletionProtection: stage.production,
  /** RETAIN keeps the table, user pool and log groups when the stack is deleted. */
  retain: stage.production,
  /** On in every stage: it costs little and a development table is worth restoring too. */
  pointInTimeRecovery: true,
  logRetentionDays: stage.production ? 365 : 14,
});
