import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sns_topic_encrypted_with_kms',
    title: 'SNS topic is encrypted at rest with a KMS key',
    service: 'sns',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::SNS::Topic',
    requires: ['sns.topics'],
    description: 'Each topic has server-side encryption with a KMS key (KmsMasterKeyId set: alias/aws/sns or a customer managed key).',
    risk: 'Messages (alarm details, Config change notifications) sit unencrypted in SNS storage until delivered.',
    remediation: {
        text: 'In the SNS console, open Topics, select the topic, choose Edit, expand Encryption, enable it, choose a KMS key, and save. Publishers from services (CloudWatch, Config) need kms:GenerateDataKey* and kms:Decrypt on a customer managed key.',
        cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value <key-id-or-alias>',
        terraform: 'resource "aws_sns_topic" "x" { kms_master_key_id = "<key-arn-or-alias>" }',
        url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    },
    references: ['AWS FSBP SNS.1'],
    evaluate({ inventory }) {
        return inventory.all('AWS::SNS::Topic').map((t) => {
            const a = t.attributes;
            if (!a.ok)
                return error(resourceRef(t), `Could not read the attributes of topic ${named(t)}: ${a.error}`);
            if (a.value === null)
                return error(resourceRef(t), `Topic ${named(t)} disappeared while it was read.`);
            return a.value.kmsMasterKeyId
                ? pass(resourceRef(t), `Topic ${named(t)} is encrypted with ${a.value.kmsMasterKeyId}.`, { kmsMasterKeyId: a.value.kmsMasterKeyId })
                : fail(resourceRef(t), `Topic ${named(t)} is not encrypted at rest.`);
        });
    },
});
