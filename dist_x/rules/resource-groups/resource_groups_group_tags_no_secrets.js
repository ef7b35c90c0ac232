import { GROUPS, tagsNoSecretsRule } from '../lib/tagRules.js';
export default tagsNoSecretsRule({ id: 'resource_groups_group_tags_no_secrets', subject: GROUPS, severity: 'high' });
