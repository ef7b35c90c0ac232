import { awsServiceOf, isAvailable } from './vpcEndpoints.js';
/**
 * Rules ask these questions once per subnet of every service or canary. Answered by scanning the
 * account's route tables and endpoints each time, that is quadratic on large accounts, so each
 * view indexes them once, keeping the first match in list order (what `find` returns).
 */
const key = (a, b) => `${a}\u0000${b}`;
function setFirst(map, k, v) {
    if (!map.has(k))
        map.set(k, v);
}
function routing(inventory) {
    return inventory.memo('privateServicePaths.routing', () => {
        const index = { bySubnet: new Map(), mainByVpc: new Map() };
        for (const t of inventory.all('AWS::EC2::RouteTable'))
            for (const a of t.associations) {
                if (a.subnetId !== undefined)
                    setFirst(index.bySubnet, key(t.vpcId, a.subnetId), t);
                if (a.main)
                    setFirst(index.mainByVpc, t.vpcId, t);
            }
        return index;
    });
}
function endpoints(inventory, region) {
    return inventory.memo(`privateServicePaths.endpoints\u0000${region}`, () => {
        const index = { privateDns: new Map(), s3Gateway: new Map() };
        for (const e of inventory.all('AWS::EC2::VPCEndpoint')) {
            const service = awsServiceOf(e, region);
            if (service === undefined || !isAvailable(e))
                continue;
            const type = e.endpointType.toLowerCase();
            if (type === 'interface' && e.privateDnsEnabled)
                setFirst(index.privateDns, key(e.vpcId, service), e);
            if (type === 'gateway' && service === 's3')
                for (const table of e.routeTableIds)
                    setFirst(index.s3Gateway, key(e.vpcId, table), e);
        }
        return index;
    });
}
/** The route table that decides a subnet's routing: its explicit association, else the VPC's main table. */
export function routeTableOfSubnet(inventory, vpcId, subnetId) {
    const index = routing(inventory);
    return index.bySubnet.get(key(vpcId, subnetId)) ?? index.mainByVpc.get(vpcId);
}
/** An active IPv4 default route to a NAT gateway: the only internet path for interfaces without public addresses. */
export function natDefaultRoute(table) {
    return table.routes.find((r) => r.destinationCidrBlock === '0.0.0.0/0' && r.target.startsWith('nat-') && r.state.toLowerCase() !== 'blackhole')?.target;
}
/**
 * An available interface endpoint for `service` in the VPC that clients using the service's default
 * host name actually use: only one with private DNS enabled takes over that name.
 */
export function privateDnsInterfaceEndpoint(inventory, vpcId, region, service) {
    return endpoints(inventory, region).privateDns.get(key(vpcId, service));
}
/** An available S3 gateway endpoint on the subnet's route table, or an S3 interface endpoint with private DNS in the VPC. */
export function s3EndpointForSubnet(inventory, vpcId, region, table) {
    return endpoints(inventory, region).s3Gateway.get(key(vpcId, table.id)) ?? privateDnsInterfaceEndpoint(inventory, vpcId, region, 's3');
}
