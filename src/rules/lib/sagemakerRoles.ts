import type { InventoryView } from '../../inventory/inventory.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { firstBy } from './lookup.js';

/** The SageMaker resources of the view that run as each execution role, by role ARN. */
export function sagemakerRoleUsers(inventory: InventoryView): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const add = (arn: string | undefined, who: string) => {
    if (!arn) return;
    const list = users.get(arn);
    if (list) list.push(who);
    else users.set(arn, [who]);
  };
  for (const n of inventory.all('AWS::SageMaker::NotebookInstance')) add(n.roleArn, `notebook instance ${n.id}`);
  for (const m of inventory.all('AWS::SageMaker::Model')) add(m.executionRoleArn, `model ${m.id}`);
  for (const j of inventory.all('AWS::SageMaker::TrainingJob')) add(j.roleArn, `training job ${j.id}`);
  return users;
}

/** The role of the view with this ARN (role ARNs may carry a path; match on it exactly, then on account and name). */
export function roleByArn(inventory: InventoryView, arn: string): ResourceOf<'AWS::IAM::Role'> | undefined {
  const roles = inventory.all('AWS::IAM::Role');
  const exact = firstBy(roles, 'arn', (r) => r.arn, arn);
  if (exact) return exact;
  const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m ? roles.find((r) => r.account === m[1] && r.name === m[2]) : undefined;
}

export const roleAccount = (arn: string) => /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1];
