import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { latestTransformers } from '../../dlc/currency.js';
import { DEFAULT_MAX_DATA_AGE_DAYS, evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS, maxDataAge } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_huggingface_image_latest_transformers',
    title: 'HuggingFace DLC workloads use the latest Transformers version of their line',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'low',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    params: z.object({ maxDataAgeDays: maxDataAge }).default({ maxDataAgeDays: DEFAULT_MAX_DATA_AGE_DAYS }),
    description: "AWS: \"If a DLC uses the HuggingFace Transformers SDK, then only the image with the latest Transformers version is supported.\" Each HuggingFace DLC workload uses the newest Transformers version published for the same repository, framework version and processor.",
    risk: 'An older Transformers image of the same line no longer receives patches, even though its PyTorch/TensorFlow version is still in support.',
    remediation: {
        text: 'Switch to the image with the newest Transformers version for your framework version and processor (DLC available-images page or the SageMaker Python SDK image_uris.retrieve), test, and redeploy.',
        cli: "python -c \"import sagemaker; print(sagemaker.image_uris.retrieve('huggingface', region='<region>', version='<transformers>', base_framework_version='pytorch<ver>', image_scope='inference', instance_type='ml.g5.xlarge'))\"",
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pre-built-containers-support-policy.html',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            maxDataAgeDays: ctx.params.maxDataAgeDays,
            select: (ws) => ws.filter((w) => w.classified.isDlc && !!w.classified.transformers && w.classified.repository?.startsWith('huggingface-')),
            judge: (w, k) => {
                const t = latestTransformers(w.classified, k);
                if (!t)
                    return { status: 'skip' };
                const evidence = { ...imageEvidence(w), transformers: t.current, latestTransformers: t.latest, latestTag: t.latestTag, source: t.source, policySource: k.policy.notListedSource, dataGenerated: k.generated };
                return t.isLatest
                    ? { status: 'pass', message: `${imageLabel(w)} uses Transformers ${t.current}, the latest for its line.`, evidence }
                    : { status: 'fail', message: `${imageLabel(w)} uses Transformers ${t.current}; ${t.latest} (${t.latestTag}) is the only supported image of this line.`, evidence };
            },
        });
    },
});
