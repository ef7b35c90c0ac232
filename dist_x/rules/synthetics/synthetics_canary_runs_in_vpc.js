import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'synthetics_canary_runs_in_vpc',
    title: 'Canary runs inside a VPC',
    service: 'synthetics',
    topic: 'canary-security',
    severity: 'low',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries'],
    description: 'Each canary has a VPC configuration (subnets and security groups), so its traffic leaves through networks and security groups you control. Low severity: a canary that only checks public endpoints can run outside a VPC; one that tests internal endpoints should not need them exposed to reach them.',
    risk: 'A canary outside a VPC reaches its targets over the internet, from addresses you do not control: internal endpoints must then be made public for it, and its egress cannot be restricted or logged with flow logs.',
    remediation: {
        text: 'In the CloudWatch console, open Synthetics Canaries, select the canary, choose Actions > Edit, and under VPC settings choose the VPC, private subnets in at least two Availability Zones, and a security group that allows only the egress the canary needs. The canary\'s role needs the ec2:CreateNetworkInterface family of permissions.',
        cli: 'aws synthetics update-canary --name <canary> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg-id>',
        cloudformation: 'VPCConfig: { VpcId: <vpc-id>, SubnetIds: [<subnet-a>, <subnet-b>], SecurityGroupIds: [<sg-id>] }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_VPC.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Synthetics::Canary').map((c) => c.vpcConfig?.subnetIds.length
            ? pass(resourceRef(c), `Canary ${named(c)} runs in VPC ${c.vpcConfig.vpcId ?? '?'} (subnets ${c.vpcConfig.subnetIds.join(', ')}).`, { vpcConfig: c.vpcConfig })
            : fail(resourceRef(c), `Canary ${named(c)} has no VPC configuration; it reaches its targets from outside your networks.`));
    },
});
