import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { fieldNotCollected } from '../lib/staleInventory.js';
export default defineRule({
    id: 'eks_cluster_deletion_protection_enabled',
    title: 'Cluster has deletion protection enabled',
    service: 'eks',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    description: 'The cluster has deletion protection on, so DeleteCluster fails until someone with eks:UpdateClusterConfig turns it off first (Prowler eks_cluster_deletion_protection_enabled).',
    risk: 'One mistaken or malicious DeleteCluster call removes the control plane and every workload scheduled on it; rebuilding the cluster state takes hours.',
    remediation: {
        text: 'In the Amazon EKS console, select the active cluster, open the cluster configuration, turn on Deletion protection, and save.',
        cli: 'aws eks update-cluster-config --name <cluster> --deletion-protection',
        terraform: 'resource "aws_eks_cluster" "x" { deletion_protection = true }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/deletion-protection.html',
    },
    references: ['Prowler eks_cluster_deletion_protection_enabled'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            if (c.deletionProtection === undefined)
                return fieldNotCollected(c, 'deletion protection setting');
            return c.deletionProtection
                ? pass(resourceRef(c), `Cluster ${named(c)} has deletion protection on.`)
                : fail(resourceRef(c), `Cluster ${named(c)} has deletion protection off.`);
        });
    },
});
