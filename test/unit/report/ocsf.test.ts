import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { evaluateFramework } from '../../../src/frameworks/evaluate.js';
import { loadFramework } from '../../../src/frameworks/load.js';
import { OCSF_VERSION, renderOcsf } from '../../../src/report/ocsf.js';
import { demoResult, hostileResult } from '../../helpers/scanResult.js';

/**
 * OCSF publishes no JSON Schema file; this zod schema is written from the OCSF 1.3.0 class
 * definition (ocsf-schema events/findings/compliance_finding.json extending finding.json and
 * base_event.json, objects compliance, finding_info, metadata, product, resource_details, cloud,
 * account, remediation): required attributes are required here, enums are closed, and strict
 * objects reject attribute names the class does not define.
 */
const account = z.object({ uid: z.string().min(1), type_id: z.literal(10), type: z.literal('AWS Account') }).strict();
const ocsfComplianceFinding = z
  .object({
    activity_id: z.literal(1),
    activity_name: z.literal('Create'),
    category_uid: z.literal(2),
    category_name: z.literal('Findings'),
    class_uid: z.literal(2003),
    class_name: z.literal('Compliance Finding'),
    type_uid: z.literal(200301),
    type_name: z.string(),
    severity_id: z.number().int().min(0).max(6),
    severity: z.enum(['Unknown', 'Informational', 'Low', 'Medium', 'High', 'Critical', 'Fatal']),
    time: z.number().int().positive(),
    time_dt: z.iso.datetime(),
    message: z.string(),
    status_id: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(99)]),
    status: z.string(),
    metadata: z
      .object({
        version: z.literal('1.3.0'),
        product: z.object({ name: z.string(), vendor_name: z.string().min(1), version: z.string() }).strict(),
        uid: z.string(),
        log_name: z.string(),
      })
      .strict(),
    finding_info: z
      .object({
        uid: z.string().min(1),
        title: z.string().min(1),
        desc: z.string(),
        types: z.array(z.string()),
        created_time: z.number().int(),
        analytic: z.object({ uid: z.string(), name: z.string(), type_id: z.literal(1), type: z.literal('Rule') }).strict(),
      })
      .strict(),
    compliance: z
      .object({
        standards: z.array(z.string().min(1)).min(1),
        control: z.string(),
        status_id: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        status: z.enum(['Pass', 'Warning', 'Fail']),
        status_detail: z.string(),
      })
      .strict(),
    resources: z
      .array(
        z
          .object({ uid: z.string().min(1), name: z.string().optional(), type: z.string(), region: z.string(), cloud_partition: z.string(), owner: z.object({ account }).strict() })
          .strict(),
      )
      .min(1),
    cloud: z.object({ provider: z.literal('AWS'), region: z.string(), account }).strict(),
    remediation: z.object({ desc: z.string().min(1), references: z.array(z.string()) }).strict(),
    unmapped: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((e) => e.type_uid === e.class_uid * 100 + e.activity_id, 'type_uid = class_uid * 100 + activity_id')
  .refine((e) => ['Pass', 'Warning', 'Fail'][e.compliance.status_id - 1] === e.compliance.status, 'compliance.status matches status_id');

describe('OCSF writer', () => {
  it('pins OCSF 1.3.0', () => assert.equal(OCSF_VERSION, '1.3.0'));

  it('emits Compliance Finding events valid against the class definition for the demo scan', async () => {
    const result = await demoResult();
    const fw = evaluateFramework(loadFramework('cis-aws-3.0.0'), result.findings);
    const events = JSON.parse(renderOcsf(result, { frameworks: [fw] }));
    assert.equal(events.length, result.findings.length);
    for (const e of events) ocsfComplianceFinding.parse(e);
    const flowLogs = events.find((e: { finding_info: { analytic: { uid: string } } }) => e.finding_info.analytic.uid === 'vpc_flow_logs_enabled');
    assert.equal(flowLogs.compliance.control, 'cis-aws-3.0.0 3.7');
  });

  it('maps FAIL/PASS/ERROR to compliance Fail/Pass/Warning and MUTED to Suppressed', () => {
    const events = JSON.parse(renderOcsf(hostileResult()));
    for (const e of events) ocsfComplianceFinding.parse(e);
    assert.deepEqual(
      events.map((e: { compliance: { status: string }; status: string }) => [e.compliance.status, e.status]),
      [['Fail', 'New'], ['Warning', 'New'], ['Pass', 'New'], ['Fail', 'Suppressed']],
    );
  });

  it('the schema rejects an event missing a required attribute', () => {
    const [e] = JSON.parse(renderOcsf(hostileResult()));
    delete e.compliance.standards;
    assert.equal(ocsfComplianceFinding.safeParse(e).success, false);
  });
});
