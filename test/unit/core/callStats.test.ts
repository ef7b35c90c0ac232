import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CallStats } from '../../../src/aws/callStats.js';

describe('--stats', () => {
  it('gives calls per operation and service, retries, and wall time per region and per service from the units', () => {
    const stats = new CallStats();
    stats.record('EC2', 'DescribeVpcs', false);
    stats.attempt('EC2', 'DescribeVpcs');
    stats.attempt('EC2', 'DescribeVpcs');
    stats.record('CloudWatchLogs', 'DescribeLogGroups', true);
    stats.attempt('CloudWatchLogs', 'DescribeLogGroups');
    // Two overlapping EC2 units in us-east-1 (0-3 s and 1-5 s), one logs unit there (2-2.5 s) and one in eu-west-1.
    const t = 1_700_000_000_000;
    stats.units.push(
      { account: '111122223333', region: 'us-east-1', collector: 'ec2.vpcs', start: t, ms: 3000 },
      { account: '111122223333', region: 'us-east-1', collector: 'ec2.securityGroups', start: t + 1000, ms: 4000 },
      { account: '111122223333', region: 'us-east-1', collector: 'logs.logGroups', start: t + 2000, ms: 500 },
      { account: '111122223333', region: 'eu-west-1', collector: 'logs.logGroups', start: t + 10_000, ms: 1200 },
    );
    const out = stats.format();
    assert.match(out, /1 {2}EC2:DescribeVpcs {2}\(1 retries\)/);
    assert.match(out, /1 {2}CloudWatchLogs:DescribeLogGroups {2}\(1 failed\)/);
    assert.match(out, /2 {2}total, 1 retries/);
    const section = (title: string) => out.split(`Collection wall time per ${title}`)[1].split('\n').slice(1, 3);
    // Spans, longest first: us-east-1 runs 0-5 s (three units, 7.5 s of unit time).
    assert.deepEqual(section('region').map((l) => l.trim()), ['5.0 s  us-east-1  (3 unit(s), 7.5 s)', '1.2 s  eu-west-1  (1 unit(s), 1.2 s)']);
    // logs spans both regions (2 s to 11.2 s); ec2 0-5 s.
    assert.deepEqual(section('service').map((l) => l.trim()), ['9.2 s  logs  (2 unit(s), 1.7 s)', '5.0 s  ec2  (2 unit(s), 7.0 s)']);
    assert.match(out, /Slowest collection units:\n\s+4000 ms {2}111122223333\/us-east-1\/ec2\.securityGroups/);
  });

  it('has no wall-time sections when nothing was collected', () => {
    assert.doesNotMatch(new CallStats().format(), /Collection wall time/);
  });
});
