import { cloudtrailCollectors } from './cloudtrail.js';
import { iamCollectors } from './iam.js';
import { kmsCollectors } from './kms.js';
import { s3Collectors } from './s3.js';
import { snsCollectors } from './sns.js';
/** IAM, KMS, CloudTrail, S3 delivery buckets, SNS. */
export const foundationCollectors = [...iamCollectors, ...kmsCollectors, ...cloudtrailCollectors, ...s3Collectors, ...snsCollectors];
