import type { CollectorDefinition } from '../defineCollector.js';

/** IAM, KMS, CloudTrail, S3 delivery buckets, SNS. */
export const foundationCollectors: CollectorDefinition[] = [];
