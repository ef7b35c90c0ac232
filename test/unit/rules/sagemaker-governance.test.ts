import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../../src/rules/sagemaker/sagemaker_endpoint_model_monitor_scheduled.js';
import { COLLECTORS_BY_ID } from '../../../src/collectors/index.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import type { Resource } from '../../../src/inventory/schema.js';
import { evaluate, inventoryFor, resource, run, statusOf } from '../../helpers/inventory.js';

/** The rule with sagemaker.endpointConfigs (which it only `uses`) recorded as collected too. */
const withConfigs = (resources: Resource[]) =>
  evaluate(inventoryFor([rule, { requires: ['sagemaker.endpointConfigs'] } as AnyRule], resources), { rules: [rule], collectors: COLLECTORS_BY_ID });

const endpoint = (id: string, extra: { status?: string; endpointConfigName?: string; describeError?: string } = {}) =>
  resource('AWS::SageMaker::Endpoint', { id, name: id, status: 'InService', deployedImages: [], ...extra });
const schedule = (id: string, endpointName: string | undefined, status: string, monitoringType = 'DataQuality') =>
  resource('AWS::SageMaker::MonitoringSchedule', { id, name: id, endpointName, status, monitoringType });
const config = (id: string, serverless: boolean[]) =>
  resource('AWS::SageMaker::EndpointConfig', { id, name: id, productionVariants: serverless.map((s, i) => ({ variantName: `v${i}`, serverless: s })) });

describe('sagemaker_endpoint_model_monitor_scheduled', () => {
  it('passes an endpoint with a Scheduled schedule and names it', () => {
    const f = run(rule, [endpoint('shop'), schedule('shop-dq', 'shop', 'Scheduled'), schedule('shop-bias', 'shop', 'Stopped', 'ModelBias')]);
    assert.equal(statusOf(f, 'shop'), 'PASS');
    assert.match(f[0].message, /shop-dq \(DataQuality\)/);
    assert.doesNotMatch(f[0].message, /shop-bias/);
  });

  it('fails an endpoint with no schedule, and one whose schedules are all Stopped, Failed or Pending', () => {
    const f = run(rule, [
      endpoint('bare'),
      endpoint('idle'),
      schedule('idle-dq', 'idle', 'Stopped'),
      schedule('idle-mq', 'idle', 'Failed', 'ModelQuality'),
      schedule('idle-new', 'idle', 'Pending'),
      // A schedule of another endpoint and a batch transform schedule (no endpoint) do not count.
      schedule('other-dq', 'other', 'Scheduled'),
      schedule('batch-dq', undefined, 'Scheduled'),
    ]);
    assert.equal(statusOf(f, 'bare'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'bare')!.message, /no Model Monitor monitoring schedule/);
    assert.equal(statusOf(f, 'idle'), 'FAIL');
    const idle = f.find((x) => x.resource.id === 'idle')!.message;
    for (const s of ['idle-dq is Stopped', 'idle-mq is Failed', 'idle-new is Pending']) assert.match(idle, new RegExp(s));
  });

  it('judges only InService endpoints and skips serverless-only ones when configurations were collected', () => {
    const f = withConfigs([
      endpoint('creating', { status: 'Creating' }),
      endpoint('serverless', { endpointConfigName: 'ec-serverless' }),
      config('ec-serverless', [true]),
      endpoint('mixed', { endpointConfigName: 'ec-mixed' }),
      config('ec-mixed', [true, false]),
    ]);
    assert.deepEqual(f.map((x) => [x.resource.id, x.status]), [['mixed', 'FAIL']]);
    // Without endpoint configurations the rule cannot tell a serverless endpoint apart and judges it.
    const blind = run(rule, [endpoint('serverless', { endpointConfigName: 'ec-serverless' }), config('ec-serverless', [true])]);
    assert.equal(statusOf(blind, 'serverless'), 'FAIL');
  });

  it('is ERROR when either required unit failed or the endpoint could not be described', () => {
    assert.equal(statusOf(run(rule, [], { failed: [{ collector: 'sagemaker.monitoringSchedules' }] })), 'ERROR');
    assert.equal(statusOf(run(rule, [endpoint('shop')], { failed: [{ collector: 'sagemaker.endpoints' }] })), 'ERROR');
    assert.equal(statusOf(run(rule, [endpoint('broken', { describeError: 'AccessDeniedException: denied' })]), 'broken'), 'ERROR');
  });
});
