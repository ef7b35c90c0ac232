import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { supportAt, supportEvidence } from '../../dlc/support.js';
import { DEFAULT_MAX_DATA_AGE_DAYS, evaluateDlc, imageEvidence, imageLabel, maxDataAge, WORKLOAD_COLLECTORS } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_image_end_of_patch_not_near',
    title: 'DLC workload framework version is not about to reach End of Patch',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: WORKLOAD_COLLECTORS,
    params: z
        .object({ daysAhead: z.number().int().positive().default(90), maxDataAgeDays: maxDataAge })
        .default({ daysAhead: 90, maxDataAgeDays: DEFAULT_MAX_DATA_AGE_DAYS }),
    description: 'DLC workloads on a supported framework version have more than `daysAhead` days (default 90) left before its End of Patch date, so there is time to test and roll out the next version. Versions already past End of Patch are reported by dlc_image_within_end_of_patch instead.',
    risk: 'A migration started after End of Patch leaves the workload unpatched for as long as the migration takes.',
    remediation: {
        text: 'Plan the move to a newer framework version from the DLC support policy table now: build and test the workload on the new image, then update the task definition, model or job and redeploy.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef-with-new-image.json',
        url: 'https://aws.github.io/deep-learning-containers/reference/support_policy',
    },
    references: [],
    evaluate(ctx) {
        const { daysAhead, maxDataAgeDays } = ctx.params;
        return evaluateDlc(ctx, {
            maxDataAgeDays,
            judge: (w, k) => {
                const s = supportAt(w.classified, k, ctx.asOf);
                if (s.status !== 'supported' || s.daysToEop === undefined)
                    return { status: 'skip' };
                const evidence = { ...imageEvidence(w), ...supportEvidence(s, k), daysToEop: s.daysToEop, daysAhead, scanDate: ctx.asOf.toISOString().slice(0, 10) };
                return s.daysToEop <= daysAhead
                    ? { status: 'fail', message: `${imageLabel(w)} reaches End of Patch on ${s.eop}, in ${s.daysToEop} day(s) (threshold ${daysAhead}).`, evidence }
                    : { status: 'pass', message: `${imageLabel(w)} is supported until ${s.eop} (${s.daysToEop} days).`, evidence };
            },
        });
    },
});
