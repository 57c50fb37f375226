import { Code } from 'aws-cdk-lib/aws-lambda';
import { bundleSync } from './bundle-sync';

/** The Lambda code asset of an entry point under functions/ (handler: `index.handler`). */
export const bundledCode = (entry: string): Code => Code.fromAsset(bundleSync(entry));
