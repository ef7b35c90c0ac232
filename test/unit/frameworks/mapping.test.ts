import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAllFrameworks, loadUnmapped } from '../../../src/frameworks/load.js';
import { RULES } from '../../../src/rules/index.js';

const ruleIds = new Set(RULES.map((r) => r.id));
const frameworks = loadAllFrameworks();
const unmapped = loadUnmapped();

describe('framework mappings', () => {
  it('ships the four frameworks', () => {
    assert.deepEqual(frameworks.map((f) => f.id).sort(), ['aws-fsbp', 'cis-aws-3.0.0', 'cis-aws-5.0.0', 'nist-800-53-r5']);
  });

  it('maps only to rules that exist', () => {
    const missing = frameworks.flatMap((fw) => fw.controls.flatMap((c) => c.rules.filter((r) => !ruleIds.has(r)).map((r) => `${fw.id} ${c.id}: ${r}`)));
    assert.deepEqual(missing, []);
  });

  it('maps every rule somewhere unless it is listed as intentionally unmapped', () => {
    const mapped = new Set(frameworks.flatMap((fw) => fw.controls.flatMap((c) => c.rules)));
    const excused = new Set(unmapped.map((u) => u.rule));
    const orphans = [...ruleIds].filter((id) => !mapped.has(id) && !excused.has(id)).sort();
    assert.deepEqual(orphans, [], `map these rules in frameworks/*.yaml or list them with a reason in frameworks/unmapped.yaml`);
  });

  it('lists in unmapped.yaml only rules that exist and are mapped nowhere', () => {
    const mapped = new Set(frameworks.flatMap((fw) => fw.controls.flatMap((c) => c.rules)));
    for (const u of unmapped) {
      assert.ok(ruleIds.has(u.rule), `unmapped.yaml names unknown rule ${u.rule}`);
      assert.ok(!mapped.has(u.rule), `unmapped.yaml lists ${u.rule}, which is mapped`);
    }
  });

  it('lists every CIS v3.0.0 recommendation (sections 1-5, 62 controls)', () => {
    const cis = frameworks.find((f) => f.id === 'cis-aws-3.0.0')!;
    assert.equal(cis.controls.length, 62);
    assert.deepEqual([...new Set(cis.controls.map((c) => c.id.split('.')[0]))], ['1', '2', '3', '4', '5']);
    assert.ok(cis.controls.every((c) => c.level === 1 || c.level === 2));
  });
});
