import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_subnet_no_auto_assign_public_ip',
    title: 'Subnet does not assign public IPv4 addresses automatically',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::Subnet',
    requires: ['ec2.subnets'],
    description: 'Subnets with MapPublicIpOnLaunch give every new network interface a public address, whether the workload needs one or not.',
    risk: 'Instances launched into the subnet become reachable from the internet as soon as a security group or NACL admits traffic.',
    remediation: {
        text: 'In the VPC console, select the subnet, choose Actions > Edit subnet settings, and clear "Enable auto-assign public IPv4 address". Give public addresses only to the interfaces that need them (or put them behind a load balancer).',
        cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
        terraform: 'resource "aws_subnet" "x" { map_public_ip_on_launch = false }',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/modify-subnets.html',
    },
    references: ['AWS FSBP EC2.15'],
    evaluate({ inventory }) {
        return inventory.all('AWS::EC2::Subnet').map((s) => s.mapPublicIpOnLaunch
            ? fail(resourceRef(s), `${s.id} in ${s.vpcId} assigns public IPv4 addresses on launch.`)
            : pass(resourceRef(s), `${s.id} does not assign public IPv4 addresses on launch.`));
    },
});
