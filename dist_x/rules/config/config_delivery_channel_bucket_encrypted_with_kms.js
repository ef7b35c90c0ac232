import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { bucketUnknown, deliveryBucketOf } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
const KMS = new Set(['aws:kms', 'aws:kms:dsse']);
export default defineRule({
    id: 'config_delivery_channel_bucket_encrypted_with_kms',
    title: 'AWS Config delivery data is encrypted with a KMS key',
    service: 'config',
    topic: 'data-protection',
    severity: 'low',
    resourceType: 'AWS::Config::DeliveryChannel',
    requires: ['config.deliveryChannels', 's3.deliveryBuckets'],
    description: 'Configuration history and snapshots are written with SSE-KMS: the delivery channel names a KMS key (s3KmsKeyArn), or the delivery bucket\'s default encryption is aws:kms / aws:kms:dsse. A bucket that could not be read (for example one in another account) is an error, not a pass.',
    risk: 'Configuration history is a full inventory of the account (network layout, policies, resource settings). With SSE-S3 anyone who can read the bucket reads it; a KMS key adds a second, separately audited permission and lets access be revoked by key policy.',
    remediation: {
        text: 'Either set a KMS key on the delivery channel (AWS Config console > Settings > Edit > Amazon S3 bucket > Encryption: AWS KMS key), or in the S3 console open the bucket > Properties > Default encryption and choose SSE-KMS with a customer managed key whose policy allows config.amazonaws.com to use it.',
        cli: 'aws configservice put-delivery-channel --delivery-channel name=<name>,s3BucketName=<bucket>,s3KmsKeyArn=<key-arn> --region <region>',
        terraform: 'resource "aws_config_delivery_channel" "this" { s3_bucket_name = "<bucket>" s3_kms_key_arn = "<key-arn>" }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/s3-kms-key-policy.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DeliveryChannel.html'],
    evaluate({ inventory }) {
        const buckets = inventory.accountWide('AWS::S3::Bucket');
        return inventory
            .all('AWS::Config::DeliveryChannel')
            .filter((c) => c.s3BucketName)
            .map((c) => {
            const ref = resourceRef(c);
            if (c.s3KmsKeyArn)
                return pass(ref, `Delivery channel ${c.name} in ${c.region} encrypts deliveries with KMS key ${c.s3KmsKeyArn}.`, { s3KmsKeyArn: c.s3KmsKeyArn });
            const b = deliveryBucketOf(c, buckets);
            if (!b)
                return error(ref, bucketUnknown(c, 'encryption'));
            if (!b.encryption.ok)
                return error(ref, `Could not read the default encryption of delivery bucket ${c.s3BucketName}: ${b.encryption.error}`);
            const alg = b.encryption.value?.sseAlgorithm;
            return alg && KMS.has(alg)
                ? pass(ref, `Delivery bucket ${c.s3BucketName} of channel ${c.name} encrypts by default with ${alg}.`, { sseAlgorithm: alg, kmsMasterKeyId: b.encryption.value?.kmsMasterKeyId })
                : fail(ref, `Delivery channel ${c.name} in ${c.region} names no KMS key and its bucket ${c.s3BucketName} encrypts with ${alg ?? 'no default encryption'}.`, { sseAlgorithm: alg ?? null });
        });
    },
});
