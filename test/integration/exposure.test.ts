import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { seedExposureTopologies } from '../helpers/exposureSeed.js';
import { startMoto, type Moto } from '../helpers/moto.js';

interface Row {
  networkInterface: string;
  owner: { type: string; id: string; name?: string };
  exposures: Array<{ family: string; protocol: string; fromPort: number; toPort: number; path: { gateway: string; securityGroup: string } }>;
}

describe('posture exposure against moto', () => {
  let moto: Moto;
  let rows: Row[];
  before(async () => {
    moto = await startMoto();
    await seedExposureTopologies(moto);
    const run = await runCli(['exposure', '--region', 'us-east-1', '--format', 'json'], moto.env);
    assert.equal(run.code, 0, run.stderr);
    rows = JSON.parse(run.stdout).exposed;
  });
  after(async () => moto?.stop());

  const byName = (name: string) => rows.find((r) => r.owner.name === name);

  it('reports the public bastion with the path through the internet gateway', () => {
    const r = byName('exposed-bastion');
    assert.ok(r, JSON.stringify(rows.map((x) => x.owner)));
    const ssh = r.exposures.find((e) => e.family === 'ipv4' && e.protocol === 'tcp' && e.fromPort <= 22 && e.toPort >= 22);
    assert.ok(ssh);
    assert.match(ssh.path.gateway, /^igw-/);
  });
  it('does not report an open group without a route, behind a NACL deny, or shadowed by NAT routes', () => {
    for (const name of ['no-igw-route', 'nacl-denied', 'nat-shadowed']) assert.equal(byName(name), undefined, name);
  });
  it('reports IPv6-only exposure through ::/0 on 443', () => {
    const r = rows.find((x) => x.exposures.some((e) => e.family === 'ipv6'));
    assert.ok(r, 'an interface exposed over IPv6');
    assert.deepEqual(r.exposures.filter((e) => e.family === 'ipv6').map((e) => [e.protocol, e.fromPort, e.toPort]), [['tcp', 443, 443]]);
    assert.ok(!r.exposures.some((e) => e.family === 'ipv4'), 'no IPv4 exposure without a public IPv4 address');
  });
  it('filters by --port', async () => {
    const run = await runCli(['exposure', '--region', 'us-east-1', '--format', 'json', '--port', '443'], moto.env);
    const only: Row[] = JSON.parse(run.stdout).exposed;
    assert.ok(only.length >= 1 && only.every((r) => r.exposures.every((e) => e.fromPort <= 443 && 443 <= e.toPort)));
  });
});
