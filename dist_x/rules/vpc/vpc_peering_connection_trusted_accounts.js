import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** Accounts (besides the scanned one) whose VPCs may be peered, e.g. the organization's network accounts. */
    trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
})
    .default({ trustedAccountIds: [] });
const LIVE = ['active', 'pending-acceptance', 'provisioning', 'initiating-request'];
export default defineRule({
    id: 'vpc_peering_connection_trusted_accounts',
    title: 'VPC peering connections are with trusted accounts only',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPCPeeringConnection',
    requires: ['ec2.peeringConnections'],
    params,
    description: 'Each active or pending peering connection joins this account to itself or to an account listed in trustedAccountIds (default: none).',
    risk: 'A peering connection routes private traffic between the VPCs; peering with an account outside your control extends your network trust boundary to whoever runs it.',
    remediation: {
        text: 'Review the peering connection with the owner of the other account. If it is not needed, in the VPC console open Peering connections, select it and choose Actions > Delete peering connection; if it is, add the account to trustedAccountIds.',
        cli: 'aws ec2 delete-vpc-peering-connection --vpc-peering-connection-id <pcx-id>',
        terraform: '# remove the aws_vpc_peering_connection(_accepter) resource for the untrusted peer',
        url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
    },
    references: ['Steampipe vpc_peering_connection_no_cross_account_access', 'CloudSploit ec2/vpcPeeringConnections'],
    evaluate({ inventory, account, params: p }) {
        const trusted = new Set([account, ...p.trustedAccountIds]);
        return inventory
            .all('AWS::EC2::VPCPeeringConnection')
            .filter((c) => LIVE.includes(c.status))
            .map((c) => {
            const others = [c.requester, c.accepter].filter((side) => !trusted.has(side.ownerId));
            return others.length
                ? fail(resourceRef(c), `${named(c)} (${c.status}) peers with ${others.map((o) => `${o.vpcId} of untrusted account ${o.ownerId}`).join(' and ')}.`, { requester: c.requester, accepter: c.accepter })
                : pass(resourceRef(c), `${named(c)} peers ${c.requester.vpcId} (${c.requester.ownerId}) with ${c.accepter.vpcId} (${c.accepter.ownerId}), both trusted.`);
        });
    },
});
