import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS } from '../lib/dlcRule.js';
export default defineRule({
    id: 'dlc_image_registry_trusted',
    title: 'DLC images come from the AWS DLC registry of their region',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'high',
    resourceType: 'AWS::Region',
    requires: IMAGE_COLLECTORS,
    params: z.object({ trustedAccounts: z.array(z.string().regex(/^\d{12}$/)).default([]) }).default({ trustedAccounts: [] }),
    description: "An image whose repository has a DLC name (pytorch-training, vllm, huggingface-pytorch-inference, ...) is pulled from the AWS account published for that region (763104351884 in most regions, a per-region account elsewhere, the SageMaker algorithm accounts for XGBoost/Scikit-Learn), from ECR Public's deep-learning-containers gallery, or from the workload's own account (a copy or pull-through cache). List your organisation's mirror accounts in `trustedAccounts`.",
    risk: 'A DLC-named repository in an account AWS does not publish is a look-alike: whoever owns that account decides what code runs with the workload role and data (supply chain). A real AWS ML account used with a region it does not serve is not a DLC registry either.',
    remediation: {
        text: 'Replace the image with the one from the DLC registry of the workload region (see the DLC region availability table), or copy it into your own ECR. If the account is your organisation\'s mirror, add it to this rule\'s trustedAccounts parameter.',
        cli: 'aws ecr describe-registry --region <region>  # then reference 763104351884.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> (or the account listed for your region)',
        url: 'https://aws.github.io/deep-learning-containers/reference/region_availability',
    },
    references: [],
    evaluate(ctx) {
        return evaluateDlc(ctx, {
            workloadOptions: { trustedAccounts: ctx.params.trustedAccounts },
            select: (ws) => ws.filter((w) => w.image !== null && (w.classified.isDlc || w.classified.lookalike)),
            judge: (w) => {
                const c = w.classified;
                const evidence = { ...imageEvidence(w), account: c.account, imageRegion: c.region, registrySource: c.registrySource };
                const l = c.lookalike;
                if (l?.reason === 'unknown-account')
                    return { status: 'fail', message: `${imageLabel(w)} uses the DLC repository name ${c.repository} in account ${l.account}, which is not an AWS DLC registry${l.expectedAccount ? ` (AWS publishes ${l.expectedAccount} for ${l.region})` : ''}: look-alike image.`, evidence: { ...evidence, expectedAccount: l.expectedAccount } };
                if (l?.reason === 'wrong-region')
                    return { status: 'fail', message: `${imageLabel(w)} uses AWS ML account ${l.account} with region ${l.region}, which it does not serve (it serves ${l.servedRegions?.slice(0, 5).join(', ')}${(l.servedRegions?.length ?? 0) > 5 ? ', ...' : ''})${l.expectedAccount ? `; ${l.region} uses ${l.expectedAccount}` : ''}: not a DLC registry.`, evidence: { ...evidence, expectedAccount: l.expectedAccount, servedRegions: l.servedRegions } };
                return { status: 'pass', message: `${imageLabel(w)} comes from ${c.registry === 'own' ? 'this account (own copy)' : c.registry === 'trusted-mirror' ? `trusted mirror account ${c.account}` : c.registry === 'public-dlc' ? 'ECR Public (deep-learning-containers)' : `AWS registry ${c.account} for ${c.region}`}.`, evidence };
            },
        });
    },
});
