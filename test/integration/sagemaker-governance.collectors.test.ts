import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { sagemakerEndpointConfigs } from '../../src/collectors/aws/sagemaker.js';
import { sagemakerEndpoints } from '../../src/collectors/aws/dlc.js';
import { sagemakerMonitoringSchedules } from '../../src/collectors/aws/sagemakerSchedules.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { savedInventorySchema, type SavedInventory } from '../../src/inventory/schema.js';
import modelMonitorScheduled from '../../src/rules/sagemaker/sagemaker_endpoint_model_monitor_scheduled.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012'; // moto's default account
const REGION = 'us-east-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker-exec`;

describe('SageMaker monitoring schedule collector against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  const unit = (collector: string) => inv.collections.find((c) => c.collector === collector && c.region === REGION);

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const sm = new SageMakerClient(motoClientConfig(moto));
    await sm.send(new CreateModelCommand({ ModelName: 'm-shop', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-cpu-py311' } }));
    await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'ec-shop', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm-shop', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }));
    await sm.send(new CreateEndpointCommand({ EndpointName: 'shop', EndpointConfigName: 'ec-shop' }));
    // No schedule is seeded: moto 5.2.1 implements no monitoring schedule API (Create/List/Describe).
    inv = await collectWith({ account: ACCOUNT, regions: [REGION], collectors: [sagemakerEndpoints, sagemakerEndpointConfigs, sagemakerMonitoringSchedules] });
  });

  after(async () => {
    await moto?.stop();
  });

  it('produces a valid inventory with the endpoint in service', () => {
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
    assert.equal(unit('sagemaker.endpoints')?.state, 'ok');
    const shop = inv.resources.find((r) => r.type === 'AWS::SageMaker::Endpoint' && r.id === 'shop');
    assert.equal(shop && 'status' in shop ? shop.status : undefined, 'InService');
  });

  it('records ListMonitoringSchedules, which moto does not implement, as a failed unit, never as "no schedules"', () => {
    assert.notEqual(unit('sagemaker.monitoringSchedules')?.state, 'ok');
    assert.equal(inv.resources.filter((r) => r.type === 'AWS::SageMaker::MonitoringSchedule').length, 0);
  });

  it('reports ERROR, not FAIL, for the endpoint whose schedules could not be listed', () => {
    const findings = evaluate(new Inventory(inv), { rules: [modelMonitorScheduled], collectors: COLLECTORS_BY_ID });
    recordMotoCoverage(findings, 'sagemaker-governance.collectors');
    assert.ok(findings.length > 0);
    assert.deepEqual([...new Set(findings.map((f) => f.status))], ['ERROR']);
  });
});
