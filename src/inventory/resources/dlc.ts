/** Resources that reveal where Deep Learning Container images run, beyond the generic container types. */
export const dlcSchemas = {};
