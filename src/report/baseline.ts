import { PostureError } from '../core/errors.js';
import type { Finding } from '../engine/findings.js';
import type { ScanResult } from '../scan/result.js';

export interface BaselineDiff {
  /** FAIL/ERROR findings whose id was absent from the baseline or had another status there. */
  added: Finding[];
  /** Current FAIL/ERROR findings already present in the baseline with the same status. */
  unchanged: Finding[];
  /** Baseline FAIL/ERROR findings that are no longer failing (absent now or PASS/MUTED). */
  resolved: Finding[];
}

const open = (f: Finding) => f.status === 'FAIL' || f.status === 'ERROR';

export function diffBaseline(baseline: ScanResult, current: ScanResult): BaselineDiff {
  const major = (v: string) => v.split('.')[0];
  if (typeof baseline?.schemaVersion !== 'string' || !Array.isArray(baseline.findings))
    throw new PostureError('baseline: not a posture findings document (expected schemaVersion and findings)');
  if (major(baseline.schemaVersion) !== major(current.schemaVersion))
    throw new PostureError(`baseline: schemaVersion ${baseline.schemaVersion} is not compatible with ${current.schemaVersion}`);
  const before = new Map(baseline.findings.map((f) => [f.id, f.status]));
  const now = new Map(current.findings.map((f) => [f.id, f.status]));
  const added: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const f of current.findings.filter(open)) (before.get(f.id) === f.status ? unchanged : added).push(f);
  const resolved = baseline.findings.filter((f) => open(f) && !(now.get(f.id) === 'FAIL' || now.get(f.id) === 'ERROR'));
  return { added, unchanged, resolved };
}

/** The current result reduced to findings that are new since the baseline (by finding id and status). */
export function newSince(baseline: ScanResult, current: ScanResult): ScanResult {
  return { ...current, findings: diffBaseline(baseline, current).added };
}
