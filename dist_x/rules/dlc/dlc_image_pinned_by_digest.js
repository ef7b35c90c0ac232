import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_image_pinned_by_digest',
    title: 'DLC image is referenced by digest or an immutable dated tag',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'low',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    params: z.object({ acceptReleasePinned: z.boolean().default(false) }).default({ acceptReleasePinned: false }),
    description: "DLC images are referenced by digest (@sha256:...) or by a dated build tag (-YYYY-MM-DD-HH-MM-SS, -YYYYMMDD), which name one build. AWS re-points other tags on every patch ('2.11.0-cu130-amzn2023' is mutable until the next patch, '2.11-...' until the next minor). Release-pinned tags (-vX.Y) fail unless `acceptReleasePinned` is true: whether AWS ever re-points them is not documented.",
    risk: 'The next deployment or scale-out silently pulls a different build than the one tested, and two tasks of one service can run different code. (ECS and SageMaker resolve the tag once per deployment, so running tasks do not change on their own.)',
    remediation: {
        text: "Reference the image as <repository>:<tag>@sha256:<digest> (the digest is shown by 'aws ecr describe-images' or in the DLC release notes), and bump it on a schedule so patched builds still arrive: DLC patches are not in-place.",
        cli: 'aws ecr describe-images --registry-id 763104351884 --repository-name <repository> --image-ids imageTag=<tag> --region <region> --query "imageDetails[0].imageDigest"',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability',
    },
    references: [],
    evaluate(ctx) {
        const { acceptReleasePinned } = ctx.params;
        return evaluateDlc(ctx, {
            select: (ws) => ws.filter((w) => w.classified.isDlc && w.image !== null),
            judge: (w) => {
                const c = w.classified;
                const evidence = { ...imageEvidence(w), tag: c.tag, digest: c.digest, tagKind: c.tagKind, dlcVersion: c.dlcVersion, buildDate: c.buildDate };
                if (c.tagKind === 'digest')
                    return { status: 'pass', message: `${imageLabel(w)} is pinned by digest.`, evidence };
                if (c.tagKind === 'dated')
                    return { status: 'pass', message: `${imageLabel(w)} uses a dated build tag (${c.buildDate}), which names one build.`, evidence };
                if (c.tagKind === 'release-pinned')
                    return acceptReleasePinned
                        ? { status: 'pass', message: `${imageLabel(w)} is release-pinned (v${c.dlcVersion}); accepted by configuration.`, evidence }
                        : { status: 'fail', message: `${imageLabel(w)} is release-pinned (v${c.dlcVersion}), not digest-pinned.`, evidence };
                return { status: 'fail', message: `${imageLabel(w)} uses the moving tag '${c.tag ?? 'latest'}', which AWS re-points on every patch.`, evidence };
            },
        });
    },
});
