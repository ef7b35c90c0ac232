import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from './refs.js';
import { INTERNET_V4, INTERNET_V6, normaliseProtocol } from './securityGroups.js';
function matchesPort(e, port) {
    const proto = normaliseProtocol(e.protocol);
    if (proto === 'all')
        return true;
    if (proto !== 'tcp')
        return false;
    return !e.portRange || (e.portRange.from <= port && port <= e.portRange.to);
}
/**
 * The inbound entry that decides traffic from any internet address to `port`: NACL entries are
 * evaluated in rule-number order and the first match wins, so a deny before an allow protects.
 */
export function decidingInternetEntry(acl, port, family) {
    return [...acl.entries]
        .filter((e) => !e.egress && (family === 'v4' ? e.cidrBlock === INTERNET_V4 : e.ipv6CidrBlock === INTERNET_V6) && matchesPort(e, port))
        .sort((a, b) => a.ruleNumber - b.ruleNumber)[0];
}
export function naclIngressFromInternetRule(v) {
    return defineRule({
        id: v.id,
        title: `Network ACL allows no ${v.label} (port ${v.port}) from the internet`,
        service: 'vpc',
        topic: 'network-acls',
        severity: 'medium',
        resourceType: 'AWS::EC2::NetworkAcl',
        requires: ['ec2.networkAcls'],
        description: `Evaluates each network ACL's inbound entries in rule-number order and fails when the entry that decides traffic from 0.0.0.0/0 or ::/0 to TCP port ${v.port} allows it.`,
        risk: 'Network ACLs are the subnet-level layer of defence in depth; allowing remote administration from anywhere leaves only the security group between the internet and the host.',
        remediation: {
            text: `In the VPC console, open Network ACLs, select the ACL, choose Edit inbound rules, and add a deny entry for port ${v.port} from 0.0.0.0/0 and ::/0 with a lower rule number than the allow, or narrow the allow to trusted ranges.`,
            cli: `aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=${v.port},To=${v.port} --cidr-block 0.0.0.0/0 --rule-action deny`,
            terraform: `resource "aws_network_acl_rule" "deny_${v.port}" { network_acl_id = "<acl-id>" rule_number = 50 egress = false protocol = "tcp" rule_action = "deny" cidr_block = "0.0.0.0/0" from_port = ${v.port} to_port = ${v.port} }`,
            url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
        },
        references: v.references,
        evaluate({ inventory }) {
            return inventory.all('AWS::EC2::NetworkAcl').map((acl) => {
                const allowing = ['v4', 'v6']
                    .map((f) => decidingInternetEntry(acl, v.port, f))
                    .filter((e) => e?.ruleAction === 'allow');
                if (!allowing.length)
                    return pass(resourceRef(acl), `${acl.id} does not allow port ${v.port} from the internet (first matching entry denies, or none matches).`);
                return fail(resourceRef(acl), `${acl.id} allows port ${v.port} from ${allowing.map((e) => `${e.cidrBlock ?? e.ipv6CidrBlock} by rule ${e.ruleNumber}`).join(' and ')}.`, { decidingEntries: allowing, subnets: acl.subnetIds });
            });
        },
    });
}
