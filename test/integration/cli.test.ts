import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../src/scan/result.js';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'posture-cli-'));
const DEMO = 'demo/inventory.json';

describe('posture scan on a saved inventory (no AWS)', () => {
  it('writes every format to --output-dir and nothing to stdout', async () => {
    const dir = join(tmp, 'all');
    const run = await runCli(['scan', '--inventory', DEMO, '--format', 'json,ocsf,asff,sarif,junit,csv,markdown,html', '--output-dir', dir, '--framework', 'cis-aws-3.0.0']);
    assert.ok([0, 3].includes(run.code), run.stderr);
    assert.equal(run.stdout, '');
    assert.deepEqual(readdirSync(dir).sort(), ['findings.asff.json', 'findings.csv', 'findings.json', 'findings.junit.xml', 'findings.md', 'findings.ocsf.json', 'findings.sarif', 'report.html']);
    const json: ScanResult = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8'));
    assert.equal(json.frameworks?.[0].framework.id, 'cis-aws-3.0.0');
    assert.ok(json.frameworks![0].controls.some((c) => c.status === 'fail') && json.frameworks![0].controls.some((c) => c.status === 'manual'));
  });
  it('refuses several formats without --output-dir, an unknown format or framework (exit 2)', async () => {
    for (const args of [['--format', 'json,csv'], ['--format', 'yaml'], ['--framework', 'cis-aws-9.9.9']]) {
      const run = await runCli(['scan', '--inventory', DEMO, ...args]);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    }
  });
  it('mutes findings through config suppressions with AND/OR, and warns about expired ones', async () => {
    const config = join(tmp, 'posture.config.yaml');
    writeFileSync(
      config,
      [
        'suppressions:',
        '  - reason: accepted for the vendor bastion',
        '    expires: 2099-01-01',
        '    match:',
        '      any:',
        '        - { rule: vpc_security_group_ingress_from_internet_to_port_22, region: us-east-1 }',
        '        - { all: [ { region: us-west-2 }, { rule: "ec2_*" } ] }',
        '  - reason: expired acceptance',
        '    expires: 2020-01-01',
        '    match: { rule: vpc_subnet_no_auto_assign_public_ip }',
      ].join('\n'),
    );
    const out = join(tmp, 'muted.json');
    const run = await runCli(['scan', '--inventory', DEMO, '--config', config, '--format', 'json', '--output', out]);
    assert.match(run.stderr, /expired/);
    const r: ScanResult = JSON.parse(readFileSync(out, 'utf8'));
    const sg22 = r.findings.filter((f) => f.ruleId === 'vpc_security_group_ingress_from_internet_to_port_22');
    assert.ok(sg22.some((f) => f.resource.region === 'us-east-1' && f.status === 'MUTED'));
    assert.ok(sg22.some((f) => f.resource.region === 'us-west-2' && f.status === 'FAIL'), 'the AND branch does not mute a vpc rule in us-west-2');
    assert.ok(r.findings.filter((f) => f.ruleId.startsWith('ec2_') && f.resource.region === 'us-west-2').every((f) => f.status === 'MUTED' || f.status === 'PASS'));
    assert.ok(r.findings.some((f) => f.ruleId === 'vpc_subnet_no_auto_assign_public_ip' && f.status === 'FAIL'), 'expired suppressions do not mute');
  });
  it('a bad suppression names the file, line and field', async () => {
    const config = join(tmp, 'bad.yaml');
    writeFileSync(config, 'suppressions:\n  - match: { rule: nope_rule_id }\n');
    const run = await runCli(['scan', '--inventory', DEMO, '--config', config]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bad\.yaml:2: suppressions\.0/);
  });
  it('with --baseline reports only findings new since it', async () => {
    const base = join(tmp, 'base.json');
    await runCli(['scan', '--inventory', DEMO, '--services', 'vpc', '--format', 'json', '--output', base]);
    const same = join(tmp, 'same.json');
    await runCli(['scan', '--inventory', DEMO, '--services', 'vpc,ec2', '--baseline', base, '--format', 'json', '--output', same]);
    const r: ScanResult = JSON.parse(readFileSync(same, 'utf8'));
    assert.ok(r.findings.length > 0 && r.findings.every((f) => f.service === 'ec2'), 'only the ec2 findings are new');
    assert.equal(r.baseline?.added, r.findings.length);
  });
});

describe('posture demo, rules, dlc, exposure on the bundled account', () => {
  it('demo prints the summary and exits 0', async () => {
    const run = await runCli(['demo']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /posture scan of 123456789012 in 2 region\(s\)/);
    assert.match(run.stdout, /critical/);
  });
  it('rules --format json lists the catalogue with metadata', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    const rules = JSON.parse(run.stdout) as Array<{ id: string; remediation: { text: string } }>;
    assert.ok(rules.length >= 140);
    assert.ok(rules.every((r) => r.remediation.text));
  });
  it('dlc lists the demo workloads with support status at a fixed date', async () => {
    const run = await runCli(['dlc', '--inventory', DEMO, '--as-of', '2026-11-24', '--format', 'json']);
    const out = JSON.parse(run.stdout) as { workloads: Array<{ framework?: string; supportStatus: string; findings: Array<{ ruleId: string }> }> };
    assert.ok(out.workloads.length > 0);
    assert.ok(out.workloads.some((w) => w.supportStatus === 'past-eop' && w.findings.some((f) => f.ruleId === 'dlc_image_within_end_of_patch')));
  });
  it('exposure lists the exposed demo host on port 22', async () => {
    const run = await runCli(['exposure', '--inventory', DEMO, '--port', '22', '--format', 'json']);
    const out = JSON.parse(run.stdout) as { exposed: Array<{ owner: { name?: string } }> };
    assert.ok(out.exposed.some((r) => r.owner.name === 'dlc-inference-host'));
  });
});
