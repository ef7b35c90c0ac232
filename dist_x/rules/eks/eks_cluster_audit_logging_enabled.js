import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** Control plane log types that must be on: api, audit, authenticator, controllerManager, scheduler. */
    requiredLogTypes: z.array(z.enum(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'])).min(1).default(['audit']),
})
    .default({ requiredLogTypes: ['audit'] });
export default defineRule({
    id: 'eks_cluster_audit_logging_enabled',
    title: 'Cluster sends control plane audit logs to CloudWatch Logs',
    service: 'eks',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    params,
    description: 'The control plane log types in requiredLogTypes (default: audit) are enabled, so the Kubernetes API audit trail reaches CloudWatch Logs.',
    risk: 'Without audit logs there is no record of who read secrets, created privileged pods or changed RBAC, which is what an investigation of a cluster compromise needs first.',
    remediation: {
        text: 'In the Amazon EKS console, select the cluster, choose Observability > Control plane logging > Manage logging, turn on Audit (and the other types you need), and save.',
        cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["audit","api","authenticator"],"enabled":true}]}\'',
        terraform: 'resource "aws_eks_cluster" "x" { enabled_cluster_log_types = ["audit", "api", "authenticator"] }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    },
    references: ['AWS FSBP EKS.8'],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            const missing = params.requiredLogTypes.filter((t) => !c.enabledLogTypes.includes(t));
            return missing.length
                ? fail(resourceRef(c), `Cluster ${named(c)} does not log ${missing.join(', ')} (enabled: ${c.enabledLogTypes.join(', ') || 'none'}).`, { enabledLogTypes: c.enabledLogTypes, missing })
                : pass(resourceRef(c), `Cluster ${named(c)} logs ${params.requiredLogTypes.join(', ')}.`, { enabledLogTypes: c.enabledLogTypes });
        });
    },
});
