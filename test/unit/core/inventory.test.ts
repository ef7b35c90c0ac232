import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PostureError } from '../../../src/core/errors.js';
import { loadInventoryFile, parseInventory, saveInventoryFile } from '../../../src/inventory/file.js';

const demo = readFileSync(new URL('../../../demo/inventory.json', import.meta.url), 'utf8');

describe('saved inventory', () => {
  it('the bundled demo inventory validates and round-trips', () => {
    const parsed = parseInventory(demo, 'demo');
    const dir = mkdtempSync(join(tmpdir(), 'posture-inv-'));
    saveInventoryFile(join(dir, 'inv.json'), parsed);
    assert.deepEqual(loadInventoryFile(join(dir, 'inv.json')).data, parsed);
    assert.deepEqual(readdirSync(dir), ['inv.json'], 'no temporary file left behind');
  });
  it('names the bad field and the resource it belongs to', () => {
    const doc = JSON.parse(demo);
    const i = doc.resources.findIndex((r: { type: string }) => r.type === 'AWS::EC2::SecurityGroup');
    delete doc.resources[i].ingress;
    assert.throws(() => parseInventory(JSON.stringify(doc), 'x.json'), (e: Error) => e instanceof PostureError && e.message.includes(`resources[${i}].ingress`) && e.message.includes('AWS::EC2::SecurityGroup'));
  });
  it('rejects an unknown resource type, a wrong version, and a missing file', () => {
    const doc = JSON.parse(demo);
    doc.resources[0].type = 'AWS::Nope::Thing';
    assert.throws(() => parseInventory(JSON.stringify(doc), 'x.json'), /resources\[0\]\.type/);
    assert.throws(() => parseInventory(JSON.stringify({ ...JSON.parse(demo), version: 99 }), 'x.json'), /at version/);
    assert.throws(() => loadInventoryFile('/nonexistent/inv.json'), /cannot read inventory/);
    assert.equal(existsSync('/nonexistent/inv.json'), false);
  });
});
