import { defineRule } from '../../engine/defineRule.js';
import { supportAt, supportEvidence } from '../../dlc/support.js';
import { evaluateDlc, imageEvidence, imageLabel, WORKLOAD_COLLECTORS } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_image_within_end_of_patch',
    title: 'DLC workload runs a framework version that still receives security patches',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'high',
    resourceType: 'AWS::Region',
    requires: WORKLOAD_COLLECTORS,
    description: "Every ECS task definition, SageMaker model, endpoint, training or processing job, launch template and EC2 host that runs an AWS Deep Learning Container uses a framework version whose End of Patch date (AWS's published support table) has not passed at the scan date. HuggingFace, Neuron, trcomp and StabilityAI images follow their PyTorch/TensorFlow version; versions older than the table, MXNet and Elastic Inference count as unpatched. Families without a published End of Patch date (DJL, Triton, Ray, AutoGluon) are not judged.",
    risk: 'After End of Patch the image stays pullable but gets no security patches or bug fixes: every CVE found later in the framework, its Python stack or the OS stays open in the workload.',
    remediation: {
        text: 'Pick a supported image from the DLC support policy page (same framework, a version whose End of Patch is in the future), update the task definition, model or job to that image, and redeploy. DLC patches are not in-place: running containers keep the old image until they are replaced.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef-with-new-image.json && aws ecs update-service --cluster <cluster> --service <service> --task-definition <family>',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pre-built-containers-support-policy.html',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            judge: (w, k) => {
                const s = supportAt(w.classified, k, ctx.asOf);
                const evidence = { ...imageEvidence(w), ...supportEvidence(s, k), scanDate: ctx.asOf.toISOString().slice(0, 10) };
                const v = s.verdict;
                const what = `${imageLabel(w)} (${w.classified.framework ?? w.classified.repository} ${w.classified.frameworkVersion ?? ''})`.replace(/ \)$/, ')');
                if (s.status === 'supported')
                    return { status: 'pass', message: `${what} is supported until ${s.eop} (${v.kind === 'row' ? v.basis : ''}).`, evidence };
                if (s.status === 'past-eop')
                    return { status: 'fail', message: `${what} passed End of Patch on ${s.eop} (${v.kind === 'row' ? v.basis : ''}${v.kind === 'row' && v.derived ? ', derived' : ''}); it gets no security patches.`, evidence };
                if (s.status === 'retired' && v.kind === 'retired')
                    return { status: 'fail', message: `${what}: ${v.reason} (since ${v.since}).`, evidence };
                if (s.status === 'unsupported' && v.kind === 'off-table')
                    return { status: 'fail', message: `${what}: ${v.reason}.`, evidence };
                // A DLC whose version the reference hides (digest-only, unreadable tag) cannot be judged: say so rather than pass.
                if (s.status === 'unknown' && w.classified.catalog && !w.classified.frameworkVersion && w.classified.catalog.supportGroup && w.classified.catalog.supportGroup !== 'latest-only')
                    return { status: 'error', message: `${imageLabel(w)}: ${v.kind === 'unknown' ? v.reason : 'version unknown'}; reference it as <repository>:<tag>@<digest> so the version is visible.`, evidence };
                return { status: 'skip' };
            },
        });
    },
});
