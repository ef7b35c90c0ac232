import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** Accounts whose private ECR registries may be cache upstreams besides this account. */
    trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
    /**
     * Upstream registry types allowed (ecr, ecr-public, k8s, quay, docker-hub,
     * github-container-registry, azure-container-registry, gitlab-container-registry, chainguard); empty: any.
     */
    allowedUpstreamRegistries: z.array(z.string()).default([]),
})
    .default({ trustedAccountIds: [], allowedUpstreamRegistries: [] });
/** "123456789012.dkr.ecr.us-east-1.amazonaws.com" → "123456789012" */
const ecrAccount = (url) => /^(\d{12})\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.exec(url ?? '')?.[1];
export default defineRule({
    id: 'ecr_pull_through_cache_upstream_trusted',
    title: 'Pull through cache rules copy images only from trusted upstream registries',
    service: 'ecr',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::ECR::PullThroughCacheRule',
    requires: ['ecr.pullThroughCacheRules'],
    params,
    description: 'A pull through cache rule whose upstream is another private Amazon ECR registry names this account or one in trustedAccountIds, and, when allowedUpstreamRegistries is set, every rule\'s upstream registry type is in it.',
    risk: 'Images pulled through a cache rule land in private repositories that workloads trust like the account\'s own. An upstream registry owned by an unknown account (or a registry type the organisation has not approved) feeds unreviewed images into them.',
    remediation: {
        text: 'In the Amazon ECR console, open Private registry > Pull through cache, review the rule, and delete it (or recreate it pointing to a trusted registry). Add expected ECR upstream accounts to trustedAccountIds in the posture config.',
        cli: 'aws ecr delete-pull-through-cache-rule --ecr-repository-prefix <prefix>',
        terraform: 'resource "aws_ecr_pull_through_cache_rule" "x" { ecr_repository_prefix = "<prefix>" upstream_registry_url = "<trusted-account>.dkr.ecr.<region>.amazonaws.com" }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html',
    },
    references: [],
    evaluate({ inventory, account, params: p }) {
        const trusted = new Set([account, ...p.trustedAccountIds]);
        return inventory.all('AWS::ECR::PullThroughCacheRule').map((r) => {
            const ref = resourceRef(r);
            const upstream = r.upstreamRegistry ?? (ecrAccount(r.upstreamRegistryUrl) ? 'ecr' : undefined);
            if (!upstream)
                return error(ref, `Pull through cache rule ${named(r)} reports no upstream registry.`);
            if (p.allowedUpstreamRegistries.length && !p.allowedUpstreamRegistries.includes(upstream))
                return fail(ref, `Pull through cache rule ${named(r)} copies from ${upstream} (${r.upstreamRegistryUrl ?? 'no URL'}), which is not an allowed upstream registry.`, { upstreamRegistry: upstream, allowed: p.allowedUpstreamRegistries });
            if (upstream === 'ecr') {
                const owner = ecrAccount(r.upstreamRegistryUrl);
                if (!owner)
                    return error(ref, `Pull through cache rule ${named(r)} has an ECR upstream whose account cannot be read from ${r.upstreamRegistryUrl ?? 'an empty URL'}.`);
                if (!trusted.has(owner))
                    return fail(ref, `Pull through cache rule ${named(r)} copies images from the ECR registry of account ${owner}, which is not trusted.`, { upstreamAccount: owner, trustedAccountIds: p.trustedAccountIds });
            }
            return pass(ref, `Pull through cache rule ${named(r)} copies from ${upstream} (${r.upstreamRegistryUrl ?? 'no URL'}), a trusted upstream.`, { upstreamRegistry: upstream });
        });
    },
});
