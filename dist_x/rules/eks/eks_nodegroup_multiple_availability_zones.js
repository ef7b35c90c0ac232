import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_nodegroup_multiple_availability_zones',
    title: 'Managed node group spans more than one Availability Zone',
    service: 'eks',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::EKS::Nodegroup',
    requires: ['eks.nodegroups', 'ec2.subnets'],
    description: 'The subnets of the node group lie in at least two Availability Zones, so its Auto Scaling group can place nodes in more than one zone.',
    risk: 'A node group confined to one Availability Zone loses every node, and every pod scheduled there, when that zone has an outage.',
    remediation: {
        text: 'Node group subnets are set at creation. In the Amazon EKS console, create a new node group with subnets in two or more Availability Zones, move workloads to it (cordon and drain), and delete the old node group.',
        cli: 'aws eks create-nodegroup --cluster-name <cluster> --nodegroup-name <new> --subnets <subnet-az-a> <subnet-az-b> --node-role <role-arn>',
        terraform: 'resource "aws_eks_node_group" "x" { subnet_ids = [aws_subnet.a.id, aws_subnet.b.id] }',
        url: 'https://docs.aws.amazon.com/eks/latest/best-practices/application.html',
    },
    references: [],
    evaluate({ inventory }) {
        const azOf = new Map(inventory.all('AWS::EC2::Subnet').map((s) => [s.id, s.availabilityZone]));
        return judgeEach(inventory, 'AWS::EKS::Nodegroup', (n) => {
            const unknown = n.subnets.filter((s) => !azOf.has(s));
            if (unknown.length)
                return error(resourceRef(n), `Node group ${named(n)} uses subnet(s) ${unknown.join(', ')} that are not in the inventory, so their Availability Zones are unknown.`, { unknownSubnets: unknown });
            const zones = [...new Set(n.subnets.map((s) => azOf.get(s)))].sort();
            return zones.length >= 2
                ? pass(resourceRef(n), `Node group ${named(n)} spans ${zones.join(', ')}.`, { availabilityZones: zones })
                : fail(resourceRef(n), `Node group ${named(n)} places all nodes in ${zones[0] ?? 'no subnet'}.`, { availabilityZones: zones, subnets: n.subnets });
        });
    },
});
