import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COLLECTORS_BY_ID } from '../../../src/collectors/index.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import sg22 from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_port_22.js';
import admin from '../../../src/rules/vpc/vpc_network_interface_internet_exposed_admin_ports.js';
import allPorts from '../../../src/rules/vpc/vpc_network_interface_internet_exposed_all_ports.js';
import { evaluate, run, statusOf } from '../../helpers/inventory.js';
import { topologyInventory } from '../../helpers/topology.js';

const topology = (name: string) => JSON.parse(readFileSync(new URL(`../../cases/network/${name}.json`, import.meta.url), 'utf8')).topology;
const scan = (rule: AnyRule, name: string) => evaluate(topologyInventory(topology(name)), { rules: [rule], collectors: COLLECTORS_BY_ID });

describe('vpc_network_interface_internet_exposed_admin_ports', () => {
  it('fails with the proving path when SSH is reachable', () => {
    const [f] = scan(admin, 'public-ssh-exposed');
    assert.equal(f.status, 'FAIL');
    assert.match(f.message, /TCP 22 from 0\.0\.0\.0\/0 to 54\.1\.2\.3 via igw-1 → rtb-subnet-1/);
    assert.deepEqual((f.evidence.exposures as Array<{ path: { securityGroup: string } }>)[0].path.securityGroup, 'sg-1');
  });
  it('passes when the SG is open but no route returns to an internet gateway, or a NACL denies first', () => {
    for (const name of ['sg-open-no-igw-route', 'nacl-deny-before-allow', 'nat-route-shadows-igw', 'public-subnet-no-public-ip', 'egress-only-igw'])
      assert.equal(scan(admin, name)[0].status, 'PASS', name);
  });
  it('is ERROR when route tables could not be read', () => {
    assert.equal(statusOf(run(admin, [], { failed: [{ collector: 'ec2.routeTables' }] })), 'ERROR');
  });
});

describe('vpc_network_interface_internet_exposed_all_ports', () => {
  it('fails only for the full port range', () => {
    assert.equal(scan(allPorts, 'port-range-all')[0].status, 'FAIL');
    assert.equal(scan(allPorts, 'public-ssh-exposed')[0].status, 'PASS');
  });
  it('errors when interfaces could not be read', () => assert.equal(statusOf(run(allPorts, [], { failed: [{ collector: 'ec2.networkInterfaces', state: 'throttled' }] })), 'ERROR'));
});

describe('security group rule severity follows real exposure', () => {
  it('keeps high severity with the path when an interface is reachable through the group', () => {
    const [f] = scan(sg22, 'public-ssh-exposed');
    assert.equal(f.status, 'FAIL');
    assert.equal(f.severity, 'high');
    assert.match(f.message, /reachable through it/);
  });
  it('lowers severity and says why when nothing is reachable', () => {
    const [f] = scan(sg22, 'sg-open-no-igw-route');
    assert.equal(f.status, 'FAIL');
    assert.equal(f.severity, 'low');
    assert.match(f.message, /no network interface is reachable/);
  });
});

describe('vpc_network_interface_peer_exposed_admin_ports', async () => {
  const peer = (await import('../../../src/rules/vpc/vpc_network_interface_peer_exposed_admin_ports.js')).default;
  it('fails when SSH is open to the peer CIDR and passes when only a database port is', () => {
    const t = topology('peering-exposure');
    assert.equal(evaluate(topologyInventory(t), { rules: [peer], collectors: COLLECTORS_BY_ID })[0].status, 'PASS');
    t.securityGroups[0].ingress.push({ protocol: 'tcp', from: 22, to: 22, cidrs: ['10.1.0.0/16'] });
    const [f] = evaluate(topologyInventory(t), { rules: [peer], collectors: COLLECTORS_BY_ID });
    assert.equal(f.status, 'FAIL');
    assert.match(f.message, /pcx-1: TCP 22 from 10\.1\.0\.0\/16/);
  });
  it('errors when peering connections could not be read', () => assert.equal(statusOf(run(peer, [], { failed: [{ collector: 'ec2.peeringConnections' }] })), 'ERROR'));
});
