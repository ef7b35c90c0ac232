import { fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { monitoringJobRule } from '../lib/sagemakerMonitoringJobs.js';
export default monitoringJobRule({
    id: 'sagemaker_monitoring_job_network_isolation_enabled',
    title: 'Model Monitor job definition runs its containers with network isolation',
    topic: 'infrastructure-security',
    severity: 'medium',
    description: 'Every SageMaker Model Monitor job definition (data quality, model quality, model bias, model explainability) has NetworkConfig.EnableNetworkIsolation set, so the monitoring container can make no inbound or outbound network calls; SageMaker still stages the captured data and writes the reports. This is the AWS Config managed rules sagemaker-data-quality-job-isolation, sagemaker-model-quality-job-definition-isolation, sagemaker-model-bias-job-isolation and sagemaker-model-explainability-job-network-isolation in one rule.',
    risk: 'A monitoring container with network access processes captured inference requests and responses (often personal data) and can send them anywhere the network allows, for example if the monitoring image or its dependencies are compromised.',
    remediation: {
        text: 'Job definitions cannot be edited: create a new one with network isolation (SageMaker Python SDK: NetworkConfig(enable_network_isolation=True) on the monitor), point the monitoring schedule at it, and delete the old definition.',
        cli: 'aws sagemaker create-data-quality-job-definition --job-definition-name <new-name> ... --network-config EnableNetworkIsolation=true,EnableInterContainerTrafficEncryption=true',
        cloudformation: 'Type: AWS::SageMaker::DataQualityJobDefinition\nProperties:\n  NetworkConfig:\n    EnableNetworkIsolation: true',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-data-quality-job-isolation.html',
    },
    references: [
        'AWS Config sagemaker-data-quality-job-isolation',
        'AWS Config sagemaker-model-quality-job-definition-isolation',
        'AWS Config sagemaker-model-bias-job-isolation',
        'AWS Config sagemaker-model-explainability-job-network-isolation',
    ],
    judge: (j, label) => j.enableNetworkIsolation
        ? pass(resourceRef(j), `The ${label} runs with network isolation.`)
        : fail(resourceRef(j), `The ${label} does not enable network isolation (NetworkConfig.EnableNetworkIsolation is false or unset).`, { kind: j.kind, enableNetworkIsolation: j.enableNetworkIsolation ?? false }),
});
