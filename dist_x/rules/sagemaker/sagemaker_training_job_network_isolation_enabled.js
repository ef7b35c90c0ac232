import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_training_job_network_isolation_enabled',
    title: 'Training job containers run with network isolation',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'low',
    resourceType: 'AWS::SageMaker::TrainingJob',
    requires: ['sagemaker.trainingJobs'],
    description: 'The training job has EnableNetworkIsolation, so the training container cannot make outbound calls; SageMaker still stages input data and uploads output. Many jobs legitimately need network access (pip installs, downloading pretrained weights), hence the low severity. Jobs created in the last 90 days are collected.',
    risk: 'A training container with network access can exfiltrate training data or be fed tampered code and weights from the internet.',
    remediation: {
        text: 'Set "Enable network isolation" on the training job (SageMaker Python SDK: enable_network_isolation=True), packaging dependencies into the image or input channels. Existing jobs cannot be changed; fix the code or pipeline that launches them.',
        cli: 'aws sagemaker create-training-job ... --enable-network-isolation',
        cloudformation: 'AWS::SageMaker::Pipeline training step: "EnableNetworkIsolation": true',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::TrainingJob', (j) => j.enableNetworkIsolation
            ? pass(resourceRef(j), `Training job ${named(j)} runs with network isolation.`)
            : fail(resourceRef(j), `Training job ${named(j)} runs without network isolation.`));
    },
});
