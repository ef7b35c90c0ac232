import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
const prefixLength = (cidr) => (cidr ? Number(cidr.split('/')[1] ?? 0) : 128);
export default defineRule({
    id: 'vpc_peering_routes_least_access',
    title: 'Routes to VPC peering connections are least access',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::RouteTable',
    requires: ['ec2.routeTables'],
    description: 'A route table sends to a peering connection only the peer addresses it needs, never a default route (0.0.0.0/0, ::/0) or a very broad range (shorter than /8).',
    risk: 'A default route over a peering connection sends all traffic, and lets the whole peer network route back, widening the blast radius of a compromise in either VPC.',
    remediation: {
        text: 'In the VPC console, open Route tables, select the table, choose Edit routes, and replace the broad destination of each pcx- route with the peer subnets that need to be reached.',
        cli: 'aws ec2 replace-route --route-table-id <rtb-id> --destination-cidr-block <peer-subnet-cidr> --vpc-peering-connection-id <pcx-id>',
        terraform: 'resource "aws_route" "peer" { destination_cidr_block = "<peer-subnet-cidr>" vpc_peering_connection_id = "<pcx-id>" }',
        url: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html',
    },
    references: ['CIS AWS Foundations 5.5 (v3.0) / 5.6 (v5.0)'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::EC2::RouteTable')
            .filter((rt) => rt.routes.some((r) => r.target.startsWith('pcx-')))
            .map((rt) => {
            const broad = rt.routes.filter((r) => r.target.startsWith('pcx-') && ((r.destinationCidrBlock && prefixLength(r.destinationCidrBlock) < 8) || (r.destinationIpv6CidrBlock && prefixLength(r.destinationIpv6CidrBlock) < 16)));
            return broad.length
                ? fail(resourceRef(rt), `${rt.id} routes ${broad.map((r) => `${r.destinationCidrBlock ?? r.destinationIpv6CidrBlock} to ${r.target}`).join(', ')}.`, { routes: broad })
                : pass(resourceRef(rt), `${rt.id} routes only specific peer ranges to its peering connections.`);
        });
    },
});
