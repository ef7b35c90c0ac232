import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { EKS_STANDARD_SUPPORT_ENDS, standardSupport } from '../lib/eksVersions.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** Kubernetes minor version → end of EKS standard support (YYYY-MM-DD, UTC). Defaults to the AWS calendar as of 2026-11. */
    standardSupportEnds: z.record(z.string().regex(/^\d+\.\d+$/), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default(EKS_STANDARD_SUPPORT_ENDS),
})
    .default({ standardSupportEnds: EKS_STANDARD_SUPPORT_ENDS });
export default defineRule({
    id: 'eks_cluster_supported_version',
    title: 'Cluster runs a Kubernetes version in standard support',
    service: 'eks',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    params,
    description: 'The cluster\'s Kubernetes minor version has not reached the end of Amazon EKS standard support on the scan date (--as-of), per the EKS release calendar in the standardSupportEnds parameter (as of 2026-11-24 that means 1.34 or newer). Versions newer than the calendar pass; versions older than it fail.',
    risk: 'In extended support the cluster costs more per hour and gets fewer fixes; once extended support ends, EKS upgrades the control plane automatically, possibly breaking workloads at a time not of your choosing.',
    remediation: {
        text: 'Check the upgrade insights in the Amazon EKS console, then choose Upgrade version on the cluster, one minor version at a time, and update the node groups and add-ons afterwards.',
        cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
        terraform: 'resource "aws_eks_cluster" "x" { version = "<supported-version>" }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    },
    references: ['AWS FSBP EKS.2'],
    evaluate({ inventory, params, asOf }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            const v = standardSupport(c.version, params.standardSupportEnds, asOf);
            const ref = resourceRef(c);
            switch (v.kind) {
                case 'standard':
                    return pass(ref, `Cluster ${named(c)} runs Kubernetes ${c.version}, in standard support until ${v.endsOn}.`, { version: c.version, endOfStandardSupport: v.endsOn });
                case 'ended':
                    return fail(ref, `Cluster ${named(c)} runs Kubernetes ${c.version}, whose standard support ended on ${v.endedOn}.`, { version: c.version, endOfStandardSupport: v.endedOn });
                case 'older-than-calendar':
                    return fail(ref, `Cluster ${named(c)} runs Kubernetes ${c.version}, older than ${v.oldest}, the oldest version in the support calendar.`, { version: c.version });
                case 'newer-than-calendar':
                    return pass(ref, `Cluster ${named(c)} runs Kubernetes ${c.version}, newer than every version in the support calendar (latest known ${v.newest}).`, { version: c.version });
                default:
                    return error(ref, `Cannot judge the Kubernetes version "${c.version ?? 'unknown'}" of cluster ${named(c)}.`, { version: c.version ?? null });
            }
        });
    },
});
