import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { parseConfig } from '../../../src/config/loadConfig.js';
import { defineRule, pass } from '../../../src/engine/defineRule.js';

const rule = defineRule({
  id: 'logs_example_rule',
  title: 'Example rule with a parameter',
  service: 'logs',
  topic: 'logging-and-monitoring',
  severity: 'low',
  resourceType: 'AWS::Logs::LogGroup',
  requires: ['ec2.vpcs'],
  params: z.object({ minDays: z.number().int().positive().default(365) }),
  description: 'x',
  risk: 'x',
  remediation: { text: 'x', cli: 'x', url: 'https://example.com' },
  references: [],
  evaluate: () => [pass({ type: 'x', id: 'x', account: 'a', region: 'r' }, 'ok')],
});

describe('posture.config.yaml', () => {
  it('accepts valid params for a known rule (YAML and JSON)', () => {
    assert.deepEqual(parseConfig('rules:\n  logs_example_rule:\n    minDays: 30\n', 'c.yaml', [rule]).params, { logs_example_rule: { minDays: 30 } });
    assert.deepEqual(parseConfig('{"rules": {"logs_example_rule": {"minDays": 7}}}', 'c.json', [rule]).params, { logs_example_rule: { minDays: 7 } });
  });
  it('names the file, line and field of a bad value', () => {
    assert.throws(() => parseConfig('rules:\n  logs_example_rule:\n    minDays: soon\n', 'c.yaml', [rule]), /c\.yaml:3: rules\.logs_example_rule\.minDays: /);
  });
  it('rejects unknown rules, unknown top-level keys and broken YAML', () => {
    assert.throws(() => parseConfig('rules:\n  nope_rule: {}\n', 'c.yaml', [rule]), /c\.yaml:2: rules\.nope_rule: unknown rule id/);
    assert.throws(() => parseConfig('rulez: {}\n', 'c.yaml', [rule]), /c\.yaml:1: .*rulez/);
    assert.throws(() => parseConfig('rules: [\n', 'c.yaml', [rule]), /c\.yaml:\d+: /);
  });
});
