import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_notebook_encrypted_with_kms',
    title: 'Notebook instance storage is encrypted with a KMS key',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    requires: ['sagemaker.notebooks'],
    description: 'The notebook instance has a KmsKeyId, so its ML storage volume is encrypted with a key whose policy you control.',
    risk: 'Without a KMS key of your choosing there is no key policy to limit who can read the data scientists\' datasets, notebooks and credentials on the volume, and no record of its use.',
    remediation: {
        text: 'The key is set at creation. Create a new notebook instance and choose an encryption key under Permissions and encryption, copy the work over, and delete the old instance.',
        cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role> --kms-key-id <key-arn>',
        terraform: 'resource "aws_sagemaker_notebook_instance" "x" { kms_key_id = "<key-arn>" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::NotebookInstance', (n) => n.kmsKeyId
            ? pass(resourceRef(n), `Notebook instance ${named(n)} is encrypted with ${n.kmsKeyId}.`)
            : fail(resourceRef(n), `Notebook instance ${named(n)} has no KMS key for its storage volume.`));
    },
});
