import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { describePermission, internetSources } from '../lib/securityGroups.js';
export default defineRule({
    id: 'vpc_endpoint_security_group_not_open_to_internet',
    title: 'Interface endpoint security groups do not admit 0.0.0.0/0 or ::/0',
    service: 'vpc',
    topic: 'interface-vpc-endpoints',
    severity: 'low',
    resourceType: 'AWS::EC2::VPCEndpoint',
    requires: ['ec2.vpcEndpoints', 'ec2.securityGroups'],
    description: 'The security groups of each interface endpoint admit HTTPS only from the address ranges or security groups of the clients that use it (typically the VPC CIDR), not from every address.',
    risk: 'An endpoint open to 0.0.0.0/0 can be used from every network that routes to the VPC (peered VPCs, transit gateways, VPN and Direct Connect sites), widening who can reach AWS APIs through it with its endpoint policy.',
    remediation: {
        text: 'In the VPC console, open Security groups, select the endpoint security group, choose Edit inbound rules, and replace the 0.0.0.0/0 or ::/0 source with the VPC CIDR or the security groups of the workloads (TCP 443).',
        cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 443 --cidr 0.0.0.0/0 && aws ec2 authorize-security-group-ingress --group-id <sg-id> --protocol tcp --port 443 --cidr <vpc-cidr>',
        terraform: 'resource "aws_vpc_security_group_ingress_rule" "endpoint_https" { security_group_id = "<sg-id>" ip_protocol = "tcp" from_port = 443 to_port = 443 cidr_ipv4 = "<vpc-cidr>" }',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
    },
    references: [],
    evaluate({ inventory }) {
        const groups = new Map(inventory.all('AWS::EC2::SecurityGroup').map((g) => [g.id, g]));
        return inventory
            .all('AWS::EC2::VPCEndpoint')
            .filter((e) => e.endpointType.toLowerCase() === 'interface' && e.state.toLowerCase() === 'available')
            .map((e) => {
            const missing = e.securityGroupIds.filter((id) => !groups.has(id));
            if (missing.length)
                return error(resourceRef(e), `Security group(s) ${missing.join(', ')} of ${named(e)} are not in the inventory.`);
            const open = e.securityGroupIds.flatMap((id) => groups
                .get(id)
                .ingress.filter((p) => internetSources(p).length)
                .map((p) => `${id}: ${describePermission(p)} from ${internetSources(p).join(' and ')}`));
            return open.length
                ? fail(resourceRef(e), `${named(e)} (${e.serviceName}) admits ${open.join('; ')}.`, { securityGroupIds: e.securityGroupIds, openRules: open })
                : pass(resourceRef(e), `${named(e)} admits no traffic from 0.0.0.0/0 or ::/0 through ${e.securityGroupIds.join(', ') || 'its security groups'}.`);
        });
    },
});
