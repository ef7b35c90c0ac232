import { tagsNoPersonalDataRule } from '../lib/tagPersonalData.js';
import { GROUPS } from '../lib/tagRules.js';
export default tagsNoPersonalDataRule({ id: 'resource_groups_group_tags_no_personal_data', subject: GROUPS, withNameAndDescription: true });
