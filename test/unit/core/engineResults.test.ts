import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLECTORS_BY_ID } from '../../../src/collectors/index.js';
import { defineRule, fail, pass, type RuleDefinition, type RuleResult } from '../../../src/engine/defineRule.js';
import { evaluate, evaluateCounted } from '../../../src/engine/evaluate.js';
import { resourceRef } from '../../../src/rules/lib/refs.js';
import { inventoryFor, resource } from '../../helpers/inventory.js';

/** Rules may give their results as a generator; the engine reads them as they come. */
const vpcs = [resource('AWS::EC2::VPC', { id: 'vpc-1', cidrBlock: '10.0.0.0/16', ipv6CidrBlocks: [], isDefault: false, state: 'available' }), resource('AWS::EC2::VPC', { id: 'vpc-2', cidrBlock: '10.1.0.0/16', ipv6CidrBlocks: [], isDefault: false, state: 'available' })];
const base: Omit<RuleDefinition, 'id' | 'evaluate'> = { title: 't', service: 'vpc', topic: 'infrastructure-security', severity: 'low', resourceType: 'AWS::EC2::VPC', requires: ['ec2.vpcs'], description: 'd', risk: 'r', remediation: { text: 'x', url: 'https://example.com' }, references: [] };

function run(evaluateRule: () => Iterable<RuleResult>, counted = false) {
  const rule = defineRule({ ...base, id: 'test_rule', evaluate: evaluateRule });
  const opts = { rules: [rule], collectors: COLLECTORS_BY_ID };
  return counted ? evaluateCounted(inventoryFor([rule], vpcs), opts) : { findings: evaluate(inventoryFor([rule], vpcs), opts), passed: new Map() };
}

describe('rule results', () => {
  it('are read from a generator: PASS counted, FAIL recorded', () => {
    const { findings, passed } = run(function* () {
      yield pass(resourceRef(vpcs[0]), 'fine');
      yield fail(resourceRef(vpcs[1]), 'not fine');
    }, true);
    assert.deepEqual(findings.map((f) => [f.resource.id, f.status]), [['vpc-2', 'FAIL']]);
    assert.equal(passed.get('test_rule'), 1);
  });

  it('end in one ERROR when the rule throws while they are read, after the ones it gave', () => {
    const { findings } = run(function* () {
      yield fail(resourceRef(vpcs[0]), 'not fine');
      throw new Error('boom');
    });
    assert.deepEqual(findings.map((f) => f.status), ['FAIL', 'ERROR']);
    assert.match(findings[1].message, /Rule failed: boom/);
  });

  it('are one ERROR when the rule throws when called', () => {
    const { findings } = run(() => {
      throw new Error('bang');
    });
    assert.deepEqual(findings.map((f) => [f.status, f.message]), [['ERROR', 'Rule failed: bang']]);
  });

  it('end in one ERROR when a message is built only as the result becomes a finding and that throws; results before it stay', () => {
    const { findings } = run(() => [
      fail(resourceRef(vpcs[0]), 'not fine'),
      {
        status: 'pass',
        resource: resourceRef(vpcs[1]),
        message: () => {
          throw new Error('no message');
        },
      },
    ]);
    assert.deepEqual(findings.map((f) => [f.status, f.message]), [['FAIL', 'not fine'], ['ERROR', 'Rule failed: no message']]);
  });

  it('keep the PASS count of results given before a throw', () => {
    const { findings, passed } = run(function* () {
      yield pass(resourceRef(vpcs[0]), 'fine');
      throw new Error('later');
    }, true);
    assert.deepEqual(findings.map((f) => f.status), ['ERROR']);
    assert.equal(passed.get('test_rule'), 1);
  });
});
