import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contains, intersect, normalise, subtract, union, type IntervalSet } from '../../../src/analysis/network/intervals.js';
import { cidrSet, internetSpace, toCidrs } from '../../../src/analysis/network/addresses.js';

/** Reference semantics on small integer universes: sets of numbers. */
const members = (s: IntervalSet) => {
  const out = new Set<number>();
  for (const [a, b] of s) for (let v = Number(a); v <= Number(b); v++) out.add(v);
  return out;
};
const randomSet = (seed: number): IntervalSet => {
  let x = seed;
  const r = () => ((x = (x * 48271) % 2147483647), x % 40);
  return normalise(Array.from({ length: 4 }, () => {
    const a = BigInt(r());
    return [a, a + BigInt(r() % 6)] as [bigint, bigint];
  }));
};

describe('interval sets', () => {
  it('union, intersect and subtract agree with plain sets', () => {
    for (let seed = 1; seed < 300; seed++) {
      const a = randomSet(seed);
      const b = randomSet(seed * 7 + 3);
      const A = members(a);
      const B = members(b);
      assert.deepEqual(members(union(a, b)), new Set([...A, ...B]));
      assert.deepEqual(members(intersect(a, b)), new Set([...A].filter((v) => B.has(v))));
      assert.deepEqual(members(subtract(a, b)), new Set([...A].filter((v) => !B.has(v))));
      for (const v of [0, 5, 17, 39]) assert.equal(contains(a, BigInt(v)), A.has(v));
    }
  });
  it('converts CIDRs both ways and excludes private space from the internet', () => {
    assert.deepEqual(toCidrs(cidrSet(['10.0.0.0/8', '11.0.0.0/8'], 'ipv4'), 'ipv4'), ['10.0.0.0/7']);
    assert.deepEqual(intersect(internetSpace('ipv4'), cidrSet(['10.1.0.0/16'], 'ipv4')), []);
    assert.deepEqual(toCidrs(intersect(internetSpace('ipv6'), cidrSet(['::/0'], 'ipv6')), 'ipv6'), ['2000::/3']);
  });
});
