import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from './refs.js';
/** The collectors whose data the reachability analysis reads. */
export const NETWORK_COLLECTORS = ['ec2.vpcs', 'ec2.subnets', 'ec2.routeTables', 'ec2.gateways', 'ec2.networkAcls', 'ec2.securityGroups', 'ec2.networkInterfaces'];
export function portsHit(e, ports) {
    if (e.protocol !== 'tcp' && e.protocol !== 'udp')
        return false;
    if (ports === 'all')
        return e.fromPort === 0 && e.toPort === 65535;
    // A loop, not ports.some(…): this runs for every exposure of every interface, once per rule.
    for (const p of ports)
        if (e.fromPort <= p && p <= e.toPort)
            return true;
    return false;
}
const NO_EXPOSURES = [];
/**
 * The exposure in one line. Worked out once per exposure: the port-family rules and the security
 * group rules quote the same exposures, and a third of the calls on a large estate are repeats.
 */
const formatted = new WeakMap();
export function formatExposure(e) {
    let text = formatted.get(e);
    if (text === undefined) {
        const ports = e.fromPort === e.toPort ? `${e.fromPort}` : `${e.fromPort}-${e.toPort}`;
        const p = e.path;
        text = `${e.protocol.toUpperCase()} ${ports} from ${e.sources.slice(0, 3).join(', ')}${e.sources.length > 3 ? ', …' : ''} to ${p.destination} via ${p.gateway} → ${p.routeTable ?? 'route table'} (${p.route ?? 'route'}) → ${p.networkAcl ?? 'NACL'} in #${p.naclInboundRule ?? '?'}/out #${p.naclOutboundRule ?? '?'} → ${p.securityGroup} (${p.securityGroupRule})`;
        formatted.set(e, text);
    }
    return text;
}
/** "eni-… (Instance i-…)", for messages. */
function who(result) {
    return `${result.networkInterface.id} (${result.owner.type.split('::').pop()} ${result.owner.id})`;
}
/**
 * "Workload is not reachable from the internet on <ports>": decided by the reachability analysis
 * (routes, NACLs both ways, security groups), not by one rule read alone. Each FAIL carries the path.
 */
export function internetExposureRule(v) {
    const portText = v.ports === 'all' ? 'every port' : `port${v.ports.length > 1 ? 's' : ''} ${v.ports.join(', ')}`;
    return defineRule({
        id: v.id,
        title: `Workload is not reachable from the internet on ${v.label} (${portText})`,
        service: 'vpc',
        topic: 'infrastructure-security',
        severity: v.severity,
        resourceType: 'AWS::EC2::NetworkInterface',
        requires: NETWORK_COLLECTORS,
        description: `For each network interface, computes whether a packet from an internet address can reach it on ${portText}: a public IPv4 or global IPv6 address, a route that returns the reply through an attached internet gateway (longest prefix wins), the subnet's network ACL inbound in rule order and outbound for the reply to ephemeral ports, and the interface's security groups.`,
        risk: `${v.label} reachable from anywhere is the most common entry point of cloud breaches: brute force, exploits of the exposed service, and data theft.`,
        remediation: {
            text: `Remove the path: in the EC2 console, edit the security group named in the finding to admit only trusted sources on ${portText}; or move the workload to a private subnet (no route to an internet gateway) and reach it through Session Manager, a VPN or a load balancer; or add a NACL deny for these ports.`,
            cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
            terraform: 'resource "aws_vpc_security_group_ingress_rule" "x" { cidr_ipv4 = "<trusted-cidr>" } # and no 0.0.0.0/0 or ::/0 source',
            url: 'https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html',
        },
        references: ['https://docs.aws.amazon.com/vpc/latest/network-access-analyzer/what-is-network-access-analyzer.html', ...(v.references ?? [])],
        *evaluate({ inventory, network }) {
            const interfaces = inventory.all('AWS::EC2::NetworkInterface');
            const results = network().internetExposures(interfaces);
            const judge = (eni, i) => {
                const result = results[i];
                const hits = result.exposures.length ? result.exposures.filter((e) => portsHit(e, v.ports)) : NO_EXPOSURES;
                if (!hits.length)
                    return pass(resourceRef(eni), () => `${who(result)} is not reachable from the internet on ${portText}${result.reasons.length ? `: ${result.reasons.join('; ')}` : ''}.`, { owner: result.owner });
                return fail(resourceRef(eni), `${who(result)} is reachable from the internet: ${hits.map(formatExposure).join('; ')}.`, {
                    owner: result.owner,
                    exposures: hits,
                });
            };
            for (let i = 0; i < interfaces.length; i++)
                yield judge(interfaces[i], i);
        },
    });
}
