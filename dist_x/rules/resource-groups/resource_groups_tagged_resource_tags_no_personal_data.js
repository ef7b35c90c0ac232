import { tagsNoPersonalDataRule } from '../lib/tagPersonalData.js';
import { TAGGED_RESOURCES } from '../lib/tagRules.js';
export default tagsNoPersonalDataRule({ id: 'resource_groups_tagged_resource_tags_no_personal_data', subject: TAGGED_RESOURCES });
