import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_subnets_in_multiple_azs',
    title: 'VPC has subnets in at least two Availability Zones',
    service: 'vpc',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::EC2::VPC',
    requires: ['ec2.vpcs', 'ec2.subnets'],
    description: 'Each VPC that has subnets has them in two or more Availability Zones, so workloads, load balancers and endpoints can be spread across zones. VPCs without subnets are not judged.',
    risk: 'A VPC confined to one zone loses every workload it hosts when that zone is impaired; AWS recommends deploying across multiple Availability Zones.',
    remediation: {
        text: 'In the VPC console, choose Subnets > Create subnet, select the VPC, and create subnets in a second Availability Zone; then spread the workloads across them.',
        cli: 'aws ec2 create-subnet --vpc-id <vpc-id> --availability-zone <second-az> --cidr-block <cidr>',
        terraform: 'resource "aws_subnet" "b" { vpc_id = "<vpc-id>" availability_zone = "<second-az>" cidr_block = "<cidr>" }',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/disaster-recovery-resiliency.html',
    },
    references: ['Prowler vpc_subnet_different_az'],
    evaluate({ inventory }) {
        const subnets = inventory.all('AWS::EC2::Subnet');
        return inventory.all('AWS::EC2::VPC').flatMap((v) => {
            const mine = subnets.filter((s) => s.vpcId === v.id);
            if (!mine.length)
                return [];
            const zones = [...new Set(mine.map((s) => s.availabilityZone))].sort();
            return [
                zones.length >= 2
                    ? pass(resourceRef(v), `${v.id} has subnets in ${zones.join(', ')}.`, { availabilityZones: zones })
                    : fail(resourceRef(v), `All ${mine.length} subnet(s) of ${v.id} are in ${zones[0]}.`, { availabilityZones: zones, subnetIds: mine.map((s) => s.id) }),
            ];
        });
    },
});
