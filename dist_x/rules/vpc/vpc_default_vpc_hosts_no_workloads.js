import { ownerOf } from '../../analysis/network/reachability.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { workloadVpcs } from '../lib/vpcEndpoints.js';
export default defineRule({
    id: 'vpc_default_vpc_hosts_no_workloads',
    title: 'Default VPC hosts no workloads',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
    requires: ['ec2.vpcs', 'ec2.networkInterfaces'],
    description: 'No instance, ECS task, SageMaker notebook, EKS cluster or Lambda/Synthetics function has a network interface in the default VPC. Only default VPCs are judged.',
    risk: 'Every default subnet is public: it assigns public IPv4 addresses and routes to an internet gateway. Workloads launched there without a deliberate network design are one permissive security group away from the internet.',
    remediation: {
        text: 'Create a VPC with private subnets for the workload, move the listed resources there (relaunch instances, update ECS services, notebooks and functions), then delete the default VPC in the VPC console (Your VPCs > Actions > Delete VPC) if nothing else needs it.',
        cli: 'aws ec2 delete-vpc --vpc-id <default-vpc-id>  # after its resources have moved',
        terraform: 'resource "aws_vpc" "workloads" { cidr_block = "10.0.0.0/16" }  # and place workloads in its private subnets',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html',
    },
    references: ['CloudSploit ec2/defaultVpcInUse'],
    evaluate({ inventory }) {
        const used = workloadVpcs(inventory);
        return inventory
            .all('AWS::EC2::VPC')
            .filter((v) => v.isDefault)
            .map((v) => {
            const enis = used.get(v.id) ?? [];
            return enis.length
                ? fail(resourceRef(v), `Default VPC ${v.id} hosts ${enis.length} workload interface(s), e.g. ${enis[0].id} of ${ownerOf(enis[0]).type} ${ownerOf(enis[0]).id}.`, {
                    workloads: enis.slice(0, 10).map((n) => ({ networkInterface: n.id, owner: ownerOf(n) })),
                })
                : pass(resourceRef(v), `Default VPC ${v.id} hosts no workloads.`);
        });
    },
});
