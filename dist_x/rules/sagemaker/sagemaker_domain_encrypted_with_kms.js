import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_domain_encrypted_with_kms',
    title: 'Studio domain storage is encrypted with a KMS key',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'low',
    resourceType: 'AWS::SageMaker::Domain',
    requires: ['sagemaker.domains'],
    description: 'The SageMaker domain has a KmsKeyId, used to encrypt the Amazon EFS home directories and the EBS volumes of its apps.',
    risk: 'Users\' notebooks, datasets and credentials in the domain\'s storage are encrypted only with AWS managed keys, with no key policy of yours to restrict or audit access.',
    remediation: {
        text: 'The key is set when the domain is created. Create a new domain with an encryption key under Advanced > Encryption, migrate users and their data, and delete the old domain.',
        cli: 'aws sagemaker create-domain --domain-name <name> --auth-mode IAM --default-user-settings ExecutionRole=<role> --subnet-ids <subnets> --vpc-id <vpc> --kms-key-id <key-arn>',
        terraform: 'resource "aws_sagemaker_domain" "x" { kms_key_id = "<key-arn>" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::Domain', (d) => d.kmsKeyId
            ? pass(resourceRef(d), `Domain ${named(d)} encrypts its storage with ${d.kmsKeyId}.`)
            : fail(resourceRef(d), `Domain ${named(d)} has no KMS key for its storage.`));
    },
});
