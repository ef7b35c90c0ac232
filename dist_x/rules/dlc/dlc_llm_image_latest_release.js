import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { latestRelease } from '../../dlc/currency.js';
import { DEFAULT_MAX_DATA_AGE_DAYS, evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS, maxDataAge } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_llm_image_latest_release',
    title: 'vLLM and SGLang DLC workloads run the latest released version',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    params: z.object({ maxDataAgeDays: maxDataAge }).default({ maxDataAgeDays: DEFAULT_MAX_DATA_AGE_DAYS }),
    description: 'For vLLM and SGLang DLCs AWS supports only the latest released versions. Each workload runs the newest version of its image line (Ubuntu, AL2023 server or omni) in the support data. Moving tags without a version (server-cuda, server-cuda-v2) cannot be placed and are left to dlc_image_pinned_by_digest.',
    risk: 'Older vLLM/SGLang images are outside support: fixes for the engine, CUDA stack and OS land only in the newest release.',
    remediation: {
        text: 'Update the image to the newest vLLM/SGLang release listed on the DLC available-images page (prefer the Amazon Linux 2023 server images), test, and redeploy.',
        cli: 'aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <config-with-new-model>',
        url: 'https://aws.github.io/deep-learning-containers/reference/support_policy',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            maxDataAgeDays: ctx.params.maxDataAgeDays,
            select: (ws) => ws.filter((w) => w.classified.isDlc && w.classified.catalog?.supportGroup === 'latest-only'),
            judge: (w, k) => {
                const l = latestRelease(w.classified, k);
                if (!l)
                    return { status: 'skip' };
                const evidence = { ...imageEvidence(w), line: l.variant, version: l.current, latest: l.latest, latestTag: l.latestTag, source: l.source, notice: k.policy.notices.get('vllm_sglang_latest_only')?.text, noticeSource: k.policy.noticesSource, dataGenerated: k.generated };
                return l.isLatest
                    ? { status: 'pass', message: `${imageLabel(w)} runs ${w.classified.framework} ${l.current}, the latest in the support data (${k.generated}).`, evidence }
                    : { status: 'fail', message: `${imageLabel(w)} runs ${w.classified.framework} ${l.current}; the latest release is ${l.latest} (${l.latestTag}), and only the latest is supported.`, evidence };
            },
        });
    },
});
