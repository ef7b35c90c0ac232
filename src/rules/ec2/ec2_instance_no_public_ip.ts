import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';

export default defineRule({
  id: 'ec2_instance_no_public_ip',
  title: 'EC2 instance has no public IPv4 address',
  service: 'ec2',
  topic: 'infrastructure-security',
  severity: 'medium',
  resourceType: 'AWS::EC2::Instance',
  requires: ['ec2.instances'],
  description: 'Instances are reached through load balancers, NAT or private connectivity rather than their own public address.',
  risk: 'A public address makes the instance directly addressable from the internet; one permissive security group rule then exposes it.',
  remediation: {
    text: 'Launch replacements in private subnets without a public address, and put public endpoints behind a load balancer. For an Elastic IP, disassociate it in the EC2 console (Elastic IPs > Actions > Disassociate).',
    cli: 'aws ec2 disassociate-address --association-id <eipassoc-id>',
    terraform: 'resource "aws_instance" "x" { associate_public_ip_address = false }',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
  },
  references: ['AWS FSBP EC2.9'],
  evaluate({ inventory }) {
    return each(inventory.all('AWS::EC2::Instance').filter((i) => i.state !== 'terminated'), (i) =>
      i.publicIpAddress
        ? fail(resourceRef(i), `${i.id} has public IPv4 address ${i.publicIpAddress}.`, { publicIpAddress: i.publicIpAddress, subnetId: i.subnetId })
        : pass(resourceRef(i), `${i.id} has no public IPv4 address.`),
    );
  },
});
