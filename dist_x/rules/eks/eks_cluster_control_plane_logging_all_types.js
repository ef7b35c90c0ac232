import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
const ALL = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];
const params = z.object({ requiredLogTypes: z.array(z.enum(ALL)).min(1).default([...ALL]) }).default({ requiredLogTypes: [...ALL] });
export default defineRule({
    id: 'eks_cluster_control_plane_logging_all_types',
    title: 'Cluster sends every control plane log type to CloudWatch Logs',
    service: 'eks',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    params,
    description: 'All five control plane log types (api, audit, authenticator, controllerManager, scheduler, or those in requiredLogTypes) are enabled, as Prowler eks_control_plane_logging_all_types_enabled and CloudSploit eksLoggingEnabled require. eks_cluster_audit_logging_enabled checks the audit log alone.',
    risk: 'The authenticator log ties Kubernetes users to IAM principals and the api and controller logs show what changed in the cluster; without them an investigation cannot attribute actions seen in the audit log.',
    remediation: {
        text: 'In the Amazon EKS console, select the cluster, choose Observability > Control plane logging > Manage logging, turn on every log type, and save.',
        cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
        terraform: 'resource "aws_eks_cluster" "x" { enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"] }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    },
    references: ['Prowler eks_control_plane_logging_all_types_enabled'],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            const missing = params.requiredLogTypes.filter((t) => !c.enabledLogTypes.includes(t));
            return missing.length
                ? fail(resourceRef(c), `Cluster ${named(c)} does not log ${missing.join(', ')} (enabled: ${c.enabledLogTypes.join(', ') || 'none'}).`, { enabledLogTypes: c.enabledLogTypes, missing })
                : pass(resourceRef(c), `Cluster ${named(c)} logs ${params.requiredLogTypes.join(', ')}.`);
        });
    },
});
