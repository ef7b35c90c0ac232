import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { buildAge } from '../../dlc/currency.js';
import { daysSince } from '../../dlc/support.js';
import { DEFAULT_MAX_DATA_AGE_DAYS, evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS, maxDataAge } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_image_build_recent',
    title: 'Running DLC build is newer than the patch cadence',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    params: z
        .object({ maxAgeDays: z.number().int().positive().default(28), maxDataAgeDays: maxDataAge })
        .default({ maxAgeDays: 28, maxDataAgeDays: DEFAULT_MAX_DATA_AGE_DAYS }),
    description: "AWS rebuilds every supported DLC about weekly and fixes Critical CVEs within 14 days and High within 28 (the DLC CVE patching SLA). The build a workload runs is at most `maxAgeDays` old (default 28, the High SLA). Age comes from, best first: the SageMaker endpoint's image resolution time, the build date in a dated tag, or the date of the tag's -vX.Y release in the DLC git release lines (approximate). References with none of these (moving tags, bare digests) are not judged here: they get no result rather than a PASS, and dlc_image_pinned_by_digest reports moving tags.",
    risk: 'A build older than the patch cadence misses the fixes AWS has shipped since, even when its framework version is in support; DLC patches are not in-place, so only a re-pull or redeploy picks them up.',
    remediation: {
        text: 'Redeploy with the current build of the same image line (a new digest or the newest dated/-vX.Y tag), and automate the bump: for example a weekly pipeline that resolves the newest tag to a digest, tests it, and updates the task definition or SageMaker model.',
        cli: 'aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <config> --retain-all-variant-properties',
        url: 'https://github.com/aws/deep-learning-containers/blob/e0ecedea6a1c56d6b5914f9cfb2fec5c548e67e0/docs/security/cve-patching-sla.md',
    },
    references: [],
    evaluate(ctx) {
        const { maxAgeDays, maxDataAgeDays } = ctx.params;
        return evaluateDlc(ctx, {
            maxDataAgeDays,
            select: (ws) => ws.filter((w) => w.classified.isDlc && w.image !== null),
            judge: (w, k) => {
                const age = buildAge(w.classified, k, w.context.resolutionTime);
                if (!age)
                    return { status: 'skip' };
                const days = daysSince(age.date, ctx.asOf);
                const evidence = { ...imageEvidence(w), buildDate: age.date, ageSource: age.source, ageDetail: age.detail, ageDays: days, maxAgeDays, newerRelease: age.newerRelease, cveSla: k.policy.cveSla, source: k.policy.cveSla.source };
                if (days > maxAgeDays)
                    return {
                        status: 'fail',
                        message: `${imageLabel(w)} runs a build from ${age.date.slice(0, 10)} (${age.source}), ${days} days old (limit ${maxAgeDays})${age.newerRelease ? `; a newer release ${age.newerRelease.tag} exists (${age.newerRelease.date})` : ''}.`,
                        evidence,
                    };
                return { status: 'pass', message: `${imageLabel(w)} runs a build from ${age.date.slice(0, 10)} (${age.source}), ${days} days old.`, evidence };
            },
        });
    },
});
