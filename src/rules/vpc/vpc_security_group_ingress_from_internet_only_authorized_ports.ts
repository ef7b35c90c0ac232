import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import type { IpPermission } from '../../inventory/resources/ec2.js';
import { named, resourceRef } from '../lib/refs.js';
import { admitsInternet, describeInternetRule, normaliseProtocol } from '../lib/securityGroups.js';

const port = z.number().int().min(0).max(65535);
const params = z
  .object({
    /** TCP ports that may be open to 0.0.0.0/0 or ::/0 (Security Hub EC2.18's default: 80, 443). */
    authorizedTcpPorts: z.array(port).default([80, 443]),
    authorizedUdpPorts: z.array(port).default([]),
  })
  .default({ authorizedTcpPorts: [80, 443], authorizedUdpPorts: [] });

/** Does the permission admit internet traffic to any TCP/UDP port outside the authorized ones? */
function unauthorized(p: IpPermission, tcp: Set<number>, udp: Set<number>): boolean {
  const proto = normaliseProtocol(p.ipProtocol);
  if (proto === 'all') return true;
  if (proto !== 'tcp' && proto !== 'udp') return false;
  const allowed = proto === 'tcp' ? tcp : udp;
  const from = p.fromPort === undefined || p.fromPort === -1 ? 0 : p.fromPort;
  const to = p.toPort === undefined || p.toPort === -1 ? 65535 : p.toPort;
  if (to - from + 1 > allowed.size) return true;
  for (let x = from; x <= to; x++) if (!allowed.has(x)) return true;
  return false;
}

export default defineRule({
  id: 'vpc_security_group_ingress_from_internet_only_authorized_ports',
  title: 'Security group admits the internet only on authorized ports',
  service: 'vpc',
  topic: 'security-groups',
  severity: 'high',
  resourceType: 'AWS::EC2::SecurityGroup',
  requires: ['ec2.securityGroups'],
  params,
  description:
    'Inbound rules whose source is 0.0.0.0/0 or ::/0 open only the authorized TCP and UDP ports (params authorizedTcpPorts, default 80 and 443, and authorizedUdpPorts, default none); an all-protocols rule is never authorized. ICMP and other protocols are not judged, as in Security Hub EC2.18.',
  risk: 'Every port open to the internet beyond the ones the application serves is attack surface: management interfaces, debug servers and databases get scanned within minutes.',
  remediation: {
    text: 'In the VPC console, open Security groups, select the group, choose Edit inbound rules, and narrow the source of each rule open to 0.0.0.0/0 or ::/0 on a port that is not authorized to the address ranges or security groups that need it.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions \'[{"IpProtocol":"tcp","FromPort":<port>,"ToPort":<port>,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" { security_group_id = "<sg-id>" ip_protocol = "tcp" from_port = 443 to_port = 443 cidr_ipv4 = "0.0.0.0/0" }',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
  },
  references: ['AWS FSBP EC2.18', 'AWS Config vpc-sg-open-only-to-authorized-ports'],
  evaluate({ inventory, params: p }) {
    const tcp = new Set(p.authorizedTcpPorts);
    const udp = new Set(p.authorizedUdpPorts);
    return inventory.all('AWS::EC2::SecurityGroup').map((sg) => {
      const bad = sg.ingress.filter((x) => admitsInternet(x) && unauthorized(x, tcp, udp));
      return bad.length
        ? fail(resourceRef(sg), `${named(sg)} admits ${bad.map(describeInternetRule).join('; ')}, outside the authorized TCP ${[...tcp].join(', ') || 'none'} / UDP ${[...udp].join(', ') || 'none'}.`, { openRules: bad })
        : pass(resourceRef(sg), `${named(sg)} admits the internet only on authorized ports (or not at all).`);
    });
  },
});
