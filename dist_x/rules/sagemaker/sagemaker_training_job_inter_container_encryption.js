import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_training_job_inter_container_encryption',
    title: 'Distributed training job encrypts traffic between its containers',
    service: 'sagemaker',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::TrainingJob',
    requires: ['sagemaker.trainingJobs'],
    description: 'A training job on more than one instance has EnableInterContainerTrafficEncryption, so gradients, parameters and data exchanged between nodes are encrypted in transit. Single-instance jobs exchange nothing between instances and are not evaluated. Jobs created in the last 90 days are collected.',
    risk: 'Unencrypted inter-node traffic exposes training data and model weights to anyone who can observe the network between the training instances.',
    remediation: {
        text: 'Set "Enable inter-container traffic encryption" when creating the training job (SageMaker Python SDK: encrypt_inter_container_traffic=True). Existing jobs cannot be changed; apply it to the job definition or pipeline that launches them.',
        cli: 'aws sagemaker create-training-job ... --enable-inter-container-traffic-encryption',
        cloudformation: 'AWS::SageMaker::Pipeline step: "EnableInterContainerTrafficEncryption": true in the training step arguments',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::TrainingJob', (j) => {
            if (j.instanceCount < 2)
                return null;
            return j.enableInterContainerTrafficEncryption
                ? pass(resourceRef(j), `Training job ${named(j)} on ${j.instanceCount} instances encrypts inter-container traffic.`)
                : fail(resourceRef(j), `Training job ${named(j)} runs on ${j.instanceCount} instances without inter-container traffic encryption.`, { instanceCount: j.instanceCount });
        });
    },
});
