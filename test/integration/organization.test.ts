import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as EC2 from '@aws-sdk/client-ec2';
import * as Organizations from '@aws-sdk/client-organizations';
import * as STS from '@aws-sdk/client-sts';
import type { ScanResult } from '../../src/scan/result.js';
import { runCli } from '../helpers/cli.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';
import { startProxy } from '../helpers/proxy.js';

const ROLE = 'OrganizationAccountAccessRole';

/** EC2 in another moto account, reached the way posture reaches it: by assuming a role there. */
async function ec2In(moto: Moto, account: string, region: string): Promise<EC2.EC2Client> {
  const sts = new STS.STSClient(motoClientConfig(moto));
  const c = (await sts.send(new STS.AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/${ROLE}`, RoleSessionName: 'seed' }))).Credentials!;
  return new EC2.EC2Client({ ...motoClientConfig(moto, region), credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken } });
}

async function openSsh(ec2: EC2.EC2Client, name: string): Promise<void> {
  const vpc = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }))).Vpc!;
  const sg = (await ec2.send(new EC2.CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpc.VpcId! }))).GroupId!;
  await ec2.send(new EC2.AuthorizeSecurityGroupIngressCommand({ GroupId: sg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
}

describe('organization scan: three moto accounts reached by assume-role, two regions', () => {
  let moto: Moto;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let members: string[];
  let result: ScanResult;

  before(async () => {
    moto = await startMoto();
    const org = new Organizations.OrganizationsClient(motoClientConfig(moto));
    await org.send(new Organizations.CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    members = [];
    for (const name of ['ml-dev', 'ml-prod']) {
      const status = (await org.send(new Organizations.CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!;
      members.push(status.AccountId!);
    }
    await openSsh(await ec2In(moto, members[0], 'us-east-1'), 'dev-bastion');
    await openSsh(await ec2In(moto, members[1], 'us-west-2'), 'prod-bastion');
    proxy = await startProxy(moto.endpoint);
    const out = join(mkdtempSync(join(tmpdir(), 'posture-org-')), 'org.json');
    const run = await runCli(['scan', '--org', '--role-name', ROLE, '--region', 'us-east-1,us-west-2', '--services', 'vpc', '--format', 'json', '--output', out, '--include-pass'], { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint });
    assert.ok([0, 3].includes(run.code), run.stderr);
    result = JSON.parse(readFileSync(out, 'utf8'));
    recordMotoCoverage(result.findings, 'organization');
  });
  after(async () => {
    await proxy?.stop();
    await moto?.stop();
  });

  it('scans the management account and both members', () => {
    assert.deepEqual([...result.scan.accounts].sort(), ['123456789012', ...members].sort());
    for (const account of result.scan.accounts)
      for (const region of ['us-east-1', 'us-west-2']) assert.ok(result.scan.collection.some((c) => c.account === account && c.region === region && c.state === 'ok'), `${account}/${region} collected`);
  });

  it('reports each account on its own: the open SSH group is found where it lives, nowhere else', () => {
    const ssh = (account: string, region: string) =>
      result.findings.filter((f) => f.ruleId === 'vpc_security_group_ingress_from_internet_to_port_22' && f.resource.account === account && f.resource.region === region && f.status === 'FAIL').map((f) => f.resource.name);
    assert.deepEqual(ssh(members[0], 'us-east-1'), ['dev-bastion']);
    assert.deepEqual(ssh(members[1], 'us-west-2'), ['prod-bastion']);
    assert.deepEqual(ssh(members[0], 'us-west-2'), []);
    assert.deepEqual(ssh('123456789012', 'us-east-1'), []);
  });

  it('assumed the named role in each member with a session name that says posture', () => {
    const assumes = proxy.calls.filter((c) => c.operation === 'AssumeRole');
    assert.ok(assumes.length >= 2, `${assumes.length} AssumeRole calls`);
    assert.ok(proxy.calls.some((c) => c.operation === 'ListAccounts'));
  });

  it('with --accounts scans only the named member', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'posture-org-')), 'one.json');
    const run = await runCli(['scan', '--org', '--role-name', ROLE, '--accounts', members[1], '--region', 'us-west-2', '--services', 'vpc', '--format', 'json', '--output', out], moto.env);
    assert.ok([0, 3].includes(run.code), run.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).scan.accounts, [members[1]]);
  });
});
