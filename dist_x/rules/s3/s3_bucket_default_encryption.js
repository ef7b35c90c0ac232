import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const KMS = new Set(['aws:kms', 'aws:kms:dsse']);
const params = z
    .object({
    /** Require SSE-KMS (or DSSE-KMS); by default SSE-S3, which every bucket has had since January 2023, passes. */
    requireKms: z.boolean().default(false),
})
    .default({ requireKms: false });
export default defineRule({
    id: 's3_bucket_default_encryption',
    title: 'Delivery bucket encrypts new objects by default',
    service: 's3',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
    requires: ['s3.deliveryBuckets'],
    params,
    description: 'Each Config, CloudTrail or Synthetics delivery bucket has default server-side encryption. With requireKms (default false) only SSE-KMS or DSSE-KMS passes; otherwise SSE-S3 (AES256) passes too, as Amazon S3 applies it to every bucket since January 2023.',
    risk: 'Objects written without encryption are readable from the storage layer and in any copy; with SSE-KMS, reading them also needs kms:Decrypt, a second control that CloudTrail records.',
    remediation: {
        text: 'In the S3 console, open the bucket, choose Properties > Default encryption > Edit, choose SSE-KMS with a customer managed key (or SSE-S3), enable the bucket key, and save.',
        cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
        terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "x" { bucket = "<bucket>" rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" kms_master_key_id = "<key-arn>" } bucket_key_enabled = true } }',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html'],
    evaluate({ inventory, params: p }) {
        return inventory.all('AWS::S3::Bucket').map((b) => {
            const enc = b.encryption;
            if (!enc.ok)
                return error(resourceRef(b), `Could not read the default encryption of bucket ${named(b)}: ${enc.error}`);
            if (enc.value === null)
                return fail(resourceRef(b), `Bucket ${named(b)} has no default encryption configuration.`);
            const kms = KMS.has(enc.value.sseAlgorithm);
            if (p.requireKms && !kms)
                return fail(resourceRef(b), `Bucket ${named(b)} encrypts by default with ${enc.value.sseAlgorithm}, not with a KMS key.`, { encryption: enc.value });
            return pass(resourceRef(b), `Bucket ${named(b)} encrypts by default with ${enc.value.sseAlgorithm}${enc.value.kmsMasterKeyId ? ` (${enc.value.kmsMasterKeyId})` : ''}.`, {
                encryption: enc.value,
            });
        });
    },
});
