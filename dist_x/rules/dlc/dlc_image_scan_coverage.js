import { z } from 'zod';
import { defineRule } from '../../engine/defineRule.js';
import { evaluateDlc, imageEvidence, imageLabel, IMAGE_COLLECTORS } from '../lib/dlcRule.js';
const glob = (pattern, name) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(name);
export default defineRule({
    id: 'dlc_image_scan_coverage',
    title: 'DLC images copied into the account are covered by continuous vulnerability scanning',
    service: 'dlc',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::Region',
    requires: [...IMAGE_COLLECTORS, 'ecr.registryScanning'],
    params: z.object({ requireOwnCopy: z.boolean().default(false) }).default({ requireOwnCopy: false }),
    description: "Inspector/ECR enhanced scanning covers images in the account's private registry only. DLC images the account hosts itself (copies, pull-through caches) are in a registry with ENHANCED scanning and a CONTINUOUS_SCAN rule matching the repository, so new CVEs in an old build are found. Images pulled straight from AWS's registries cannot be scanned in the account; with `requireOwnCopy` they fail too (AWS's advice for high-severity cases is to host a patched copy in your own ECR).",
    risk: 'Without continuous scanning nobody is told when a CVE is published for the build the workload runs; a DLC copy is frozen at the time it was copied and does not receive AWS patches.',
    remediation: {
        text: 'In the ECR console, open Private registry > Scanning, choose Enhanced scanning, and add a continuous-scanning filter that matches the repositories holding DLC copies (or *).',
        cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\' --region <region>',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced.html',
    },
    references: [],
    evaluate(ctx) {
        const configs = ctx.inventory.accountWide('AWS::ECR::RegistryScanningConfiguration');
        return evaluateDlc(ctx, {
            select: (ws) => ws.filter((w) => w.classified.isDlc && w.image !== null),
            judge: (w) => {
                const c = w.classified;
                const evidence = imageEvidence(w);
                if (c.registry !== 'own') {
                    if (!ctx.params.requireOwnCopy)
                        return { status: 'skip' };
                    return { status: 'fail', message: `${imageLabel(w)} is pulled from ${c.registry === 'public-dlc' ? 'ECR Public' : `AWS account ${c.account}`}, outside this account's vulnerability scanning.`, evidence };
                }
                const cfg = configs.find((r) => r.region === c.region);
                if (!cfg)
                    return { status: 'error', message: `${imageLabel(w)}: the registry scanning configuration of ${c.region} was not collected, so its coverage is unknown.`, evidence };
                const repo = c.repositoryPath ?? '';
                const continuous = cfg.rules.filter((r) => r.scanFrequency === 'CONTINUOUS_SCAN' && r.filters.some((f) => glob(f, repo)));
                const scanEvidence = { ...evidence, scanType: cfg.scanType, rules: cfg.rules };
                if (cfg.scanType === 'ENHANCED' && continuous.length)
                    return { status: 'pass', message: `${imageLabel(w)} is in ${repo}, covered by ENHANCED continuous scanning in ${c.region}.`, evidence: scanEvidence };
                return {
                    status: 'fail',
                    message: `${imageLabel(w)} is a copy in ${repo}, but ${c.region} uses ${cfg.scanType} scanning${cfg.scanType === 'ENHANCED' ? ' without a continuous rule matching that repository' : ''}.`,
                    evidence: scanEvidence,
                };
            },
        });
    },
});
