import { defineRule } from '../../engine/defineRule.js';
import { supportFor } from '../../dlc/support.js';
import { evaluateDlc, imageEvidence, imageLabel, WORKLOAD_COLLECTORS } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_image_family_not_retired',
    title: 'DLC workload does not use an image family AWS has retired',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'high',
    resourceType: 'AWS::Region',
    requires: WORKLOAD_COLLECTORS,
    description: 'No workload runs an image of a framework family AWS no longer supports at all: MXNet and Elastic Inference (*-eia) images, unsupported since 2023-10-01, and the pre-DLC SageMaker framework images (sagemaker-pytorch, sagemaker-tensorflow*, sagemaker-mxnet*, sagemaker-chainer).',
    risk: 'A retired family gets no patches for any version and no successor image under the same name, so its vulnerabilities only accumulate; Elastic Inference is no longer available at all.',
    remediation: {
        text: 'Port the workload to a supported framework image (PyTorch or TensorFlow DLC, or the AL2023 pytorch image) and redeploy. For Elastic Inference, move the model to a GPU, Inferentia or CPU instance type.',
        cli: 'aws sagemaker create-model --model-name <name> --primary-container Image=<supported-dlc-image>,ModelDataUrl=<s3-uri> --execution-role-arn <role-arn>',
        url: 'https://github.com/aws/deep-learning-containers/blob/e8e9df1b6208da3da513b691c3c81670b27006fd/docs/reference/support_policy.md',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            judge: (w, k) => {
                if (!w.classified.catalog)
                    return { status: 'skip' };
                const v = supportFor(w.classified, k);
                const evidence = { ...imageEvidence(w), dataGenerated: k.generated };
                if (v.kind === 'retired')
                    return { status: 'fail', message: `${imageLabel(w)}: ${v.reason} (unsupported since ${v.since}).`, evidence: { ...evidence, unsupportedSince: v.since, eop: v.since, source: v.source } };
                return { status: 'pass', message: `${imageLabel(w)} belongs to a family AWS still maintains (${w.classified.repository}).`, evidence };
            },
        });
    },
});
