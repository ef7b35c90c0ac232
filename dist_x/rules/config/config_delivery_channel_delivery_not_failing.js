import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_delivery_channel_delivery_not_failing',
    title: 'AWS Config delivery channel delivers without failure',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::Config::DeliveryChannel',
    requires: ['config.deliveryChannels'],
    description: 'The last configuration history, snapshot and stream deliveries of each delivery channel did not fail.',
    risk: 'Failed deliveries mean the S3 copy of the configuration history (and SNS change notifications) silently stops, usually after a bucket policy, KMS key policy or topic policy change.',
    remediation: {
        text: 'Run describe-delivery-channel-status to read the error, then restore AWS Config\'s access: the bucket policy must allow config.amazonaws.com (s3:GetBucketAcl, s3:ListBucket, s3:PutObject with bucket-owner-full-control), the KMS key policy must allow it to use the key, and the SNS topic policy must allow it to publish.',
        cli: 'aws configservice describe-delivery-channel-status --region <region>',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DeliveryChannelStatus.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Config::DeliveryChannel').map((c) => {
            if (!c.status.ok)
                return error(resourceRef(c), `Could not read the delivery status of channel ${c.name} in ${c.region}: ${c.status.error}`);
            const s = c.status.value;
            if (!s)
                return error(resourceRef(c), `AWS Config reported no delivery status for channel ${c.name} in ${c.region}.`);
            const failing = [
                ['configuration history', s.configHistoryLastStatus],
                ['configuration snapshot', s.configSnapshotLastStatus],
                ['configuration stream (SNS)', s.configStreamLastStatus],
            ].filter(([, st]) => st?.toUpperCase() === 'FAILURE');
            return failing.length
                ? fail(resourceRef(c), `Delivery channel ${c.name} in ${c.region} failed its last ${failing.map(([w]) => w).join(' and ')} delivery.`, { status: s })
                : pass(resourceRef(c), `Delivery channel ${c.name} in ${c.region} has no failed delivery.`, { status: s });
        });
    },
});
