import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * Issue 5 acceptance: no rule decides public, cross-account, confused-deputy or privilege
 * questions by reading policy documents itself; they ask src/analysis/iam. This test reads the
 * code of src/rules/** (string literals and comments removed, so descriptions may talk about
 * "Principal") and fails on direct reads of policy structure.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const rulesDir = join(root, 'src/rules');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The code without comments and without the contents of string and template literals. */
export function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/`(?:[^`\\]|\\.)*`/g, '``');
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bStatement\b/, 'reads the Statement of a policy document'],
  [/\b(?:Not)?Principal\b/, 'reads a Principal/NotPrincipal element'],
  [/\.(?:principal|notPrincipal)\b/, 'reads a parsed statement principal'],
  [/\bCondition\b/, 'reads a Condition element'],
  [/\.condition\b/, 'reads parsed statement conditions'],
  [/\b(?:statementsOf|conditionsOn|conditionEntries)\b/, 'walks policy statements instead of asking the evaluator'],
  [/\.(?:Effect|effect)\s*===/, 'compares a statement Effect'],
  [/\bactionMatches\b/, 'matches actions by hand instead of evaluating a request'],
];

/** Files that read documents which are not IAM policies. */
const ALLOWED: Record<string, string> = {
  'src/rules/logs/logs_log_group_data_protection_policy_enabled.ts': 'CloudWatch Logs data protection policies are not IAM policies (Audit/Deidentify operations)',
};

/** Rules that decide access questions must reach src/analysis/iam, directly or through a rules/lib helper that does. */
const ACCESS_RULE = /(policy_not_public|trust_policy|cross_account|confused_deputy|service_grants_bound|administrative_privileges|pass_role|secure_transport_policy)/;

describe('rules ask src/analysis/iam instead of reading policy documents', () => {
  const all = files(rulesDir);
  it('finds the rule files', () => assert.ok(all.length > 20));

  it('no rule or rule helper reads policy statements itself', () => {
    const offences: string[] = [];
    for (const f of all) {
      const rel = relative(root, f).split('\\').join('/');
      if (rel === 'src/rules/index.ts' || ALLOWED[rel]) continue;
      const code = codeOnly(readFileSync(f, 'utf8'));
      for (const [re, why] of FORBIDDEN) if (re.test(code)) offences.push(`${rel}: ${why} (${re})`);
    }
    assert.deepEqual(offences, []);
  });

  it('every access-deciding rule reaches src/analysis/iam', () => {
    const viaLib = new Set(
      all.filter((f) => f.includes(`${join('rules', 'lib')}`) && /analysis\/iam\//.test(readFileSync(f, 'utf8'))).map((f) => f.split(/[\\/]/).pop()!.replace(/\.ts$/, '.js')),
    );
    const missing: string[] = [];
    for (const f of all.filter((x) => ACCESS_RULE.test(x))) {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      const ok = imports.some((i) => i.includes('analysis/iam/') || (i.startsWith('../lib/') && viaLib.has(i.split('/').pop()!)));
      if (!ok) missing.push(relative(root, f));
    }
    assert.deepEqual(missing, []);
  });

  it('the check itself catches a direct read', () => {
    const sample = "const open = (doc as any).Statement.filter((s: any) => s.Principal === '*'); // Principal in a comment is fine";
    const code = codeOnly(sample);
    assert.ok(FORBIDDEN.some(([re]) => re.test(code)));
    assert.ok(!FORBIDDEN.some(([re]) => re.test(codeOnly("description: 'Fails a Principal \"*\" Statement'"))));
  });
});
