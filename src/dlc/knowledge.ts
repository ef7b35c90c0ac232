/**
 * What rules know about AWS Deep Learning Containers: the support-policy data (data/dlc-support.json,
 * or the file given with --dlc-data), validated and indexed. Filled in by src/dlc/data.ts.
 */
export interface DlcKnowledge {
  /** Date the data was generated (YYYY-MM-DD); rules that depend on freshness compare it with the scan date. */
  generated: string;
  /** Where the data came from (a file path), for evidence. */
  source: string;
}
