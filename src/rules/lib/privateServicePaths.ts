import type { InventoryView } from '../../inventory/inventory.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { awsServiceOf, isAvailable } from './vpcEndpoints.js';

type Endpoint = ResourceOf<'AWS::EC2::VPCEndpoint'>;
type RouteTable = ResourceOf<'AWS::EC2::RouteTable'>;

/**
 * Rules ask these questions once per subnet of every service or canary. Answered by scanning the
 * account's route tables and endpoints each time, that is quadratic on large accounts, so each
 * view indexes them once, keeping the first match in list order (what `find` returns).
 */
const key = (a: string, b: string) => `${a}\u0000${b}`;

function setFirst<V>(map: Map<string, V>, k: string, v: V): void {
  if (!map.has(k)) map.set(k, v);
}

interface RoutingIndex {
  /** By VPC and subnet: the first table explicitly associated with the subnet. */
  bySubnet: Map<string, RouteTable>;
  /** By VPC: the first table marked main. */
  mainByVpc: Map<string, RouteTable>;
}

function routing(inventory: InventoryView): RoutingIndex {
  return inventory.memo('privateServicePaths.routing', () => {
    const index: RoutingIndex = { bySubnet: new Map(), mainByVpc: new Map() };
    for (const t of inventory.all('AWS::EC2::RouteTable'))
      for (const a of t.associations) {
        if (a.subnetId !== undefined) setFirst(index.bySubnet, key(t.vpcId, a.subnetId), t);
        if (a.main) setFirst(index.mainByVpc, t.vpcId, t);
      }
    return index;
  });
}

interface EndpointIndex {
  /** By VPC and service: the first available interface endpoint with private DNS. */
  privateDns: Map<string, Endpoint>;
  /** By VPC and route table: the first available S3 gateway endpoint on the table. */
  s3Gateway: Map<string, Endpoint>;
}

function endpoints(inventory: InventoryView, region: string): EndpointIndex {
  return inventory.memo(`privateServicePaths.endpoints\u0000${region}`, () => {
    const index: EndpointIndex = { privateDns: new Map(), s3Gateway: new Map() };
    for (const e of inventory.all('AWS::EC2::VPCEndpoint')) {
      const service = awsServiceOf(e, region);
      if (service === undefined || !isAvailable(e)) continue;
      const type = e.endpointType.toLowerCase();
      if (type === 'interface' && e.privateDnsEnabled) setFirst(index.privateDns, key(e.vpcId, service), e);
      if (type === 'gateway' && service === 's3') for (const table of e.routeTableIds) setFirst(index.s3Gateway, key(e.vpcId, table), e);
    }
    return index;
  });
}

/** The route table that decides a subnet's routing: its explicit association, else the VPC's main table. */
export function routeTableOfSubnet(inventory: InventoryView, vpcId: string, subnetId: string): RouteTable | undefined {
  const index = routing(inventory);
  return index.bySubnet.get(key(vpcId, subnetId)) ?? index.mainByVpc.get(vpcId);
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
  return endpoints(inventory, region).privateDns.get(key(vpcId, service));
}

/** An available S3 gateway endpoint on the subnet's route table, or an S3 interface endpoint with private DNS in the VPC. */
export function s3EndpointForSubnet(inventory: InventoryView, vpcId: string, region: string, table: RouteTable): Endpoint | undefined {
  return endpoints(inventory, region).s3Gateway.get(key(vpcId, table.id)) ?? privateDnsInterfaceEndpoint(inventory, vpcId, region, 's3');
}
