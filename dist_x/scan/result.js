export const FINDINGS_SCHEMA_VERSION = '1.0';
