import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_endpoint_interface_multi_az',
    title: 'Interface endpoint has network interfaces in at least two Availability Zones',
    service: 'vpc',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::EC2::VPCEndpoint',
    requires: ['ec2.vpcEndpoints', 'ec2.subnets'],
    description: 'Each available interface endpoint is placed in subnets of two or more Availability Zones, as AWS recommends for high availability.',
    risk: 'An endpoint in one zone stops serving the whole VPC when that zone is impaired; workloads in private subnets then lose access to the AWS service (logs, images, credentials) at the moment they need it.',
    remediation: {
        text: 'In the VPC console, open Endpoints, select the endpoint, choose Actions > Manage subnets, and add a subnet in each Availability Zone where workloads run.',
        cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpce-id> --add-subnet-ids <subnet-in-second-az>',
        terraform: 'resource "aws_vpc_endpoint" "x" { subnet_ids = ["<subnet-az-a>", "<subnet-az-b>"] }',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
    },
    references: [],
    evaluate({ inventory }) {
        const az = new Map(inventory.all('AWS::EC2::Subnet').map((s) => [s.id, s.availabilityZone]));
        return inventory
            .all('AWS::EC2::VPCEndpoint')
            .filter((e) => e.endpointType.toLowerCase() === 'interface' && e.state.toLowerCase() === 'available')
            .map((e) => {
            const unknown = e.subnetIds.filter((s) => !az.has(s));
            if (unknown.length)
                return error(resourceRef(e), `Subnet(s) ${unknown.join(', ')} of ${named(e)} are not in the inventory.`);
            const zones = [...new Set(e.subnetIds.map((s) => az.get(s)))].sort();
            return zones.length >= 2
                ? pass(resourceRef(e), `${named(e)} (${e.serviceName}) spans ${zones.join(', ')}.`, { availabilityZones: zones })
                : fail(resourceRef(e), `${named(e)} (${e.serviceName}) is in ${zones.length ? `only ${zones[0]}` : 'no subnet'}.`, { availabilityZones: zones, subnetIds: e.subnetIds });
        });
    },
});
