import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_delivery_channel_topic_encrypted',
    title: 'AWS Config notification topic is encrypted with KMS',
    service: 'config',
    topic: 'data-protection',
    severity: 'low',
    resourceType: 'AWS::Config::DeliveryChannel',
    requires: ['config.deliveryChannels', 'sns.topics'],
    description: 'Where a delivery channel streams configuration changes to an SNS topic, the topic has server-side encryption with a KMS key. Channels without a topic are not evaluated; a topic that could not be read (for example one in another account) is an error.',
    risk: 'Configuration change notifications carry resource configurations; without SSE they are stored unencrypted by SNS until delivered.',
    remediation: {
        text: 'In the SNS console open the topic > Edit > Encryption, enable encryption with a KMS key whose policy lets config.amazonaws.com use it, and save.',
        cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value <key-id>',
        terraform: 'resource "aws_sns_topic" "config" { kms_master_key_id = "<key-arn>" }',
        url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/notifications-for-AWS-Config.html'],
    evaluate({ inventory }) {
        const topics = inventory.accountWide('AWS::SNS::Topic');
        return inventory
            .all('AWS::Config::DeliveryChannel')
            .filter((c) => c.snsTopicArn)
            .map((c) => {
            const ref = resourceRef(c);
            const t = topics.find((x) => x.arn === c.snsTopicArn || x.id === c.snsTopicArn);
            if (!t)
                return error(ref, `Topic ${c.snsTopicArn} of channel ${c.name} is not in the inventory (another account or Region, or not readable), so its encryption is unknown.`);
            if (!t.attributes.ok)
                return error(ref, `Could not read the attributes of topic ${c.snsTopicArn}: ${t.attributes.error}`);
            const key = t.attributes.value?.kmsMasterKeyId;
            return key
                ? pass(ref, `Topic ${c.snsTopicArn} of channel ${c.name} is encrypted with KMS key ${key}.`, { kmsMasterKeyId: key })
                : fail(ref, `Topic ${c.snsTopicArn} of channel ${c.name} in ${c.region} has no server-side encryption.`);
        });
    },
});
