import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
import { isCustomerRecorder } from '../lib/configRecorders.js';
export default defineRule({
    id: 'config_delivery_channel_configured',
    title: 'AWS Config delivers to an S3 bucket in every Region it records',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: ['config.recorders', 'config.deliveryChannels'],
    description: 'Each Region with a customer-managed recorder has a delivery channel naming an S3 bucket for configuration history and snapshots. Regions without a recorder are reported by config_recorder_enabled_in_region, not here.',
    risk: 'Without a delivery channel AWS Config cannot start recording, and there is no durable copy of the configuration history outside AWS Config\'s own store for audits and investigations.',
    remediation: {
        text: 'In the AWS Config console of the Region open Settings > Edit, choose or create an S3 bucket under Delivery method (optionally an SNS topic), and save.',
        cli: 'aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket>,s3KeyPrefix=<prefix> --region <region>',
        terraform: 'resource "aws_config_delivery_channel" "this" { name = "default" s3_bucket_name = "<bucket>" }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/manage-delivery-channel.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_PutDeliveryChannel.html'],
    evaluate({ inventory, account, region }) {
        const recorders = inventory.all('AWS::Config::ConfigurationRecorder').filter(isCustomerRecorder);
        if (!recorders.length)
            return [];
        const ref = scopeRef(account, region, 'AWS::Region');
        const channels = inventory.all('AWS::Config::DeliveryChannel');
        const withBucket = channels.find((c) => c.s3BucketName);
        if (withBucket)
            return [pass(ref, `Delivery channel ${withBucket.name} in ${region} delivers to S3 bucket ${withBucket.s3BucketName}.`, { channel: withBucket.id })];
        return [
            fail(ref, channels.length ? `Delivery channel ${channels[0].name} in ${region} names no S3 bucket.` : `Recorder ${recorders[0].name} in ${region} has no delivery channel.`, {
                channels: channels.map((c) => c.id),
            }),
        ];
    },
});
