import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffBaseline, newSince } from '../../../src/report/baseline.js';
import { finding, scanResult } from '../../helpers/scanResult.js';

describe('baseline', () => {
  const baseline = scanResult([finding({ id: 'old' }), finding({ id: 'flip', status: 'PASS' }), finding({ id: 'err', status: 'ERROR' }), finding({ id: 'gone' })]);
  const current = scanResult([finding({ id: 'old' }), finding({ id: 'flip' }), finding({ id: 'err', status: 'FAIL' }), finding({ id: 'fresh' }), finding({ id: 'ok', status: 'PASS' })]);

  it('reports only findings new by id, or whose status changed to FAIL/ERROR', () => {
    assert.deepEqual(newSince(baseline, current).findings.map((f) => f.id), ['flip', 'err', 'fresh']);
  });

  it('keeps the scan metadata and lists unchanged and resolved findings', () => {
    assert.deepEqual(newSince(baseline, current).scan, current.scan);
    const d = diffBaseline(baseline, current);
    assert.deepEqual(d.unchanged.map((f) => f.id), ['old']);
    assert.deepEqual(d.resolved.map((f) => f.id), ['gone']);
  });

  it('a run against itself reports nothing new', () => {
    assert.deepEqual(newSince(current, current).findings, []);
  });

  it('refuses a document that is not a compatible findings result', () => {
    assert.throws(() => newSince({ foo: 1 } as never, current), /not a posture findings document/);
    assert.throws(() => newSince({ ...baseline, schemaVersion: '2.0' }, current), /schemaVersion 2\.0 is not compatible/);
  });
});
