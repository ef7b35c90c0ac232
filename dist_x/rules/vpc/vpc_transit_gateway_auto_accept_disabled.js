import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_transit_gateway_auto_accept_disabled',
    title: 'Transit gateway does not accept shared attachments automatically',
    service: 'vpc',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::EC2::TransitGateway',
    requires: ['ec2.transitGateways'],
    description: 'Transit gateways have AutoAcceptSharedAttachments disabled, so each cross-account attachment request is reviewed before it joins the network.',
    risk: 'With auto-accept on, any account the transit gateway is shared with can attach a VPC and, with default route table association and propagation, reach every attached network.',
    remediation: {
        text: 'In the VPC console, open Transit gateways, select the gateway, choose Actions > Modify transit gateway, and clear "Auto accept shared attachments".',
        cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
        terraform: 'resource "aws_ec2_transit_gateway" "x" { auto_accept_shared_attachments = "disable" }',
        url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html',
    },
    references: ['AWS FSBP EC2.23'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::EC2::TransitGateway')
            .filter((t) => !['deleted', 'deleting'].includes(t.state))
            .map((t) => t.autoAcceptSharedAttachments === 'enable'
            ? fail(resourceRef(t), `${named(t)} accepts shared attachments automatically (default route table association ${t.defaultRouteTableAssociation ?? 'unknown'}, propagation ${t.defaultRouteTablePropagation ?? 'unknown'}).`)
            : pass(resourceRef(t), `${named(t)} requires shared attachments to be accepted (AutoAcceptSharedAttachments = ${t.autoAcceptSharedAttachments ?? 'disable'}).`));
    },
});
