import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { natDefaultRoute, privateDnsInterfaceEndpoint, routeTableOfSubnet, s3EndpointForSubnet } from '../lib/privateServicePaths.js';
import { named, resourceRef } from '../lib/refs.js';
const DOC = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_VPC.html';
export default defineRule({
    id: 'synthetics_canary_vpc_endpoints_for_cloudwatch_and_s3',
    title: 'Canary in a VPC reaches CloudWatch and Amazon S3 through VPC endpoints',
    service: 'synthetics',
    topic: 'interface-vpc-endpoints',
    severity: 'low',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries', 'ec2.vpcEndpoints', 'ec2.routeTables'],
    params: z.object({ acceptNatEgress: z.boolean().default(false) }).default({ acceptNatEgress: false }),
    description: 'For each canary that runs in a VPC, every one of its subnets reaches CloudWatch (com.amazonaws.<region>.monitoring) through an available interface endpoint with private DNS enabled, and Amazon S3 through an available S3 gateway endpoint on the subnet\'s route table (or an S3 interface endpoint with private DNS). AWS documents these endpoints as the way to keep a VPC canary private while it sends its metrics and artifacts. Canaries outside a VPC are not judged. Set acceptNatEgress to also accept a subnet whose default route goes to a NAT gateway (the alternative AWS documents); an internet gateway route alone does not count, because a canary\'s interfaces have no public address.',
    risk: 'Without the endpoints, the canary\'s results either leave the VPC through a NAT gateway (an internet path that also serves exfiltration and cannot be limited by an endpoint policy) or cannot be delivered at all: the canary then fails with "No artifacts were uploaded" and stops watching the endpoint it monitors.',
    remediation: {
        text: 'In the VPC console choose Endpoints > Create endpoint: create an interface endpoint for com.amazonaws.<region>.monitoring in the canary\'s VPC and subnets with private DNS names enabled and a security group admitting HTTPS from the canary\'s security group; create a gateway endpoint for com.amazonaws.<region>.s3 and associate it with the route tables of the canary\'s subnets.',
        cli: 'aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id <vpc-id> --service-name com.amazonaws.<region>.monitoring --subnet-ids <subnet-a> <subnet-b> --security-group-ids <sg-id> --private-dns-enabled && aws ec2 create-vpc-endpoint --vpc-endpoint-type Gateway --vpc-id <vpc-id> --service-name com.amazonaws.<region>.s3 --route-table-ids <rtb-id>',
        terraform: 'resource "aws_vpc_endpoint" "monitoring" { vpc_id = "<vpc-id>" service_name = "com.amazonaws.<region>.monitoring" vpc_endpoint_type = "Interface" private_dns_enabled = true subnet_ids = ["<subnet-a>"] security_group_ids = ["<sg-id>"] }\nresource "aws_vpc_endpoint" "s3" { vpc_id = "<vpc-id>" service_name = "com.amazonaws.<region>.s3" route_table_ids = ["<rtb-id>"] }',
        url: DOC,
    },
    references: [DOC, 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-and-interface-VPC.html'],
    evaluate({ inventory, region, params }) {
        const out = [];
        for (const c of inventory.all('AWS::Synthetics::Canary')) {
            const subnets = c.vpcConfig?.subnetIds ?? [];
            if (!subnets.length)
                continue;
            const ref = resourceRef(c);
            const vpcId = c.vpcConfig?.vpcId;
            if (!vpcId) {
                out.push(error(ref, `Canary ${named(c)} runs in subnets ${subnets.join(', ')} but its VPC id is not known, so its endpoints cannot be checked.`));
                continue;
            }
            const rgn = region ?? c.region;
            const monitoring = privateDnsInterfaceEndpoint(inventory, vpcId, rgn, 'monitoring');
            const gaps = [];
            const unknown = [];
            const paths = {};
            for (const subnetId of subnets) {
                const table = routeTableOfSubnet(inventory, vpcId, subnetId);
                if (!table) {
                    unknown.push(subnetId);
                    continue;
                }
                const nat = params.acceptNatEgress ? natDefaultRoute(table) : undefined;
                const s3 = s3EndpointForSubnet(inventory, vpcId, rgn, table);
                paths[subnetId] = { routeTable: table.id, monitoring: monitoring?.id ?? nat ?? null, s3: s3?.id ?? nat ?? null };
                const missing = [!monitoring && !nat ? 'CloudWatch (monitoring)' : '', !s3 && !nat ? 'S3' : ''].filter(Boolean);
                if (missing.length)
                    gaps.push(`${subnetId} (route table ${table.id}) has no endpoint for ${missing.join(' or ')}`);
            }
            if (gaps.length)
                out.push(fail(ref, `Canary ${named(c)} in ${vpcId}: ${gaps.join('; ')}.`, { vpcId, paths, acceptNatEgress: params.acceptNatEgress }));
            else if (unknown.length)
                out.push(error(ref, `Canary ${named(c)} in ${vpcId}: no route table of subnet(s) ${unknown.join(', ')} is in the inventory, so the S3 gateway endpoint cannot be checked.`, { vpcId, paths }));
            else
                out.push(pass(ref, `Canary ${named(c)} in ${vpcId} reaches CloudWatch and S3 from every subnet (${Object.entries(paths).map(([s, p]) => `${s}: ${JSON.stringify(p)}`).join('; ')}).`, { vpcId, paths }));
        }
        return out;
    },
});
