import { defineRule } from '../../engine/defineRule.js';
import { evaluateDlc, imageEvidence, imageLabel } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_training_multi_node_encrypted',
    title: 'Multi-node DLC training encrypts traffic between its containers',
    service: 'dlc',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: ['sagemaker.trainingJobs', 'sagemaker.processingJobs'],
    description: 'SageMaker training and processing jobs that run a DLC image on more than one instance set EnableInterContainerTrafficEncryption, so model parameters and data exchanged between nodes (MPI, NCCL, parameter servers) are encrypted. Single-instance jobs are not applicable: the setting does not affect them.',
    risk: 'Without it, gradients, parameters and training data cross the network between instances in clear text.',
    remediation: {
        text: "Training jobs cannot be changed after creation: set 'Enable inter-container traffic encryption' (EnableInterContainerTrafficEncryption=true) in the job configuration, estimator (encrypt_inter_container_traffic=True) or pipeline step, and start new jobs with it.",
        cli: 'aws sagemaker create-training-job ... --enable-inter-container-traffic-encryption',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            kinds: ['sagemaker-training-job', 'sagemaker-processing-job'],
            select: (ws) => ws.filter((w) => w.classified.isDlc && (w.kind === 'sagemaker-training-job' || w.kind === 'sagemaker-processing-job')),
            judge: (w) => {
                const n = w.context.instanceCount ?? 1;
                if (n <= 1)
                    return { status: 'skip' };
                const evidence = { ...imageEvidence(w), instanceCount: n, enableInterContainerTrafficEncryption: w.context.interContainerEncryption };
                return w.context.interContainerEncryption
                    ? { status: 'pass', message: `${imageLabel(w)} runs on ${n} instances with inter-container traffic encryption.`, evidence }
                    : { status: 'fail', message: `${imageLabel(w)} runs on ${n} instances without inter-container traffic encryption.`, evidence };
            },
        });
    },
});
