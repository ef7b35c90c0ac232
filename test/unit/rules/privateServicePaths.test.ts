import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awsServiceOf, isAvailable } from '../../../src/rules/lib/vpcEndpoints.js';
import { privateDnsInterfaceEndpoint, routeTableOfSubnet, s3EndpointForSubnet } from '../../../src/rules/lib/privateServicePaths.js';
import ecsEndpoints from '../../../src/rules/ecs/ecs_service_vpc_endpoints_for_ecr_and_s3.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, REGION, inventoryFor, resource } from '../../helpers/inventory.js';

type RouteTable = ResourceOf<'AWS::EC2::RouteTable'>;
type Endpoint = ResourceOf<'AWS::EC2::VPCEndpoint'>;

/**
 * The lookups are indexed once per view; they must answer exactly as a `find` over the lists in
 * inventory order would, duplicates and shadowed entries included.
 */
describe('private service path lookups', () => {
  // mulberry32: small, and exact in 32-bit integer arithmetic.
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const vpcs = ['vpc-1', 'vpc-2', 'vpc-3'];
  const subnets = Array.from({ length: 12 }, (_, i) => `subnet-${i}`);
  const services = ['s3', 'ecr.api', 'ecr.dkr', 'monitoring'];
  const tables: RouteTable[] = Array.from({ length: 25 }, (_, i) => {
    const vpcId = vpcs[rand(3)];
    // vpc-3 has no main table, so some subnets there have no route table at all.
    const main = vpcId !== 'vpc-3' && rand(4) === 0;
    return resource('AWS::EC2::RouteTable', { id: `rtb-${i}`, vpcId, associations: [...Array.from({ length: rand(3) }, () => ({ main: false, subnetId: subnets[rand(subnets.length)] })), ...(main ? [{ main: true }] : [])], routes: [] });
  });
  const endpoints: Endpoint[] = Array.from({ length: 40 }, (_, i) =>
    resource('AWS::EC2::VPCEndpoint', {
      id: `vpce-${i}`,
      vpcId: vpcs[rand(3)],
      serviceName: rand(6) === 0 ? `com.amazonaws.eu-west-1.${services[rand(4)]}` : `com.amazonaws.${REGION}.${services[rand(4)]}`,
      endpointType: rand(2) ? 'Interface' : 'Gateway',
      state: rand(5) ? 'available' : 'pending',
      subnetIds: [],
      securityGroupIds: [],
      routeTableIds: Array.from({ length: rand(3) }, () => `rtb-${rand(25)}`),
      privateDnsEnabled: rand(3) > 0,
    }),
  );
  const view = inventoryFor([ecsEndpoints], [...tables, ...endpoints]).view(ACCOUNT, REGION);

  it('answers as find would, for every VPC, subnet, service and route table', () => {
    const outcomes = { explicit: 0, main: 0, none: 0 };
    const endpointOutcomes = { found: 0, none: 0 };
    const s3Outcomes = { gateway: 0, interface: 0, none: 0 };
    for (const vpcId of vpcs) {
      for (const subnetId of subnets) {
        const inVpc = tables.filter((t) => t.vpcId === vpcId);
        const expected = inVpc.find((t) => t.associations.some((a) => a.subnetId === subnetId)) ?? inVpc.find((t) => t.associations.some((a) => a.main));
        assert.equal(routeTableOfSubnet(view, vpcId, subnetId), expected, `${vpcId} ${subnetId}`);
        outcomes[!expected ? 'none' : expected.associations.some((a) => a.subnetId === subnetId) ? 'explicit' : 'main']++;
      }
      // Endpoints of another region's services (named in the service name) answer only for that region.
      for (const region of [REGION, 'eu-west-1']) {
        for (const service of services) {
          const expected = endpoints.find((e) => e.vpcId === vpcId && e.endpointType.toLowerCase() === 'interface' && awsServiceOf(e, region) === service && isAvailable(e) && e.privateDnsEnabled);
          assert.equal(privateDnsInterfaceEndpoint(view, vpcId, region, service), expected, `${vpcId} ${region} ${service}`);
          endpointOutcomes[expected ? 'found' : 'none']++;
        }
        for (const table of tables) {
          const gateway = endpoints.find((e) => e.vpcId === vpcId && e.endpointType.toLowerCase() === 'gateway' && awsServiceOf(e, region) === 's3' && isAvailable(e) && e.routeTableIds.includes(table.id));
          const expected = gateway ?? endpoints.find((e) => e.vpcId === vpcId && e.endpointType.toLowerCase() === 'interface' && awsServiceOf(e, region) === 's3' && isAvailable(e) && e.privateDnsEnabled);
          assert.equal(s3EndpointForSubnet(view, vpcId, region, table), expected, `${vpcId} ${region} ${table.id}`);
          s3Outcomes[gateway ? 'gateway' : expected ? 'interface' : 'none']++;
        }
      }
    }
    // The random estate must exercise both outcomes, or the comparison proves little.
    assert.ok(outcomes.explicit > 0 && outcomes.main > 0 && outcomes.none > 0, JSON.stringify(outcomes));
    assert.ok(endpointOutcomes.found > 0 && endpointOutcomes.none > 0, JSON.stringify(endpointOutcomes));
    assert.ok(s3Outcomes.gateway > 0 && s3Outcomes.interface > 0 && s3Outcomes.none > 0, JSON.stringify(s3Outcomes));
  });
});
