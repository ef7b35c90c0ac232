import { GROUPS, requiredTagsRule } from '../lib/tagRules.js';
export default requiredTagsRule({ id: 'resource_groups_group_required_tags', subject: GROUPS, severity: 'low' });
