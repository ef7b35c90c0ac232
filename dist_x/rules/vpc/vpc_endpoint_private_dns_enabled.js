import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_endpoint_private_dns_enabled',
    title: 'Interface endpoint has private DNS enabled',
    service: 'vpc',
    topic: 'interface-vpc-endpoints',
    severity: 'low',
    resourceType: 'AWS::EC2::VPCEndpoint',
    requires: ['ec2.vpcEndpoints'],
    description: "Interface endpoints for services that offer a private DNS name (DescribeVpcEndpointServices reports PrivateDnsName) have private DNS enabled, so that the service's default hostname (e.g. logs.<region>.amazonaws.com) resolves to the endpoint inside the VPC. Endpoints of services without a private DNS name are not judged.",
    risk: 'Without private DNS, SDKs, the CloudWatch agent and container runtimes keep resolving the public service endpoint: traffic silently bypasses the endpoint (and its policy) and leaves through a NAT or internet gateway, or fails in private subnets.',
    remediation: {
        text: 'In the VPC console, open Endpoints, select the endpoint, choose Actions > Modify private DNS name, and select Enable for this endpoint. The VPC needs DNS hostnames and DNS resolution enabled.',
        cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpce-id> --private-dns-enabled',
        terraform: 'resource "aws_vpc_endpoint" "x" { vpc_endpoint_type = "Interface" private_dns_enabled = true }',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/manage-dns-names.html',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::EC2::VPCEndpoint')
            .filter((e) => e.endpointType.toLowerCase() === 'interface' && ['available', 'pending', 'pendingacceptance'].includes(e.state.toLowerCase()))
            .flatMap((e) => {
            const svc = e.service;
            if (!svc)
                return [error(resourceRef(e), `The private DNS name of ${e.serviceName} was not collected for ${named(e)}.`)];
            if (!svc.ok)
                return [error(resourceRef(e), `Could not read whether ${e.serviceName} offers a private DNS name: ${svc.error}`)];
            const dnsName = svc.value?.privateDnsName;
            if (!dnsName)
                return [];
            return [
                e.privateDnsEnabled
                    ? pass(resourceRef(e), `${named(e)} answers for ${dnsName} inside ${e.vpcId}.`)
                    : fail(resourceRef(e), `${named(e)} for ${e.serviceName} has private DNS disabled, so ${dnsName} still resolves to the public endpoint in ${e.vpcId}.`, { privateDnsName: dnsName }),
            ];
        });
    },
});
