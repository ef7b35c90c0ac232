import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);
export default defineRule({
    id: 'eks_cluster_endpoint_not_publicly_accessible',
    title: 'Cluster API endpoint is private, or public only to listed networks',
    service: 'eks',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    description: 'The Kubernetes API server endpoint is either private only, or public with publicAccessCidrs restricted to specific networks. A public endpoint open to 0.0.0.0/0 (the default) fails. FSBP EKS.1 is stricter and fails any public endpoint; a public endpoint restricted to CIDRs passes here with the CIDRs as evidence.',
    risk: 'An API server reachable from the whole internet is exposed to credential stuffing with leaked kubeconfigs or tokens and to any pre-authentication vulnerability in Kubernetes.',
    remediation: {
        text: 'In the Amazon EKS console, select the cluster, choose Networking > Manage endpoint access, and choose Private, or keep Public and private and replace 0.0.0.0/0 under Advanced settings with your networks\' CIDR blocks.',
        cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
        terraform: 'resource "aws_eks_cluster" "x" { vpc_config { endpoint_public_access = false endpoint_private_access = true } }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    },
    references: ['AWS FSBP EKS.1'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            if (!c.endpointPublicAccess)
                return pass(resourceRef(c), `Cluster ${named(c)} has no public API endpoint.`, { endpointPrivateAccess: c.endpointPrivateAccess });
            // An empty list from the API means the default, 0.0.0.0/0.
            const cidrs = c.publicAccessCidrs.length ? c.publicAccessCidrs : ['0.0.0.0/0'];
            const open = cidrs.filter((x) => ANYWHERE.has(x));
            return open.length
                ? fail(resourceRef(c), `Cluster ${named(c)} has a public API endpoint open to ${open.join(', ')}.`, { publicAccessCidrs: cidrs })
                : pass(resourceRef(c), `Cluster ${named(c)} has a public API endpoint restricted to ${cidrs.join(', ')}.`, { publicAccessCidrs: cidrs });
        });
    },
});
