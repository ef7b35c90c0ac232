import { firstBy } from './lookup.js';
/** The SageMaker resources of the view that run as each execution role, by role ARN. */
export function sagemakerRoleUsers(inventory) {
    const users = new Map();
    const add = (arn, who) => {
        if (!arn)
            return;
        const list = users.get(arn);
        if (list)
            list.push(who);
        else
            users.set(arn, [who]);
    };
    for (const n of inventory.all('AWS::SageMaker::NotebookInstance'))
        add(n.roleArn, `notebook instance ${n.id}`);
    for (const m of inventory.all('AWS::SageMaker::Model'))
        add(m.executionRoleArn, `model ${m.id}`);
    for (const j of inventory.all('AWS::SageMaker::TrainingJob'))
        add(j.roleArn, `training job ${j.id}`);
    return users;
}
/** The role of the view with this ARN (role ARNs may carry a path; match on it exactly, then on account and name). */
export function roleByArn(inventory, arn) {
    const roles = inventory.all('AWS::IAM::Role');
    const exact = firstBy(roles, 'arn', (r) => r.arn, arn);
    if (exact)
        return exact;
    const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    return m ? roles.find((r) => r.account === m[1] && r.name === m[2]) : undefined;
}
export const roleAccount = (arn) => /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1];
