import { fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { monitoringJobRule } from '../lib/sagemakerMonitoringJobs.js';
export default monitoringJobRule({
    id: 'sagemaker_monitoring_job_inter_container_encryption',
    title: 'Distributed Model Monitor job definition encrypts traffic between its containers',
    topic: 'data-protection',
    severity: 'medium',
    description: 'A Model Monitor job definition that runs on two or more instances (JobResources.ClusterConfig.InstanceCount) has NetworkConfig.EnableInterContainerTrafficEncryption set, so data exchanged between the processing instances is encrypted in transit. Single-instance definitions exchange nothing between instances and are not evaluated, as in the AWS Config managed rule sagemaker-model-explainability-job-encrypt-in-transit ("when instance count is 2 or greater"), applied here to all four kinds.',
    risk: 'Captured inference data and model outputs move in clear text between the monitoring instances, readable by anyone who can observe that network.',
    remediation: {
        text: 'Create a new job definition with inter-container traffic encryption (SageMaker Python SDK: NetworkConfig(encrypt_inter_container_traffic=True)), point the monitoring schedule at it, and delete the old definition.',
        cli: 'aws sagemaker create-model-explainability-job-definition --job-definition-name <new-name> ... --network-config EnableInterContainerTrafficEncryption=true',
        cloudformation: 'Type: AWS::SageMaker::ModelExplainabilityJobDefinition\nProperties:\n  NetworkConfig:\n    EnableInterContainerTrafficEncryption: true',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-explainability-job-encrypt-in-transit.html',
    },
    references: ['AWS Config sagemaker-model-explainability-job-encrypt-in-transit', 'Checkov CKV_AWS_369'],
    judge: (j, label) => {
        if ((j.instanceCount ?? 1) < 2)
            return null;
        return j.enableInterContainerTrafficEncryption
            ? pass(resourceRef(j), `The ${label} on ${j.instanceCount} instances encrypts inter-container traffic.`)
            : fail(resourceRef(j), `The ${label} runs on ${j.instanceCount} instances without inter-container traffic encryption.`, { kind: j.kind, instanceCount: j.instanceCount });
    },
});
