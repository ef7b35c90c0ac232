import type { ScanResult } from '../scan/result.js';

/** posture's own findings document (docs/findings.md). */
export function renderJson(result: ScanResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
