import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_delivery_channel_sns_notifications_configured',
    title: 'AWS Config delivery channel streams notifications to an SNS topic',
    service: 'config',
    topic: 'incident-response',
    severity: 'low',
    resourceType: 'AWS::Config::DeliveryChannel',
    requires: ['config.deliveryChannels'],
    description: 'Each delivery channel names an SNS topic, so AWS Config publishes configuration changes, compliance changes of Config rules and delivery problems as they happen. Low severity: Amazon EventBridge rules on AWS Config events are an alternative that this rule does not see; mute it where those are used.',
    risk: 'Without a notification stream, a security group opened to the internet or a rule turning NON_COMPLIANT is only seen when someone opens the console or the next audit runs; responders lose the hours in which the change could have been reverted.',
    remediation: {
        text: 'In the AWS Config console of the Region open Settings > Edit, under Amazon SNS topic turn on "Stream configuration changes and notifications to an Amazon SNS topic", choose or create an encrypted topic that your responders subscribe to, and save.',
        cli: 'aws configservice put-delivery-channel --delivery-channel name=<name>,s3BucketName=<bucket>,snsTopicARN=<topic-arn> --region <region>',
        terraform: 'resource "aws_config_delivery_channel" "this" { s3_bucket_name = "<bucket>" sns_topic_arn = aws_sns_topic.config.arn }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/notifications-for-AWS-Config.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DeliveryChannel.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Config::DeliveryChannel').map((c) => c.snsTopicArn
            ? pass(resourceRef(c), `Delivery channel ${c.name} in ${c.region} publishes notifications to ${c.snsTopicArn}.`, { snsTopicArn: c.snsTopicArn })
            : fail(resourceRef(c), `Delivery channel ${c.name} in ${c.region} names no SNS topic, so configuration and compliance changes are not streamed to anyone.`));
    },
});
