import type { InventoryView } from '../../inventory/inventory.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { awsServiceOf, isAvailable } from './vpcEndpoints.js';

type Endpoint = ResourceOf<'AWS::EC2::VPCEndpoint'>;
type RouteTable = ResourceOf<'AWS::EC2::RouteTable'>;

/** The route table that decides a subnet's routing: its explicit association, else the VPC's main table. */
export function routeTableOfSubnet(inventory: InventoryView, vpcId: string, subnetId: string): RouteTable | undefined {
  const tables = inventory.all('AWS::EC2::RouteTable').filter((t) => t.vpcId === vpcId);
  return tables.find((t) => t.associations.some((a) => a.subnetId === subnetId)) ?? tables.find((t) => t.associations.some((a) => a.main));
}

/** An active IPv4 default route to a NAT gateway: the only internet path for interfaces without public addresses. */
export function natDefaultRoute(table: RouteTable): string | undefined {
  return table.routes.find((r) => r.destinationCidrBlock === '0.0.0.0/0' && r.target.startsWith('nat-') && r.state.toLowerCase() !== 'blackhole')?.target;
}

/**
 * An available interface endpoint for `service` in the VPC that clients using the service's default
 * host name actually use: only one with private DNS enabled takes over that name.
 */
export function privateDnsInterfaceEndpoint(inventory: InventoryView, vpcId: string, region: string, service: string): Endpoint | undefined {
  return inventory
    .all('AWS::EC2::VPCEndpoint')
    .find((e) => e.vpcId === vpcId && e.endpointType.toLowerCase() === 'interface' && awsServiceOf(e, region) === service && isAvailable(e) && e.privateDnsEnabled);
}

/** An available S3 gateway endpoint on the subnet's route table, or an S3 interface endpoint with private DNS in the VPC. */
export function s3EndpointForSubnet(inventory: InventoryView, vpcId: string, region: string, table: RouteTable): Endpoint | undefined {
  const gateway = inventory
    .all('AWS::EC2::VPCEndpoint')
    .find((e) => e.vpcId === vpcId && e.endpointType.toLowerCase() === 'gateway' && awsServiceOf(e, region) === 's3' && isAvailable(e) && e.routeTableIds.includes(table.id));
  return gateway ?? privateDnsInterfaceEndpoint(inventory, vpcId, region, 's3');
}
