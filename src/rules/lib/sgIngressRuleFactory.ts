import type { Severity } from '../../core/vocabulary.js';
import { defineRule, fail, pass, type RuleDefinition, type RuleResult } from '../../engine/defineRule.js';
import type { Exposure } from '../../analysis/network/reachability.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { admitsAllPorts, admitsAnyPort, admitsInternet, describeInternetRule } from './securityGroups.js';
import { resourceRef } from './refs.js';
import { formatExposure, NETWORK_COLLECTORS, portsHit } from './exposureRuleFactory.js';

/** Interfaces listed in one group's evidence; the count is always given. */
const EVIDENCE_LIST_MAX = 20;

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
    uses: NETWORK_COLLECTORS,
    description: `Checks every security group for an inbound rule that admits 0.0.0.0/0 or ::/0 on ${portText}.`,
    risk: `${v.label} open to the whole internet invites brute force and exploitation of the service behind it; AWS recommends admitting only known address ranges.`,
    remediation: {
      text: `In the VPC console, open Security groups, select the group, choose Edit inbound rules, and replace the 0.0.0.0/0 or ::/0 source on ${portText} with the address ranges or security groups that need it (or remove the rule and use Session Manager for administration).`,
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions \'[{"IpProtocol":"tcp","FromPort":<port>,"ToPort":<port>,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "x" { cidr_ipv4 = "<trusted-cidr>" /* not 0.0.0.0/0 */ }',
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', ...(v.references ?? [])],
    *evaluate({ inventory, network, collected }) {
      const analysed = NETWORK_COLLECTORS.every(collected);
      const judge = (sg: ResourceOf<'AWS::EC2::SecurityGroup'>): RuleResult => {
        const open = sg.ingress.filter((p) => admitsInternet(p) && (v.ports === 'all' ? admitsAllPorts(p) : admitsAnyPort(p, v.ports, v.protocols)));
        if (!open.length) return pass(resourceRef(sg), () => `${sg.groupName} (${sg.id}) admits no internet traffic on ${portText}.`);
        const admits = `${sg.groupName} (${sg.id}) admits ${open.map(describeInternetRule).join('; ')}`;
        if (!analysed) return fail(resourceRef(sg), `${admits}. (Network paths were not analysed: routing data was not collected.)`, { openRules: open });
        // The rule alone is a configuration risk; whether anything is reachable decides the urgency.
        const users = network().model.interfacesByGroup.get(sg.id) ?? [];
        // The group's internet-reachable interfaces are found once and shared by every port variant.
        const exposed: Array<{ n: ResourceOf<'AWS::EC2::NetworkInterface'>; hits: Exposure[] }> = [];
        for (const r of network().internetExposedBehind(sg.id)) {
          const hits = r.exposures.filter((e) => portsHit(e, v.ports));
          if (hits.length) exposed.push({ n: r.networkInterface, hits });
        }
        // A group shared by thousands of interfaces would otherwise copy them all into one finding;
        // each interface has its own exposure finding with the full path.
        if (exposed.length)
          return fail(resourceRef(sg), `${admits}, and ${exposed.length} network interface(s) are reachable through it, e.g. ${exposed[0].n.id}: ${formatExposure(exposed[0].hits[0])}.`, {
            openRules: open,
            exposedInterfaceCount: exposed.length,
            exposedInterfaces: exposed.slice(0, EVIDENCE_LIST_MAX).map((x) => ({ id: x.n.id, exposures: x.hits })),
          });
        return {
          ...fail(resourceRef(sg), `${admits}, but no network interface is reachable through it from the internet today (${users.length ? `${users.length} attached interface(s) have no public address or route` : 'the group is attached to nothing'}); severity lowered.`, {
            openRules: open,
            attachedInterfaceCount: users.length,
            attachedInterfaces: users.slice(0, EVIDENCE_LIST_MAX).map((n) => n.id),
          }),
          severity: 'low',
        };
      };
      for (const sg of inventory.all('AWS::EC2::SecurityGroup')) yield judge(sg);
    },
  });
}
