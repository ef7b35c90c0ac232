import { fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { MONITORING_DOC, monitoringJobRule } from '../lib/sagemakerMonitoringJobs.js';
import { hasLocalInstanceStorage } from '../lib/sagemakerStorage.js';
export default monitoringJobRule({
    id: 'sagemaker_monitoring_job_encrypted_with_kms',
    title: 'Model Monitor job definition encrypts its volume and reports with KMS keys',
    topic: 'data-protection',
    severity: 'medium',
    description: 'A Model Monitor job definition names a KMS key for the ML storage volume of its processing instances (JobResources.ClusterConfig.VolumeKmsKeyId), where captured data is staged, and for the reports it writes to S3 (the job output config\'s KmsKeyId), as Checkov CKV_AWS_368 and CKV_AWS_367 require for data quality jobs; here for all four kinds. The volume key is not required on instance types with local NVMe storage, where AWS refuses one and encrypts with a hardware module.',
    risk: 'Without customer managed keys the staged inference data and the monitoring reports are encrypted only with AWS managed keys, with no key policy to limit or audit who can decrypt them.',
    remediation: {
        text: 'Job definitions cannot be edited: create a new one whose cluster config and output config name KMS keys (SageMaker Python SDK: volume_kms_key and output_kms_key on the monitor), point the monitoring schedule at it, and delete the old definition.',
        cli: 'aws sagemaker create-model-quality-job-definition --job-definition-name <new-name> ... --job-resources "ClusterConfig={InstanceCount=1,InstanceType=ml.m5.large,VolumeSizeInGB=20,VolumeKmsKeyId=<key-arn>}" --model-quality-job-output-config "KmsKeyId=<key-arn>,MonitoringOutputs=[...]"',
        cloudformation: 'Type: AWS::SageMaker::ModelQualityJobDefinition\nProperties:\n  JobResources:\n    ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20, VolumeKmsKeyId: <key-arn> }\n  ModelQualityJobOutputConfig:\n    KmsKeyId: <key-arn>',
        url: MONITORING_DOC,
    },
    references: ['Checkov CKV_AWS_367', 'Checkov CKV_AWS_368'],
    judge: (j, label) => {
        const missing = [];
        if (!j.volumeKmsKeyId && !hasLocalInstanceStorage(j.instanceType))
            missing.push('processing volume');
        if (!j.outputKmsKeyId)
            missing.push('output reports');
        return missing.length
            ? fail(resourceRef(j), `The ${label} names no KMS key for its ${missing.join(' and ')}.`, { kind: j.kind, missing, instanceType: j.instanceType ?? null })
            : pass(resourceRef(j), `The ${label} encrypts its output${j.volumeKmsKeyId ? ' and processing volume' : ` (its ${j.instanceType} instance storage is hardware-encrypted)`} with KMS keys.`);
    },
});
