import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_elastic_ip_associated',
    title: 'Elastic IP address is associated with a resource',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'low',
    resourceType: 'AWS::EC2::EIP',
    requires: ['ec2.addresses'],
    description: 'Every allocated Elastic IP address is associated with an instance or network interface; unassociated addresses are released.',
    risk: 'Idle addresses cost money and keep a public address reserved; allowlists elsewhere that still trust it become a path for whoever the address is next associated with.',
    remediation: {
        text: 'In the EC2 console, open Elastic IPs, select the unassociated address, and choose Actions > Release Elastic IP addresses (or associate it with the resource that needs it).',
        cli: 'aws ec2 release-address --allocation-id <eipalloc-id>',
        terraform: '# remove the aws_eip resource, or set instance / network_interface on it',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/working-with-eips.html',
    },
    references: ['AWS Security Hub EC2.12'],
    evaluate({ inventory }) {
        return inventory.all('AWS::EC2::EIP').map((a) => a.associationId || a.instanceId || a.networkInterfaceId
            ? pass(resourceRef(a), `${a.publicIp} is associated with ${a.instanceId ?? a.networkInterfaceId ?? a.associationId}.`)
            : fail(resourceRef(a), `${a.publicIp} (${a.allocationId ?? a.id}) is allocated but associated with nothing.`));
    },
});
