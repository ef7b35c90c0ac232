import type { Severity } from '../../core/vocabulary.js';
import { defineRule, fail, pass, type RuleDefinition } from '../../engine/defineRule.js';
import { admitsAllPorts, admitsPort, describePermission, internetSources } from './securityGroups.js';
import { resourceRef } from './refs.js';

export interface SgPortVariant {
  id: string;
  /** What the port serves, e.g. "SSH". */
  label: string;
  /** Ports checked; `all` checks for every port open. */
  ports: number[] | 'all';
  protocols?: Array<'tcp' | 'udp'>;
  severity: Severity;
  references?: string[];
}

/**
 * One rule per port family: "Security group allows no <label> from the internet". Variants that
 * differ only in the port share this factory and keep their own id and file.
 */
export function sgIngressFromInternetRule(v: SgPortVariant): RuleDefinition {
  const portText = v.ports === 'all' ? 'all ports' : `port${v.ports.length > 1 ? 's' : ''} ${v.ports.join(', ')}`;
  return defineRule({
    id: v.id,
    title: `Security group allows no ${v.label} (${portText}) from the internet`,
    service: 'vpc',
    topic: 'security-groups',
    severity: v.severity,
    resourceType: 'AWS::EC2::SecurityGroup',
    requires: ['ec2.securityGroups'],
    description: `Checks every security group for an inbound rule that admits 0.0.0.0/0 or ::/0 on ${portText}.`,
    risk: `${v.label} open to the whole internet invites brute force and exploitation of the service behind it; AWS recommends admitting only known address ranges.`,
    remediation: {
      text: `In the VPC console, open Security groups, select the group, choose Edit inbound rules, and replace the 0.0.0.0/0 or ::/0 source on ${portText} with the address ranges or security groups that need it (or remove the rule and use Session Manager for administration).`,
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions \'[{"IpProtocol":"tcp","FromPort":<port>,"ToPort":<port>,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "x" { cidr_ipv4 = "<trusted-cidr>" /* not 0.0.0.0/0 */ }',
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', ...(v.references ?? [])],
    evaluate({ inventory }) {
      return inventory.all('AWS::EC2::SecurityGroup').map((sg) => {
        const open = sg.ingress.filter(
          (p) => internetSources(p).length > 0 && (v.ports === 'all' ? admitsAllPorts(p) : v.ports.some((port) => admitsPort(p, port, v.protocols))),
        );
        if (!open.length) return pass(resourceRef(sg), `${sg.groupName} (${sg.id}) admits no internet traffic on ${portText}.`);
        return fail(resourceRef(sg), `${sg.groupName} (${sg.id}) admits ${open.map((p) => `${describePermission(p)} from ${internetSources(p).join(' and ')}`).join('; ')}.`, {
          openRules: open,
        });
      });
    },
  });
}
