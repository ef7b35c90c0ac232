import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_cluster_not_in_default_vpc',
    title: 'Cluster does not run in the default VPC',
    service: 'eks',
    topic: 'infrastructure-security',
    severity: 'low',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters', 'ec2.vpcs'],
    description: 'The cluster\'s VPC is not the Region\'s default VPC (Steampipe eks_cluster_no_default_vpc).',
    risk: 'The default VPC has only public subnets that assign public IPs and a route to the internet gateway, so nodes and pods there are internet-facing unless every security group is tight, and the VPC is shared with whatever else was launched by default.',
    remediation: {
        text: 'A cluster\'s VPC cannot be changed. Create a dedicated VPC with private subnets in two or more Availability Zones, create a new cluster in it, migrate the workloads, and delete the old cluster.',
        cli: 'aws eks create-cluster --name <new> --role-arn <role> --resources-vpc-config subnetIds=<private-subnet-a>,<private-subnet-b>',
        terraform: 'resource "aws_eks_cluster" "x" { vpc_config { subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id] } }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html',
    },
    references: ['Steampipe eks_cluster_no_default_vpc'],
    evaluate({ inventory }) {
        const vpcs = new Map(inventory.all('AWS::EC2::VPC').map((v) => [v.id, v]));
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => {
            const vpc = c.vpcId ? vpcs.get(c.vpcId) : undefined;
            if (!vpc)
                return error(resourceRef(c), `The VPC ${c.vpcId ?? '(none reported)'} of cluster ${named(c)} is not in the inventory.`);
            return vpc.isDefault
                ? fail(resourceRef(c), `Cluster ${named(c)} runs in the default VPC ${vpc.id}.`, { vpcId: vpc.id })
                : pass(resourceRef(c), `Cluster ${named(c)} runs in VPC ${vpc.id}, not the default VPC.`, { vpcId: vpc.id });
        });
    },
});
