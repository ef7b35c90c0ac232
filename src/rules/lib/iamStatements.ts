import { describeStatement, statementsOf } from '../../analysis/iam/policy.js';

/** Does an Action pattern ("iam:Pass*", "*", "IAM:PassRole") cover `action`? IAM compares actions case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

const onAllResources = (resource: string[] | undefined) => (resource ?? []).includes('*');

/** Allow statements granting every action ("*" or "*:*") on every resource: full administrative access. */
export function administrativeStatements(doc: unknown): string[] {
  return statementsOf(doc)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.effect === 'Allow' && (s.action ?? []).some((a) => a === '*' || a === '*:*') && onAllResources(s.resource))
    .map(({ s, i }) => describeStatement(s, i));
}

/** Allow statements whose Action covers `action` on Resource "*". */
export function statementsAllowingOnAllResources(doc: unknown, action: string): string[] {
  return statementsOf(doc)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.effect === 'Allow' && (s.action ?? []).some((a) => actionMatches(a, action)) && onAllResources(s.resource))
    .map(({ s, i }) => describeStatement(s, i));
}
