import { administrativeGrants, wildcardResourceGrants } from '../../analysis/iam/privileges.js';
/** Statements of `doc` that, by evaluation, grant full administrative access ("*" on "*"). */
export function administrativeStatements(doc, account) {
    return administrativeGrants([doc], account).map((m) => m.label);
}
/** Statements of `doc` that, by evaluation, allow `action` on every resource of its kind (e.g. iam:PassRole on every role). */
export function statementsAllowingOnAllResources(doc, action, account) {
    return wildcardResourceGrants([doc], action, account).map((m) => m.label);
}
