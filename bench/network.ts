/**
 * Network analysis benchmark: a synthetic estate of 50,000 network interfaces, 10,000 security
 * groups, 2,000 subnets and 1,000 NACLs. Prints the time to load the saved inventory (read, parse,
 * validate, index) and the time to analyse every interface's internet exposure, and their ratio.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NetworkAnalysis } from '../src/analysis/network/reachability.js';
import { loadInventoryFile } from '../src/inventory/file.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION } from '../src/inventory/schema.js';

export function syntheticNetwork(opts = { enis: 50_000, groups: 10_000, subnets: 2_000, nacls: 1_000, vpcs: 100 }) {
  const account = '111122223333';
  const region = 'us-east-1';
  const base = (type: string, id: string) => ({ type, id, name: id, account, region, tags: {} });
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const resources: unknown[] = [];
  for (let v = 0; v < opts.vpcs; v++) {
    resources.push({ ...base('AWS::EC2::VPC', `vpc-${v}`), cidrBlock: `10.${v}.0.0/16`, ipv6CidrBlocks: [], isDefault: false, state: 'available' });
    resources.push({ ...base('AWS::EC2::InternetGateway', `igw-${v}`), attachedVpcIds: [`vpc-${v}`] });
    resources.push({ ...base('AWS::EC2::RouteTable', `rtb-main-${v}`), vpcId: `vpc-${v}`, associations: [{ main: true }], routes: [{ destinationCidrBlock: `10.${v}.0.0/16`, target: 'local', state: 'active' }] });
  }
  for (let s = 0; s < opts.subnets; s++) {
    const v = s % opts.vpcs;
    const publicSubnet = s % 3 === 0;
    resources.push({ ...base('AWS::EC2::Subnet', `subnet-${s}`), vpcId: `vpc-${v}`, cidrBlock: `10.${v}.${Math.floor(s / opts.vpcs)}.0/24`, ipv6CidrBlocks: [], availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: publicSubnet });
    const routes = [{ destinationCidrBlock: `10.${v}.0.0/16`, target: 'local', state: 'active' }];
    if (publicSubnet) routes.push({ destinationCidrBlock: '0.0.0.0/0', target: `igw-${v}`, state: 'active' });
    else routes.push({ destinationCidrBlock: '0.0.0.0/0', target: `nat-${v}`, state: 'active' });
    if (s % 7 === 0) routes.push({ destinationCidrBlock: `172.${16 + (s % 16)}.0.0/16`, target: `pcx-${s}`, state: 'active' });
    resources.push({ ...base('AWS::EC2::RouteTable', `rtb-${s}`), vpcId: `vpc-${v}`, associations: [{ main: false, subnetId: `subnet-${s}` }], routes });
  }
  for (let a = 0; a < opts.nacls; a++) {
    const v = a % opts.vpcs;
    const subnetIds = [];
    for (let s = a; s < opts.subnets; s += opts.nacls) subnetIds.push(`subnet-${s}`);
    const entries = [];
    for (let r = 0; r < 12; r++)
      entries.push({ ruleNumber: 100 + r * 10, protocol: r % 4 === 0 ? '-1' : '6', ruleAction: r % 5 === 1 ? 'deny' : 'allow', egress: r % 2 === 1, cidrBlock: r % 3 === 0 ? '0.0.0.0/0' : `${20 + r}.${a % 256}.0.0/16`, portRange: r % 4 === 0 ? undefined : { from: 20 + r * 100, to: 20 + r * 100 + rand(2000) } });
    entries.push({ ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', egress: false, cidrBlock: '0.0.0.0/0' }, { ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', egress: true, cidrBlock: '0.0.0.0/0' });
    resources.push({ ...base('AWS::EC2::NetworkAcl', `acl-${a}`), vpcId: `vpc-${v}`, isDefault: a < opts.vpcs, subnetIds, entries });
  }
  const perm = (i: number) => ({
    ipProtocol: i % 9 === 0 ? '-1' : 'tcp',
    fromPort: i % 9 === 0 ? undefined : [22, 80, 443, 3306, 5432, 8080, 3389, 0][i % 8],
    toPort: i % 9 === 0 ? undefined : [22, 80, 443, 3306, 5432, 8081, 3389, 65535][i % 8],
    ipv4Ranges: [{ cidr: i % 4 === 0 ? '0.0.0.0/0' : `${100 + (i % 100)}.${i % 250}.0.0/16` }, { cidr: `10.${i % 100}.0.0/16` }],
    ipv6Ranges: i % 11 === 0 ? [{ cidr: '::/0' }] : [],
    prefixListIds: [],
    groupPairs: i % 5 === 0 ? [{ groupId: `sg-${(i * 7) % opts.groups}` }] : [],
  });
  for (let g = 0; g < opts.groups; g++)
    resources.push({ ...base('AWS::EC2::SecurityGroup', `sg-${g}`), groupName: `g${g}`, description: '', vpcId: `vpc-${g % opts.vpcs}`, ingress: [perm(g), perm(g + 1), perm(g + 3)], egress: [] });
  for (let e = 0; e < opts.enis; e++) {
    const s = rand(opts.subnets);
    resources.push({
      ...base('AWS::EC2::NetworkInterface', `eni-${e}`),
      vpcId: `vpc-${s % opts.vpcs}`,
      subnetId: `subnet-${s}`,
      interfaceType: 'interface',
      status: 'in-use',
      description: '',
      securityGroupIds: [`sg-${rand(opts.groups)}`, `sg-${rand(opts.groups)}`],
      privateIpAddresses: [`10.${s % opts.vpcs}.${Math.floor(s / opts.vpcs)}.${(e % 250) + 4}`],
      publicIps: s % 3 === 0 ? [`54.${e % 256}.${(e >> 8) % 256}.${e % 250}`] : [],
      ipv6Addresses: [],
      attachedInstanceId: `i-${e}`,
      requesterManaged: false,
    });
  }
  const collections = ['ec2.vpcs', 'ec2.subnets', 'ec2.routeTables', 'ec2.gateways', 'ec2.networkAcls', 'ec2.securityGroups', 'ec2.networkInterfaces'].map((collector) => ({ account, region, collector, state: 'ok', resources: 0, durationMs: 0 }));
  return { format: INVENTORY_FORMAT, version: INVENTORY_VERSION, collectedAt: new Date().toISOString(), accounts: [account], regions: [region], collections, resources };
}

export function benchNetwork(): { loadMs: number; analysisMs: number; exposed: number; enis: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'posture-bench-')), 'network.json');
  writeFileSync(file, JSON.stringify(syntheticNetwork()));
  // Collect the generator's garbage first, so neither phase pays for it (run with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const inventory = loadInventoryFile(file);
  const t1 = performance.now();
  const analysis = new NetworkAnalysis(inventory);
  let exposed = 0;
  for (const eni of analysis.model.interfaces) if (analysis.internetExposure(eni).exposures.length) exposed++;
  const t2 = performance.now();
  return { loadMs: t1 - t0, analysisMs: t2 - t1, exposed, enis: analysis.model.interfaces.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchNetwork();
  console.log(`network: ${r.enis} interfaces, ${r.exposed} exposed; load ${r.loadMs.toFixed(0)} ms, analysis ${r.analysisMs.toFixed(0)} ms; analysis/load = ${(r.analysisMs / r.loadMs).toFixed(2)}`);
}
