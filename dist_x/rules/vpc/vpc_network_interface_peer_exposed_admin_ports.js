import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { formatExposure, NETWORK_COLLECTORS, portsHit } from '../lib/exposureRuleFactory.js';
import { resourceRef } from '../lib/refs.js';
const PORTS = [22, 3389];
export default defineRule({
    id: 'vpc_network_interface_peer_exposed_admin_ports',
    title: 'Workload is not reachable on remote administration ports from peered VPCs',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::NetworkInterface',
    requires: [...NETWORK_COLLECTORS, 'ec2.peeringConnections'],
    description: 'For each network interface in a VPC with an active peering connection, computes whether addresses of the peer VPC reach it on SSH or RDP: a route to the peering connection for the reply, the subnet NACL both ways, and the security groups.',
    risk: 'A peering connection joins two trust zones; administration ports reachable from the peer let a compromise there move laterally into this VPC.',
    remediation: {
        text: 'Narrow the security group rules that admit the peer CIDR to the hosts that need administration access (or remove them and use Session Manager), and route only the peer subnets that need to talk to each other.',
        cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr <peer-cidr>',
        terraform: 'resource "aws_vpc_security_group_ingress_rule" "x" { cidr_ipv4 = "<bastion-cidr-in-peer>" }',
        url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html',
    },
    references: ['CIS AWS Foundations 5.5 (least-access peering routes)'],
    evaluate({ inventory, network }) {
        const analysis = network();
        return inventory
            .all('AWS::EC2::NetworkInterface')
            .map((eni) => ({ eni, peers: analysis.peerExposure(eni) }))
            .filter((x) => x.peers.length)
            .map(({ eni, peers }) => {
            const hits = peers.flatMap((p) => p.exposures.filter((e) => portsHit(e, PORTS)).map((e) => ({ peering: p.peering, e })));
            return hits.length
                ? fail(resourceRef(eni), `${eni.id} is reachable from peered VPCs on administration ports: ${hits.map((h) => `${h.peering}: ${formatExposure(h.e)}`).join('; ')}.`, { exposures: hits })
                : pass(resourceRef(eni), `${eni.id} is not reachable on ports 22/3389 from its ${peers.length} peered VPC(s).`);
        });
    },
});
