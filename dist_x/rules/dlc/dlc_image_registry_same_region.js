import { defineRule } from '../../engine/defineRule.js';
import { evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS } from '../lib/dlcRule.js';
const AWS_REGISTRIES = new Set(['dlc', 'dlc-extra', 'sagemaker-algorithm', 'legacy-sagemaker', 'own', 'trusted-mirror']);
export default defineRule({
    id: 'dlc_image_registry_same_region',
    title: 'DLC workloads pull images from the registry in their own region',
    service: 'dlc',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    description: "DLC images live in per-region ECR registries ('insert the region in the repository URL'). A workload pulls from the registry host of its own region, so it does not depend on another region being available. ECR Public images are not region-bound and are not judged.",
    risk: 'A cross-region pull makes deployments and scale-out fail when the other region has trouble, and adds inter-region data transfer for multi-gigabyte images.',
    remediation: {
        text: "Change the region part of the image host to the workload's region (and the account to the DLC account for that region if it differs), then redeploy.",
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef-with-regional-image.json',
        url: 'https://aws.github.io/deep-learning-containers/reference/region_availability',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            select: (ws) => ws.filter((w) => w.classified.isDlc && w.classified.region !== undefined && AWS_REGISTRIES.has(w.classified.registry)),
            judge: (w) => {
                const c = w.classified;
                const evidence = { ...imageEvidence(w), imageRegion: c.region, workloadRegion: w.ref.region };
                return c.region === w.ref.region
                    ? { status: 'pass', message: `${imageLabel(w)} is pulled from ${c.region}, the workload's region.`, evidence }
                    : { status: 'fail', message: `${imageLabel(w)} is pulled from ${c.region} while the workload runs in ${w.ref.region}.`, evidence };
            },
        });
    },
});
