import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateFramework } from '../../../src/frameworks/evaluate.js';
import { loadFramework, loadFrameworkFile, parseFramework, type Framework } from '../../../src/frameworks/load.js';
import { finding } from '../../helpers/scanResult.js';

const fw: Framework = {
  id: 'test-fw',
  name: 'Test',
  version: '1',
  url: 'https://example.com/',
  controls: [
    { id: 'A', title: 'a', section: 's', assessment: 'automated', rules: ['r_fail', 'r_pass'] },
    { id: 'B', title: 'b', section: 's', assessment: 'automated', rules: ['r_error', 'r_pass'] },
    { id: 'C', title: 'c', section: 's', assessment: 'automated', rules: ['r_pass', 'r_muted'] },
    { id: 'D', title: 'd', section: 's', assessment: 'manual', rules: [] },
    { id: 'E', title: 'e', section: 's', assessment: 'automated', rules: ['r_none'] },
    { id: 'F', title: 'f', section: 's', assessment: 'automated', rules: ['r_error', 'r_fail'] },
  ],
};

describe('framework loader', () => {
  it('names the file and the field of an invalid control', () => {
    const bad = { ...fw, controls: [{ ...fw.controls[0], assessment: 'sometimes' }] };
    assert.throws(() => parseFramework(bad, 'frameworks/x.yaml'), /frameworks\/x\.yaml: controls\.0\.assessment:/);
  });

  it('rejects duplicate control ids and unknown fields', () => {
    assert.throws(() => parseFramework({ ...fw, controls: [fw.controls[0], fw.controls[0]] }, 'f.yaml'), /f\.yaml: controls\.1\.id: duplicate control id A/);
    assert.throws(() => parseFramework({ ...fw, extra: 1 }, 'f.yaml'), /f\.yaml: \(root\)/);
  });

  it('requires the id to equal the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-'));
    writeFileSync(join(dir, 'other.yaml'), 'id: test-fw\nname: T\nversion: "1"\nurl: https://example.com/\ncontrols: [{ id: A, title: a, section: s, assessment: manual, rules: [] }]\n');
    assert.throws(() => loadFrameworkFile(join(dir, 'other.yaml')), /id: test-fw does not match the file name \(other\)/);
  });

  it('refuses an unknown framework id and lists the known ones', () => {
    assert.throws(() => loadFramework('cis-aws-9'), /unknown framework cis-aws-9 \(known: aws-fsbp, cis-aws-3\.0\.0/);
  });
});

describe('framework evaluation', () => {
  const findings = [
    finding({ id: '1', ruleId: 'r_fail', status: 'FAIL' }),
    finding({ id: '2', ruleId: 'r_pass', status: 'PASS' }),
    finding({ id: '3', ruleId: 'r_error', status: 'ERROR' }),
    finding({ id: '4', ruleId: 'r_muted', status: 'MUTED' }),
  ];
  const report = evaluateFramework(fw, findings);
  const status = Object.fromEntries(report.controls.map((c) => [c.id, c.status]));

  it('derives each control status from its rules', () => {
    assert.deepEqual(status, { A: 'fail', B: 'error', C: 'pass', D: 'manual', E: 'not-evaluated', F: 'fail' });
  });

  it('keeps the deciding finding ids and counts muted findings', () => {
    assert.deepEqual(report.controls.find((c) => c.id === 'F')!.findingIds.sort(), ['1', '3']);
    assert.deepEqual(report.controls.find((c) => c.id === 'C')!.counts, { pass: 1, fail: 0, error: 0, muted: 1 });
  });

  it('summarises with the pass share of decided controls', () => {
    assert.equal(report.summary.total, 6);
    assert.equal(report.summary.compliancePercent, 25);
    assert.equal(evaluateFramework(fw, []).summary.compliancePercent, null);
  });

  it('reports every CIS v3.0.0 control with a status on the demo account', async () => {
    const { demoResult } = await import('../../helpers/scanResult.js');
    const r = evaluateFramework(loadFramework('cis-aws-3.0.0'), (await demoResult()).findings);
    assert.equal(r.controls.length, 62);
    assert.ok(r.summary.fail > 0 && r.summary.manual > 0);
    assert.equal(r.controls.find((c) => c.id === '1.1')!.status, 'manual');
  });
});
