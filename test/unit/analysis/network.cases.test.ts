import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { NetworkAnalysis, type Exposure } from '../../../src/analysis/network/reachability.js';
import { topologyInventory } from '../../helpers/topology.js';

const dir = new URL('../../cases/network/', import.meta.url);
const point = z.object({ family: z.enum(['ipv4', 'ipv6']), protocol: z.string(), port: z.number() });
const caseSchema = z.object({
  name: z.string(),
  topology: z.unknown(),
  question: z.object({ kind: z.enum(['internet', 'peer']), networkInterface: z.string() }),
  expected: z.object({
    exposed: z.boolean(),
    includes: z.array(point).default([]),
    excludes: z.array(point).default([]),
    ranges: z.array(z.object({ family: z.string(), protocol: z.string(), from: z.number(), to: z.number(), sources: z.array(z.string()).optional() })).default([]),
    path: z.record(z.string(), z.unknown()).optional(),
    fromSecurityGroup: z.object({ group: z.string(), ports: z.array(z.tuple([z.number(), z.number()])) }).optional(),
  }),
});

const covers = (list: Exposure[], p: z.infer<typeof point>) => list.some((e) => e.family === p.family && e.protocol === p.protocol && e.fromPort <= p.port && p.port <= e.toPort);

describe('network reachability case files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  it('has the acceptance cases', () => assert.ok(files.length >= 12, `${files.length} case files`));
  for (const file of files) {
    const c = caseSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    it(`${file}: ${c.name}`, () => {
      const analysis = new NetworkAnalysis(topologyInventory(c.topology));
      const eni = analysis.model.interfaces.find((i) => i.id === c.question.networkInterface)!;
      assert.ok(eni, 'question names an interface of the topology');
      const exposures = c.question.kind === 'internet' ? analysis.internetExposure(eni).exposures : analysis.peerExposure(eni).flatMap((p) => p.exposures);
      assert.equal(exposures.length > 0, c.expected.exposed, JSON.stringify(exposures, null, 1));
      for (const p of c.expected.includes) assert.ok(covers(exposures, p), `expected ${JSON.stringify(p)} exposed`);
      for (const p of c.expected.excludes) assert.ok(!covers(exposures, p), `expected ${JSON.stringify(p)} not exposed`);
      for (const r of c.expected.ranges) {
        const hit = exposures.find((e) => e.family === r.family && e.protocol === r.protocol && e.fromPort === r.from && e.toPort === r.to);
        assert.ok(hit, `expected exactly ${JSON.stringify(r)}, got ${JSON.stringify(exposures.map((e) => [e.family, e.protocol, e.fromPort, e.toPort]))}`);
        if (r.sources) assert.deepEqual(hit.sources, r.sources);
      }
      if (c.expected.path) for (const [k, v] of Object.entries(c.expected.path)) assert.equal(exposures[0].path[k as keyof Exposure['path']], v, `path.${k}`);
      if (c.expected.fromSecurityGroup) {
        const via = analysis.fromSecurityGroup(eni, c.expected.fromSecurityGroup.group);
        assert.deepEqual(via.map((v) => [v.fromPort, v.toPort]), c.expected.fromSecurityGroup.ports);
      }
    });
  }
});
