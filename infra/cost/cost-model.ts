/**
 * The monthly cost of running the platform, from what the stack deploys (counted in the synthesised
 * templates: infra/cost/stack-resources.ts), how a council uses it (USAGE) and AWS's list prices in
 * eu-west-2 (PRICES). Pure arithmetic: `npm run cost` prints it, docs/deploy.md quotes it.
 */
import { PARTICIPANT_POLL_MS, PRESENTER_POLL_MS } from '../../shared/sessions/timing';

/** USD list prices in eu-west-2 (London), on-demand, no free tier and no discounts. CloudFront and WAF are priced globally. */
export const PRICES = {
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.11,
  dynamoPerMillionWrites: 0.7425,
  dynamoPerMillionReads: 0.1485,
  dynamoPerGbMonth: 0.2975,
  dynamoPitrPerGbMonth: 0.2381,
  /** Europe and North America edges (price class 100), first 10 TB. */
  cloudFrontPerGbOut: 0.085,
  cloudFrontPerMillionHttpsRequests: 1.2,
  cloudFrontFunctionPerMillion: 0.1,
  s3PerGbMonth: 0.024,
  s3PerMillionGets: 0.42,
  wafPerWebAclMonth: 5,
  /** Each rule, and each managed rule group, of the web ACL. */
  wafPerRuleMonth: 1,
  wafPerMillionRequests: 0.6,
  /** Monthly active staff users on the Plus feature plan (threat protection). */
  cognitoPlusPerMau: 0.02,
  secretPerMonth: 0.4,
  logsPerGbIngested: 0.6,
  logsPerGbStoredMonth: 0.0315,
  /** Standard-resolution alarms are billed per metric they read. */
  alarmPerMetricMonth: 0.1,
  customMetricPerMonth: 0.3,
  xrayPerMillionTracesRecorded: 5,
} as const;

/** What the deployed stack holds, counted from its templates. */
export interface StackResources {
  apiMemoryMb: number;
  webAcls: number;
  wafRules: number;
  secrets: number;
  alarmMetrics: number;
  /** Distinct custom metrics the functions publish (name × service). */
  customMetrics: number;
  /** Functions run on a schedule (the nightly reconcile). */
  scheduledJobs: number;
  /** Log groups that take a line per API request: the function's and the HTTP API's access log. */
  logRetentionDays: number;
}

/** How one council uses the platform in a month when a round is open. Every figure is an assumption, stated. */
export const USAGE = {
  /** 2,000 responses a term, all counted in the month the round is open (the busiest month). */
  surveyResponses: 2_000,
  /** Open the survey, send it, read "you said, we did", one retry. */
  apiRequestsPerResponse: 4,
  /** Survey page, its assets and config.json: requests to CloudFront other than the API. */
  pageRequestsPerResponse: 7,
  /** The survey's first visit on a phone, measured by the survey-weight bench (budget 60 KB). */
  kbPerResponse: 60,
  /** A submission's transaction: up to 4 counter items (sized by stack-resources.ts), the response, ×2 for a transaction; plus the rate-limit window. */
  responseItemKb: 2,
  rateLimitWritesPerResponse: 1,
  /** Council, round and pledge reads per survey (the Lambda's own cache takes most). */
  readUnitsPerResponse: 5,
  /** In Care Council sessions a month: junior, senior, care experienced. */
  sessions: 3,
  phonesPerSession: 12,
  sessionMinutes: 40,
  votesPerPhone: 30,
  /** A participant poll reads the session state; a presenter poll reads the session's counter shards. */
  readUnitsPerPoll: 1,
  readUnitsPerPresenterPoll: 4,
  writeUnitsPerVote: 6,
  /** Staff signed in at least once in the month (Cognito MAU) and what they ask of the API. */
  staffActive: 10,
  apiRequestsPerStaff: 300,
  pageRequestsPerStaff: 20,
  scorecardViewsPerStaff: 20,
  /** Raw data kept per council after three years of three terms (responses, counters, comments, audit). */
  storedGb: 0.05,
  /** The nightly reconcile reads each open round's responses (consistent reads of about 2 KB each) and counters. */
  reconcileRunsPerMonth: 30,
  reconcileSecondsPerRun: 5,
  /** Average billed duration of an API invocation at 1 GB (warm ones take 10–40 ms; cold starts add their initialisation). */
  averageBilledMs: 60,
  kbLoggedPerApiRequest: 1.2,
  kbAccessLogPerApiRequest: 0.35,
  kbOutPerApiRequest: 1,
  /** X-Ray's default sampling (1 a second, then 5 %): most quiet-time requests, few of a session's polls. */
  tracedShare: 0.3,
} as const;

export type Usage = typeof USAGE;
export interface LineItem {
  service: string;
  what: string;
  usd: number;
}

/** The requests and units one council makes in a month; `counterItemKb` is the size of a full counter item. */
export const councilVolumes = (u: Usage, counterItemKb: number, counterItemsPerScorecard: number) => {
  const seconds = u.sessionMinutes * 60;
  const polls = (u.sessions * u.phonesPerSession * (seconds * 1000)) / PARTICIPANT_POLL_MS;
  const presenterPolls = (u.sessions * (seconds * 1000)) / PRESENTER_POLL_MS;
  const votes = u.sessions * u.phonesPerSession * u.votesPerPhone;
  const apiRequests =
    u.surveyResponses * u.apiRequestsPerResponse +
    polls +
    presenterPolls +
    votes +
    u.staffActive * u.apiRequestsPerStaff;
  const writeUnitsPerResponse =
    2 * (4 * Math.ceil(counterItemKb) + Math.ceil(u.responseItemKb)) + u.rateLimitWritesPerResponse;
  const writeUnits = u.surveyResponses * writeUnitsPerResponse + votes * u.writeUnitsPerVote;
  const scorecardReads =
    u.staffActive * u.scorecardViewsPerStaff * Math.ceil((counterItemsPerScorecard * counterItemKb) / 4);
  const reconcileReads =
    u.reconcileRunsPerMonth *
    (Math.ceil((u.surveyResponses * u.responseItemKb) / 4) + Math.ceil((counterItemsPerScorecard * counterItemKb) / 4));
  const readUnits =
    reconcileReads +
    u.surveyResponses * u.readUnitsPerResponse +
    polls * u.readUnitsPerPoll +
    presenterPolls * u.readUnitsPerPresenterPoll +
    scorecardReads;
  const pageRequests =
    u.surveyResponses * u.pageRequestsPerResponse +
    u.sessions * u.phonesPerSession * u.pageRequestsPerResponse +
    u.staffActive * u.pageRequestsPerStaff;
  const gbOut = (u.surveyResponses * u.kbPerResponse + apiRequests * u.kbOutPerApiRequest) / 1024 / 1024;
  return {
    apiRequests,
    polls,
    presenterPolls,
    votes,
    writeUnitsPerResponse,
    writeUnits,
    readUnits,
    pageRequests,
    gbOut,
  };
};

const M = 1_000_000;

/** The month's bill for `councils` councils on one deployment, line by line. */
export const monthlyCost = (
  councils: number,
  r: StackResources,
  u: Usage,
  counterItemKb: number,
  counterItemsPerScorecard: number,
): LineItem[] => {
  const v = councilVolumes(u, counterItemKb, counterItemsPerScorecard);
  const p = PRICES;
  const api = v.apiRequests * councils;
  const cfRequests = (v.apiRequests + v.pageRequests) * councils;
  const jobGbSeconds = r.scheduledJobs * councils * u.reconcileRunsPerMonth * u.reconcileSecondsPerRun;
  const gbSeconds = api * (u.averageBilledMs / 1000) * (r.apiMemoryMb / 1024) + jobGbSeconds;
  const logGb = (api * (u.kbLoggedPerApiRequest + u.kbAccessLogPerApiRequest)) / 1024 / 1024;
  const storedGb = u.storedGb * councils;
  return [
    {
      service: 'Lambda',
      what: `${fmtN(api)} API invocations and the nightly job, ${fmtN(gbSeconds)} GB-s (arm64, 1 GB)`,
      usd: gbSeconds * p.lambdaArmPerGbSecond + (api / M) * p.lambdaPerMillionRequests,
    },
    { service: 'API Gateway (HTTP API)', what: `${fmtN(api)} requests`, usd: (api / M) * p.httpApiPerMillionRequests },
    {
      service: 'DynamoDB writes',
      what: `${fmtN(v.writeUnits * councils)} write units (${v.writeUnitsPerResponse} per survey response)`,
      usd: ((v.writeUnits * councils) / M) * p.dynamoPerMillionWrites,
    },
    {
      service: 'DynamoDB reads',
      what: `${fmtN(v.readUnits * councils)} read units`,
      usd: ((v.readUnits * councils) / M) * p.dynamoPerMillionReads,
    },
    {
      service: 'DynamoDB storage + PITR',
      what: `${fmtN(storedGb, 2)} GB`,
      usd: storedGb * (p.dynamoPerGbMonth + p.dynamoPitrPerGbMonth),
    },
    {
      service: 'CloudFront',
      what: `${fmtN(cfRequests)} HTTPS requests, ${fmtN(v.gbOut * councils, 1)} GB out, page-routing function`,
      usd:
        (cfRequests / M) * p.cloudFrontPerMillionHttpsRequests +
        v.gbOut * councils * p.cloudFrontPerGbOut +
        ((v.pageRequests * councils) / M) * p.cloudFrontFunctionPerMillion,
    },
    {
      service: 'S3',
      what: 'the built pages (a few MB), read by CloudFront on cache misses',
      usd: 0.01 * p.s3PerGbMonth + ((v.pageRequests * councils) / 10 / M) * p.s3PerMillionGets,
    },
    {
      service: 'WAF',
      what: `${r.webAcls} web ACL, ${r.wafRules} rules, ${fmtN(cfRequests)} requests`,
      usd:
        r.webAcls * p.wafPerWebAclMonth + r.wafRules * p.wafPerRuleMonth + (cfRequests / M) * p.wafPerMillionRequests,
    },
    {
      service: 'Cognito (Plus)',
      what: `${fmtN(u.staffActive * councils)} monthly active staff`,
      usd: u.staffActive * councils * p.cognitoPlusPerMau,
    },
    {
      service: 'Secrets Manager',
      what: `${r.secrets} secrets (read at deploy time only)`,
      usd: r.secrets * p.secretPerMonth,
    },
    {
      service: 'CloudWatch logs',
      what: `${fmtN(logGb, 2)} GB ingested, kept ${r.logRetentionDays} days`,
      usd: logGb * p.logsPerGbIngested + logGb * 0.15 * (r.logRetentionDays / 30) * p.logsPerGbStoredMonth,
    },
    {
      service: 'CloudWatch alarms + metrics',
      what: `${r.alarmMetrics} alarm metrics, ${r.customMetrics} custom metrics`,
      usd: r.alarmMetrics * p.alarmPerMetricMonth + r.customMetrics * p.customMetricPerMonth,
    },
    {
      service: 'X-Ray',
      what: `${fmtN(api * u.tracedShare)} traces`,
      usd: ((api * u.tracedShare) / M) * p.xrayPerMillionTracesRecorded,
    },
  ];
};

export const fmtN = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const totalOf = (items: LineItem[]) => items.reduce((t, i) => t + i.usd, 0);
