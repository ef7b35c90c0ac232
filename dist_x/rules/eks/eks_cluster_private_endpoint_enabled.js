import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_cluster_private_endpoint_enabled',
    title: 'Cluster API endpoint is reachable privately from the VPC',
    service: 'eks',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    description: 'The cluster has private endpoint access on, so nodes and kubectl inside the VPC reach the Kubernetes API through the VPC instead of over the public endpoint (Prowler eks_cluster_private_nodes_enabled).',
    risk: 'With only the public endpoint, nodes talk to the control plane over the internet path and the public endpoint cannot be turned off or narrowed to a few CIDRs without cutting the nodes off.',
    remediation: {
        text: 'In the Amazon EKS console, select the cluster, open Networking, choose Manage endpoint access, turn on Private access (and restrict or turn off Public access), and save.',
        cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true',
        terraform: 'resource "aws_eks_cluster" "x" { vpc_config { endpoint_private_access = true } }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    },
    references: ['Prowler eks_cluster_private_nodes_enabled'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => c.endpointPrivateAccess
            ? pass(resourceRef(c), `Cluster ${named(c)} has private endpoint access on.`)
            : fail(resourceRef(c), `Cluster ${named(c)} has private endpoint access off; nodes reach the API over the public endpoint.`, { endpointPublicAccess: c.endpointPublicAccess }));
    },
});
