import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecr_repository_encrypted_with_kms',
    title: 'Repository is encrypted with a KMS key',
    service: 'ecr',
    topic: 'data-protection',
    severity: 'low',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories'],
    description: 'The repository uses KMS (or dual-layer KMS) encryption rather than the default Amazon S3-managed AES-256 keys, so access to image layers is also governed and logged by a KMS key policy.',
    risk: 'With AES256 encryption there is no key policy to restrict who can read image layers and no CloudTrail record of key use; proprietary model weights baked into images get no extra control.',
    remediation: {
        text: 'Encryption is fixed when a repository is created. Create a new repository with Encryption settings > KMS (choose a customer managed key), push the images to it, point workloads at it, and delete the old one.',
        cli: 'aws ecr create-repository --repository-name <name> --encryption-configuration encryptionType=KMS,kmsKey=<key-arn>',
        terraform: 'resource "aws_ecr_repository" "x" { encryption_configuration { encryption_type = "KMS" kms_key = "<key-arn>" } }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
    },
    references: [],
    evaluate({ inventory }) {
        return inventory.all('AWS::ECR::Repository').map((r) => r.encryptionType.startsWith('KMS')
            ? pass(resourceRef(r), `${named(r)} is encrypted with ${r.encryptionType}${r.kmsKey ? ` key ${r.kmsKey}` : ''}.`, { kmsKey: r.kmsKey })
            : fail(resourceRef(r), `${named(r)} uses ${r.encryptionType} encryption, not a KMS key.`, { encryptionType: r.encryptionType }));
    },
});
