import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { natDefaultRoute, privateDnsInterfaceEndpoint, routeTableOfSubnet, s3EndpointForSubnet } from '../lib/privateServicePaths.js';
import { named, resourceRef } from '../lib/refs.js';
const DOC = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html';
export default defineRule({
    id: 'ecs_service_vpc_endpoints_for_ecr_and_s3',
    title: 'ECS service pulling from Amazon ECR reaches ECR and Amazon S3 through VPC endpoints',
    service: 'ecs',
    topic: 'interface-vpc-endpoints',
    severity: 'low',
    resourceType: 'AWS::ECS::Service',
    requires: ['ecs.services', 'ecs.taskDefinitions', 'ec2.subnets', 'ec2.routeTables', 'ec2.vpcEndpoints'],
    params: z.object({ acceptNatEgress: z.boolean().default(false) }).default({ acceptNatEgress: false }),
    description: 'For each ECS service with awsvpc networking and no public task addresses whose task definition pulls an image from Amazon ECR in the service\'s own region, every subnet of the service reaches com.amazonaws.<region>.ecr.api and com.amazonaws.<region>.ecr.dkr through available interface endpoints with private DNS enabled, and Amazon S3 (where ECR stores image layers) through an S3 gateway endpoint on the subnet\'s route table (or an S3 interface endpoint with private DNS). These are the three endpoints the Amazon ECR guide lists for tasks that pull privately. Services with public task addresses, without awsvpc networking or with no same-region ECR image are not judged. Set acceptNatEgress to also accept a subnet whose default route goes to a NAT gateway.',
    risk: 'Without the endpoints, image pulls of DL and other containers leave the VPC through a NAT gateway, an internet path that also serves exfiltration and that no endpoint policy can limit to your registries; in subnets without a NAT route the tasks cannot start at all.',
    remediation: {
        text: 'In the VPC console choose Endpoints > Create endpoint: create interface endpoints for com.amazonaws.<region>.ecr.api and com.amazonaws.<region>.ecr.dkr in the service\'s VPC and subnets with private DNS names enabled and a security group admitting HTTPS from the tasks; create a gateway endpoint for com.amazonaws.<region>.s3 associated with the route tables of the service\'s subnets. Add a com.amazonaws.<region>.logs endpoint too when tasks use the awslogs driver.',
        cli: 'for s in ecr.api ecr.dkr; do aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id <vpc-id> --service-name com.amazonaws.<region>.$s --subnet-ids <subnet-a> <subnet-b> --security-group-ids <sg-id> --private-dns-enabled; done; aws ec2 create-vpc-endpoint --vpc-endpoint-type Gateway --vpc-id <vpc-id> --service-name com.amazonaws.<region>.s3 --route-table-ids <rtb-id>',
        terraform: 'resource "aws_vpc_endpoint" "ecr_dkr" { vpc_id = "<vpc-id>" service_name = "com.amazonaws.<region>.ecr.dkr" vpc_endpoint_type = "Interface" private_dns_enabled = true subnet_ids = ["<subnet-a>"] security_group_ids = ["<sg-id>"] }\nresource "aws_vpc_endpoint" "s3" { vpc_id = "<vpc-id>" service_name = "com.amazonaws.<region>.s3" route_table_ids = ["<rtb-id>"] }',
        url: DOC,
    },
    references: [DOC, 'https://docs.aws.amazon.com/deep-learning-containers/latest/devguide/deep-learning-containers-ecs-setting-up.html'],
    evaluate({ inventory, region, params }) {
        const out = [];
        const taskDefs = new Map(inventory.all('AWS::ECS::TaskDefinition').map((t) => [t.arn ?? t.id, t]));
        // One pattern per region, not one per service.
        const hosts = new Map();
        const ecrHost = (rgn) => {
            let re = hosts.get(rgn);
            if (!re)
                hosts.set(rgn, (re = new RegExp(`^\\d{12}\\.dkr\\.ecr(-fips)?\\.${rgn.replace(/\W/g, '\\$&')}\\.amazonaws\\.com/`)));
            return re;
        };
        const subnetVpc = new Map(inventory.all('AWS::EC2::Subnet').map((s) => [s.id, s.vpcId]));
        for (const s of inventory.all('AWS::ECS::Service')) {
            const ref = resourceRef(s);
            if (s.describeError) {
                out.push(error(ref, `Service ${named(s)} could not be described: ${s.describeError}`));
                continue;
            }
            const subnets = s.awsvpc?.subnets ?? [];
            if (!subnets.length || s.awsvpc?.assignPublicIp === 'ENABLED' || !s.taskDefinition)
                continue;
            const rgn = region ?? s.region;
            const td = taskDefs.get(s.taskDefinition);
            if (!td || td.describeError) {
                out.push(error(ref, `The task definition ${s.taskDefinition} of service ${named(s)} is not readable in the inventory${td?.describeError ? ` (${td.describeError})` : ''}, so its image registries are unknown.`));
                continue;
            }
            const inRegion = ecrHost(rgn);
            const ecrImages = td.containers.map((c) => c.image).filter((i) => inRegion.test(i));
            if (!ecrImages.length)
                continue;
            const gaps = [];
            const unknown = [];
            const paths = {};
            for (const subnetId of subnets) {
                const vpcId = subnetVpc.get(subnetId);
                const table = vpcId ? routeTableOfSubnet(inventory, vpcId, subnetId) : undefined;
                if (!vpcId || !table) {
                    unknown.push(subnetId);
                    continue;
                }
                const nat = params.acceptNatEgress ? natDefaultRoute(table) : undefined;
                const found = {
                    'ecr.api': privateDnsInterfaceEndpoint(inventory, vpcId, rgn, 'ecr.api')?.id ?? nat,
                    'ecr.dkr': privateDnsInterfaceEndpoint(inventory, vpcId, rgn, 'ecr.dkr')?.id ?? nat,
                    s3: s3EndpointForSubnet(inventory, vpcId, rgn, table)?.id ?? nat,
                };
                paths[subnetId] = { vpcId, routeTable: table.id, ...found };
                const missing = Object.entries(found).filter(([, v]) => !v).map(([k]) => k);
                if (missing.length)
                    gaps.push(`${subnetId} (${vpcId}, route table ${table.id}) has no endpoint for ${missing.join(', ')}`);
            }
            const evidence = { taskDefinition: s.taskDefinition, ecrImages, paths, acceptNatEgress: params.acceptNatEgress };
            if (gaps.length)
                out.push(fail(ref, `Service ${named(s)} pulls ${ecrImages[0]}${ecrImages.length > 1 ? ` and ${ecrImages.length - 1} more` : ''} from ECR, but ${gaps.join('; ')}.`, evidence));
            else if (unknown.length)
                out.push(error(ref, `Service ${named(s)}: subnet(s) ${unknown.join(', ')} or their route tables are not in the inventory, so the endpoints cannot be checked.`, evidence));
            else
                out.push(pass(ref, `Service ${named(s)} reaches ECR (api, dkr) and S3 through endpoints from every subnet.`, evidence));
        }
        return out;
    },
});
