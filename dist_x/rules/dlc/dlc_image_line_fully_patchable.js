import { defineRule } from '../../engine/defineRule.js';
import { patchLimit } from '../../dlc/currency.js';
import { evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS } from '../lib/dlcRule.js';
const APPLIES = /^(vllm|vllm-arm64|sglang|huggingface-vllm|huggingface-sglang|pytorch-training|pytorch-inference|pytorch-training-arm64|pytorch-inference-arm64|sagemaker-scikit-learn)$/;
export default defineRule({
    id: 'dlc_image_line_fully_patchable',
    title: 'DLC workload uses an image line AWS can fully patch',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    description: "Workloads avoid the image lines the DLC support page says cannot be (fully) patched: Ubuntu-based vLLM and SGLang images (no Ubuntu Pro licensing), Ubuntu-based PyTorch 2.8 to 2.10 images, and Scikit-Learn 1.4-2 for Python 3.10.",
    risk: 'Some vulnerabilities in these images will not be fixed even while the framework version is inside its support window.',
    remediation: {
        text: "Move vLLM/SGLang workloads to the Amazon Linux 2023 'server-*' images, PyTorch workloads to the AL2023 'pytorch' image 2.11 or later, and Scikit-Learn to 1.4-2-py312 or later; then redeploy.",
        cli: 'aws sagemaker create-model --model-name <name> --primary-container Image=763104351884.dkr.ecr.<region>.amazonaws.com/vllm:server-sagemaker-cuda-v<X.Y> --execution-role-arn <role-arn>',
        url: 'https://aws.github.io/deep-learning-containers/reference/support_policy',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            judge: (w, k) => {
                const c = w.classified;
                if (!c.repository || !APPLIES.test(c.repository) || !c.family)
                    return { status: 'skip' };
                const limit = patchLimit(c, k);
                const evidence = { ...imageEvidence(w), os: c.os, dataGenerated: k.generated };
                if (limit)
                    return { status: 'fail', message: `${imageLabel(w)}: ${limit.summary}.`, evidence: { ...evidence, notice: limit.notice.id, noticeText: limit.notice.text, source: k.policy.noticesSource } };
                return { status: 'pass', message: `${imageLabel(w)} is not on a line AWS says it cannot fully patch.`, evidence };
            },
        });
    },
});
