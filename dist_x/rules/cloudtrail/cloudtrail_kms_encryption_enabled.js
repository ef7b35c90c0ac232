import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'cloudtrail_kms_encryption_enabled',
    title: 'Trail log files are encrypted with a KMS key',
    service: 'cloudtrail',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::CloudTrail::Trail',
    requires: ['cloudtrail.trails'],
    description: 'Each trail encrypts its log files with SSE-KMS using a KMS key (KmsKeyId set), rather than only the bucket\'s default SSE-S3.',
    risk: 'With SSE-S3 alone, anyone with read access to the bucket can read the logs; a KMS key adds a second, separately audited permission (kms:Decrypt) between readers and the account\'s activity history.',
    remediation: {
        text: 'In the CloudTrail console, open Trails, select the trail, choose Edit under General details, enable "Log file SSE-KMS encryption", choose or create a KMS key whose policy lets CloudTrail encrypt, and save.',
        cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
        terraform: 'resource "aws_cloudtrail" "x" { kms_key_id = aws_kms_key.trail.arn }',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    },
    references: ['CIS AWS Foundations 3.5 (v3.0)', 'AWS FSBP CloudTrail.2'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::CloudTrail::Trail')
            .map((t) => t.kmsKeyId
            ? pass(resourceRef(t), `Trail ${named(t)} encrypts log files with KMS key ${t.kmsKeyId}.`, { kmsKeyId: t.kmsKeyId })
            : fail(resourceRef(t), `Trail ${named(t)} does not encrypt log files with a KMS key.`));
    },
});
