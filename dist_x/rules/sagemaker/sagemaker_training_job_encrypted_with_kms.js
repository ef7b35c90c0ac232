import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { hasLocalInstanceStorage } from '../lib/sagemakerStorage.js';
export default defineRule({
    id: 'sagemaker_training_job_encrypted_with_kms',
    title: 'Training job encrypts its volumes and output with KMS keys',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::TrainingJob',
    requires: ['sagemaker.trainingJobs'],
    description: 'The training job names a KMS key for its output (OutputDataConfig.KmsKeyId) and for its ML storage volumes (ResourceConfig.VolumeKmsKeyId). The volume key is not required on instance types with local NVMe storage, where AWS refuses one and encrypts with a hardware module. Jobs created in the last 90 days are collected.',
    risk: 'Model artifacts in S3 and the training data staged on volumes are encrypted only with AWS managed keys, with no key policy to limit who can read them.',
    remediation: {
        text: 'Set an output encryption key and a volume encryption key in the training job (SageMaker Python SDK: output_kms_key and volume_kms_key on the Estimator). Existing jobs cannot be changed; fix the code or pipeline that launches them.',
        cli: 'aws sagemaker create-training-job ... --output-data-config S3OutputPath=<s3-uri>,KmsKeyId=<key-arn> --resource-config InstanceType=<type>,InstanceCount=1,VolumeSizeInGB=50,VolumeKmsKeyId=<key-arn>',
        cloudformation: 'AWS::SageMaker::Pipeline training step: "OutputDataConfig": {"KmsKeyId": "<key-arn>"}, "ResourceConfig": {"VolumeKmsKeyId": "<key-arn>"}',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::TrainingJob', (j) => {
            const missing = [];
            if (!j.outputKmsKeyId)
                missing.push('output');
            if (!j.volumeKmsKeyId && !hasLocalInstanceStorage(j.instanceType))
                missing.push('storage volume');
            return missing.length
                ? fail(resourceRef(j), `Training job ${named(j)} has no KMS key for its ${missing.join(' and ')}.`, { missing, instanceType: j.instanceType ?? null })
                : pass(resourceRef(j), `Training job ${named(j)} encrypts its output${j.volumeKmsKeyId ? ' and volumes' : ''} with KMS keys${j.volumeKmsKeyId ? '' : ` (its ${j.instanceType} instance storage is hardware-encrypted)`}.`);
        });
    },
});
