import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NetworkAnalysis } from '../../../src/analysis/network/reachability.js';
import { topologyInventory, type Topology } from '../../helpers/topology.js';

/**
 * The analysis shares work between interfaces (per subnet, per list of security groups, per source
 * set). Sharing must never change an answer: asked together, every interface gets what it gets
 * when asked alone, with its own destination and a proof that follows its own group order.
 */
const topology: Topology = {
  vpc: { id: 'vpc-1', cidr: '10.0.0.0/16', ipv6Cidr: '2600:1f18::/56' },
  igw: 'igw-1',
  subnets: [
    { id: 'subnet-1', cidr: '10.0.1.0/24', routes: [{ dest: '0.0.0.0/0', target: 'igw-1' }, { dest6: '::/0', target: 'igw-1' }, { dest: '203.0.113.0/24', target: 'nat-1' }] },
    { id: 'subnet-2', cidr: '10.0.2.0/24', routes: [{ dest: '0.0.0.0/0', target: 'igw-1' }] },
  ],
  nacl: {
    id: 'acl-1',
    subnets: ['subnet-1'],
    inbound: [
      { rule: 90, action: 'deny', protocol: '6', cidr: '198.51.100.0/24', from: 20, to: 25 },
      { rule: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' },
      { rule: 110, action: 'allow', protocol: '-1', cidr6: '::/0' },
    ],
    outbound: [
      { rule: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', from: 1024, to: 65535 },
      { rule: 110, action: 'allow', protocol: '-1', cidr6: '::/0' },
    ],
  },
  securityGroups: [
    { id: 'sg-ssh', ingress: [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['0.0.0.0/0'], cidrs6: ['::/0'] }] },
    { id: 'sg-admin', ingress: [{ protocol: 'tcp', from: 22, to: 3389, cidrs: ['0.0.0.0/0'] }] },
    { id: 'sg-web', ingress: [{ protocol: 'tcp', from: 443, to: 443, cidrs: ['0.0.0.0/0'] }, { protocol: '-1', cidrs: ['192.0.2.0/24', '198.51.100.0/25'] }] },
  ],
  interfaces: [
    { id: 'eni-a', subnet: 'subnet-1', groups: ['sg-ssh', 'sg-admin'], publicIps: ['54.0.0.1'], ipv6: ['2600:1f18::a'] },
    { id: 'eni-b', subnet: 'subnet-1', groups: ['sg-ssh', 'sg-admin'], publicIps: ['54.0.0.2'], ipv6: ['2600:1f18::b'] },
    { id: 'eni-c', subnet: 'subnet-1', groups: ['sg-admin', 'sg-ssh'], publicIps: ['54.0.0.3'] },
    { id: 'eni-d', subnet: 'subnet-2', groups: ['sg-ssh', 'sg-admin'], publicIps: ['54.0.0.4'] },
    { id: 'eni-e', subnet: 'subnet-1', groups: ['sg-web'], publicIps: ['54.0.0.5'] },
    { id: 'eni-f', subnet: 'subnet-1', groups: ['sg-web', 'sg-ssh'], publicIps: ['54.0.0.6'] },
    { id: 'eni-g', subnet: 'subnet-1', groups: ['sg-ssh', 'sg-admin'] },
  ],
};

const alone = (id: string) => {
  const analysis = new NetworkAnalysis(topologyInventory(topology));
  const eni = analysis.model.interfaces.find((i) => i.id === id)!;
  const r = analysis.internetExposure(eni);
  return JSON.stringify({ exposures: r.exposures, reasons: r.reasons });
};

describe('network analysis shared work', () => {
  it('answers every interface asked together as it answers it alone', () => {
    const analysis = new NetworkAnalysis(topologyInventory(topology));
    for (const eni of analysis.model.interfaces) {
      const r = analysis.internetExposure(eni);
      assert.equal(JSON.stringify({ exposures: r.exposures, reasons: r.reasons }), alone(eni.id), eni.id);
    }
  });

  it('gives interfaces behind the same groups their own destination', () => {
    const analysis = new NetworkAnalysis(topologyInventory(topology));
    const [a, b] = ['eni-a', 'eni-b'].map((id) => analysis.internetExposure(analysis.model.interfaces.find((i) => i.id === id)!));
    assert.ok(a.exposures.length > 0);
    assert.deepEqual(
      a.exposures.map((e) => [e.family, e.protocol, e.fromPort, e.toPort, e.sources]),
      b.exposures.map((e) => [e.family, e.protocol, e.fromPort, e.toPort, e.sources]),
    );
    assert.deepEqual(a.exposures.map((e) => e.path.destination), ['54.0.0.1', '54.0.0.1', '2600:1f18::a']);
    assert.deepEqual(b.exposures.map((e) => e.path.destination), ['54.0.0.2', '54.0.0.2', '2600:1f18::b']);
  });

  it('proves through the first group, in the interface order, that admits the packet', () => {
    const analysis = new NetworkAnalysis(topologyInventory(topology));
    const port22 = (id: string) => analysis.internetExposure(analysis.model.interfaces.find((i) => i.id === id)!).exposures.find((e) => e.family === 'ipv4' && e.fromPort <= 22 && 22 <= e.toPort)!;
    assert.equal(port22('eni-a').path.securityGroup, 'sg-ssh');
    assert.equal(port22('eni-c').path.securityGroup, 'sg-admin');
  });

  it('splits the ports where a NACL deny of one source range ends', () => {
    const analysis = new NetworkAnalysis(topologyInventory(topology));
    const eni = analysis.model.interfaces.find((i) => i.id === 'eni-a')!;
    const v4 = analysis.internetExposure(eni).exposures.filter((e) => e.family === 'ipv4');
    assert.deepEqual(
      v4.map((e) => [e.fromPort, e.toPort]),
      [
        [22, 25],
        [26, 3389],
      ],
    );
    assert.equal(v4[0].path.naclInboundRule, 100);
  });
});
