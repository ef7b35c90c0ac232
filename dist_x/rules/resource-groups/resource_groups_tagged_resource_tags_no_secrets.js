import { TAGGED_RESOURCES, tagsNoSecretsRule } from '../lib/tagRules.js';
export default tagsNoSecretsRule({ id: 'resource_groups_tagged_resource_tags_no_secrets', subject: TAGGED_RESOURCES, severity: 'high' });
