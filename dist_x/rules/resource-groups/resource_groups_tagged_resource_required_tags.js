import { TAGGED_RESOURCES, requiredTagsRule } from '../lib/tagRules.js';
export default requiredTagsRule({ id: 'resource_groups_tagged_resource_required_tags', subject: TAGGED_RESOURCES, severity: 'low' });
