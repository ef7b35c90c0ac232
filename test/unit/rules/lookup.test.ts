import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstBy, positionIn } from '../../../src/rules/lib/lookup.js';

describe('indexed lookups', () => {
  const list = [
    { id: 'a', arn: 'arn:1' },
    { id: 'b', arn: undefined },
    { id: 'c', arn: 'arn:1' },
    { id: 'd', arn: 'arn:2' },
  ];

  it('return what find returns: the first element with the key', () => {
    for (const key of ['arn:1', 'arn:2', 'arn:3']) assert.equal(firstBy(list, 'arn', (x) => x.arn, key), list.find((x) => x.arn === key));
    assert.equal(firstBy(list, 'id', (x) => x.id, 'c'), list[2]);
  });

  it('keep an index per list and per key kind', () => {
    const other = [{ id: 'z', arn: 'arn:1' }];
    assert.equal(firstBy(other, 'arn', (x) => x.arn, 'arn:1'), other[0]);
    assert.equal(firstBy(list, 'arn', (x) => x.arn, 'arn:1'), list[0]);
    assert.equal(firstBy(list, 'id', (x) => x.id, 'arn:1'), undefined);
  });

  it('give the first position of an element, as indexOf', () => {
    const repeated = [list[3], list[0], list[3]];
    assert.equal(positionIn(repeated, list[3]), 0);
    assert.equal(positionIn(repeated, list[0]), 1);
    assert.equal(positionIn(repeated, list[1]), -1);
  });
});
