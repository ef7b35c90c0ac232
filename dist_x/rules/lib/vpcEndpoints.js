import { ownerOf } from '../../analysis/network/reachability.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from './refs.js';
/** What runs behind an interface that makes its VPC a workload VPC (not load balancers, NAT gateways or endpoints). */
const WORKLOAD_OWNERS = new Set(['AWS::EC2::Instance', 'AWS::ECS::Task', 'AWS::SageMaker::NotebookInstance', 'AWS::EKS::Cluster']);
/** Does this interface belong to compute (an instance, task, notebook, cluster, or a Lambda/Synthetics function)? */
export function isWorkloadInterface(eni) {
    return eni.interfaceType === 'lambda' || WORKLOAD_OWNERS.has(ownerOf(eni).type);
}
/** VPCs that host workloads, each with the interfaces that prove it. */
export function workloadVpcs(inventory) {
    return inventory.memo('workloadVpcs', () => groupWorkloadsByVpc(inventory));
}
function groupWorkloadsByVpc(inventory) {
    const out = new Map();
    for (const eni of inventory.all('AWS::EC2::NetworkInterface')) {
        if (!eni.vpcId || !isWorkloadInterface(eni))
            continue;
        const list = out.get(eni.vpcId);
        if (list)
            list.push(eni);
        else
            out.set(eni.vpcId, [eni]);
    }
    return out;
}
export const isAvailable = (e) => e.state.toLowerCase() === 'available';
/** The AWS service an endpoint reaches, e.g. "ecr.dkr" for com.amazonaws.us-east-1.ecr.dkr, or undefined for other providers' services. */
export function awsServiceOf(e, region) {
    const prefix = `com.amazonaws.${region}.`;
    return e.serviceName.startsWith(prefix) ? e.serviceName.slice(prefix.length) : undefined;
}
/**
 * "VPCs that host workloads have a VPC endpoint for <service>": one rule per service, each with
 * its own id. Judged per workload VPC (a VPC with interfaces of instances, ECS tasks, SageMaker
 * notebooks, EKS clusters or Lambda/Synthetics functions); VPCs with nothing running are not
 * judged, like Prowler's vpc_flow_logs_enabled without --scan-unused-services.
 */
export function endpointForServiceRule(v) {
    const types = v.types ?? ['Interface'];
    const kind = types.length > 1 ? 'gateway or interface' : types[0].toLowerCase();
    return defineRule({
        id: v.id,
        title: `VPCs that host workloads have a${kind.startsWith('i') ? 'n' : ''} ${kind} endpoint for ${v.label}`,
        service: 'vpc',
        topic: 'interface-vpc-endpoints',
        severity: v.severity ?? 'low',
        resourceType: 'AWS::EC2::VPC',
        requires: ['ec2.vpcs', 'ec2.networkInterfaces', 'ec2.vpcEndpoints'],
        description: `Each VPC that runs workloads has an available ${kind} VPC endpoint for com.amazonaws.<region>.${v.service}, so that ${v.why} stay on the AWS network instead of going through an internet or NAT gateway. VPCs with no instance, task, notebook, cluster or function interfaces are not judged.`,
        risk: `Without the endpoint, calls to ${v.label} leave the VPC through a NAT or internet gateway: workloads need an internet path (which also serves exfiltration), the traffic cannot be limited by an endpoint policy, and private subnets without egress cannot reach the service at all.`,
        remediation: {
            text: `In the VPC console, choose Endpoints > Create endpoint, select AWS services and the service com.amazonaws.<region>.${v.service}, choose the VPC${types.includes('Interface') ? ', one subnet per Availability Zone, a security group that admits HTTPS (443) from the VPC CIDR, and enable private DNS names' : ' and the route tables of the workload subnets'}. Attach an endpoint policy that admits only your organization's principals and resources.`,
            cli: types.includes('Interface')
                ? `aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id <vpc-id> --service-name com.amazonaws.<region>.${v.service} --subnet-ids <subnet-a> <subnet-b> --security-group-ids <sg-id> --private-dns-enabled`
                : `aws ec2 create-vpc-endpoint --vpc-endpoint-type Gateway --vpc-id <vpc-id> --service-name com.amazonaws.<region>.${v.service} --route-table-ids <rtb-id>`,
            terraform: `resource "aws_vpc_endpoint" "${v.service.replace(/\W/g, '_')}" { vpc_id = "<vpc-id>" service_name = "com.amazonaws.<region>.${v.service}" vpc_endpoint_type = "${types[0]}"${types[0] === 'Interface' ? ' private_dns_enabled = true subnet_ids = ["<subnet-a>", "<subnet-b>"] security_group_ids = ["<sg-id>"]' : ' route_table_ids = ["<rtb-id>"]'} }`,
            url: v.url,
        },
        references: ['https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html', ...(v.references ?? [])],
        evaluate({ inventory, region }) {
            const name = `com.amazonaws.${region}.${v.service}`;
            const endpoints = inventory.all('AWS::EC2::VPCEndpoint').filter((e) => e.serviceName === name && types.some((t) => t.toLowerCase() === e.endpointType.toLowerCase()));
            const vpcs = new Map(inventory.all('AWS::EC2::VPC').map((x) => [x.id, x]));
            return [...workloadVpcs(inventory)].flatMap(([vpcId, enis]) => {
                const vpc = vpcs.get(vpcId);
                if (!vpc)
                    return [];
                const workloads = { workloadInterfaces: enis.slice(0, 5).map((n) => ({ id: n.id, owner: ownerOf(n) })), workloadInterfaceCount: enis.length };
                const mine = endpoints.filter((e) => e.vpcId === vpcId);
                const ready = mine.filter(isAvailable);
                if (ready.length)
                    return [pass(resourceRef(vpc), `${vpcId} has ${ready[0].endpointType} endpoint ${ready[0].id} for ${name}.`, { endpoints: ready.map((e) => e.id) })];
                if (mine.length)
                    return [fail(resourceRef(vpc), `${vpcId} hosts workloads and its endpoint(s) for ${name} are not available (${mine.map((e) => `${e.id}: ${e.state}`).join(', ')}).`, { ...workloads, endpoints: mine.map((e) => ({ id: e.id, state: e.state })) })];
                return [fail(resourceRef(vpc), `${vpcId} hosts workloads (${enis.length} interface(s), e.g. ${enis[0].id}) but has no ${kind} endpoint for ${name}.`, workloads)];
            });
        },
    });
}
