import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
/** The route table that applies to a subnet: its explicit association, else the VPC's main table. */
/** A subnet's route table: its explicit association, else its VPC's main table. */
function routeTableIndex(tables) {
    const bySubnet = new Map();
    const mainOf = new Map();
    for (const t of tables)
        for (const a of t.associations) {
            if (a.subnetId && !bySubnet.has(a.subnetId))
                bySubnet.set(a.subnetId, t);
            if (a.main && !mainOf.has(t.vpcId))
                mainOf.set(t.vpcId, t);
        }
    return (subnet) => {
        const t = bySubnet.get(subnet.id);
        return t && t.vpcId === subnet.vpcId ? t : mainOf.get(subnet.vpcId);
    };
}
export default defineRule({
    id: 'vpc_nat_gateway_in_each_workload_az',
    title: 'Subnets reach the internet through a NAT gateway in their own Availability Zone',
    service: 'vpc',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::EC2::VPC',
    requires: ['ec2.vpcs', 'ec2.subnets', 'ec2.routeTables', 'ec2.gateways'],
    description: "For each VPC whose subnets send their default route (0.0.0.0/0) to NAT gateways, every such subnet uses a NAT gateway in its own Availability Zone. VPCs where no subnet routes to a NAT gateway are not judged.",
    risk: "AWS: if resources in several zones share one NAT gateway and that gateway's zone goes down, resources in the other zones lose internet access (updates, image pulls, AWS APIs without endpoints). Cross-zone NAT traffic also costs data transfer.",
    remediation: {
        text: 'In the VPC console, create a NAT gateway in a public subnet of each Availability Zone that has private subnets, then edit the route table of each private subnet so that 0.0.0.0/0 targets the NAT gateway of the same zone.',
        cli: 'aws ec2 create-nat-gateway --subnet-id <public-subnet-in-az> --allocation-id <eipalloc-id> && aws ec2 replace-route --route-table-id <private-rtb-in-az> --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-in-same-az>',
        terraform: 'resource "aws_nat_gateway" "per_az" { for_each = local.public_subnet_by_az subnet_id = each.value allocation_id = aws_eip.nat[each.key].id }',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
    },
    references: ['CloudSploit ec2/natMultiAz'],
    evaluate({ inventory }) {
        const subnets = inventory.all('AWS::EC2::Subnet');
        const azOf = new Map(subnets.map((s) => [s.id, s.availabilityZone]));
        const tableOf = routeTableIndex(inventory.all('AWS::EC2::RouteTable'));
        const nats = new Map(inventory.all('AWS::EC2::NatGateway').map((n) => [n.id, n]));
        const subnetsOf = new Map();
        for (const s of subnets) {
            const list = subnetsOf.get(s.vpcId);
            if (list)
                list.push(s);
            else
                subnetsOf.set(s.vpcId, [s]);
        }
        return inventory.all('AWS::EC2::VPC').flatMap((v) => {
            const uses = (subnetsOf.get(v.id) ?? [])
                .map((s) => ({ s, nat: tableOf(s)?.routes.find((r) => r.destinationCidrBlock === '0.0.0.0/0' && r.target.startsWith('nat-'))?.target }))
                .filter((x) => !!x.nat);
            if (!uses.length)
                return [];
            const crossZone = uses
                .map(({ s, nat }) => ({ subnet: s.id, subnetAz: s.availabilityZone, nat, natAz: nats.get(nat) ? azOf.get(nats.get(nat).subnetId) : undefined }))
                .filter((x) => x.natAz !== x.subnetAz);
            return [
                crossZone.length
                    ? fail(resourceRef(v), `${crossZone.length} subnet(s) of ${v.id} route to a NAT gateway outside their zone, e.g. ${crossZone[0].subnet} (${crossZone[0].subnetAz}) via ${crossZone[0].nat} (${crossZone[0].natAz ?? 'unknown zone or deleted'}).`, { crossZone })
                    : pass(resourceRef(v), `Each of the ${uses.length} NAT-routed subnet(s) of ${v.id} uses a NAT gateway in its own zone.`),
            ];
        });
    },
});
