/**
 * What rules know about AWS Deep Learning Containers: the support-policy data (data/dlc-support.json,
 * or the file given with --dlc-data), validated and indexed by src/dlc/data.ts. Rules reach it
 * through `ctx.dlc()`; nothing here does I/O.
 */

/** One row of the published support table (GA and End of Patch per framework version). */
export interface SupportRow {
  /** `pytorch`, `tensorflow`, `base`, `base-ubuntu`, `sagemaker-xgboost`, ... */
  group: string;
  /** Data key of the image family, or `*` for a legacy row that covers every repository of the group. */
  repository: string;
  version: string;
  ga: string | null;
  eop: string | null;
  sources: string[];
  legacy: boolean;
}

/** One published image variant (framework version × accelerator × platform) and its tags. */
export interface ImageRow {
  /** Data key: `vllm`, `vllm-server`, `vllm-omni`, `base-ubuntu`, ... (several keys can share an ECR repository). */
  key: string;
  ecrRepository: string;
  framework: string;
  version: string;
  accelerator: string | null;
  platform: string | null;
  os: string | null;
  transformers: string | null;
  ga: string | null;
  eop: string | null;
  tags: string[];
  source: string;
}

export interface CatalogEntry {
  repository: string;
  /** `pytorch`, `tensorflow`, `latest-only`, `llm-hosting`, `self`, `legacy`, `mxnet`, `elastic-inference`, `base|base-ubuntu`, ... or null (no published EOP). */
  supportGroup: string | null;
  families: string[];
  job: string | null;
  derivedSupport: boolean;
  unsupportedSince: string | null;
  unsupported: boolean;
  /** Which registry table serves it: `dlc` (default), `sagemaker_algorithm`, `legacy_sagemaker_framework`. */
  registry: 'dlc' | 'sagemaker_algorithm' | 'legacy_sagemaker_framework';
  note: string | null;
}

export interface TagFamily {
  id: string;
  appliesTo: string[];
  regex: RegExp;
}

export interface RegistryAccount {
  account: string;
  source: string;
}

export interface ReleaseLine {
  line: string;
  latest: { tag: string; date: string };
  /** [dlc_version, date] pairs, when the data lists them. */
  versions: Array<[string, string]> | null;
}

export interface Notice {
  id: string;
  text: string;
}

export interface DlcKnowledge {
  /** Date the data was generated (YYYY-MM-DD); rules that depend on freshness compare it with the scan date. */
  generated: string;
  /** Where the data came from (a file path), for evidence. */
  source: string;
  support: SupportRow[];
  images: ImageRow[];
  /** ECR repository name → catalog entry. */
  catalog: Map<string, CatalogEntry>;
  /** Repository data keys that make up each pytorch/tensorflow sub-group (`pytorch-training` → [pytorch-training, pytorch-training-arm64]). */
  repositoryGroups: Map<string, string[]>;
  /** Repositories with no own support rows that AWS says follow PyTorch or TensorFlow. */
  derivedFramework: Map<string, 'pytorch' | 'tensorflow'>;
  tagFamilies: TagFamily[];
  hosts: { privateEcr: RegExp; publicDlc: RegExp };
  registries: {
    dlcByRegion: Map<string, RegistryAccount>;
    dlcExtra: Map<string, RegistryAccount & { repositories: string[] }>;
    algorithmByRegion: Map<string, RegistryAccount>;
    legacyByRegion: Map<string, RegistryAccount>;
    /** Every account any of the tables names, with the regions it serves. */
    regionsByAccount: Map<string, Set<string>>;
    publicRegistry: string;
  };
  releaseLines: Map<string, ReleaseLine>;
  /** Older SageMaker framework containers (XGBoost, Scikit-Learn) listed on the SageMaker page. */
  mlFrameworkRows: SupportRow[];
  /** TGI/TEI/optimum hosting containers: `tgi2.3.1` → row. */
  llmHostingRows: Map<string, SupportRow>;
  policy: {
    notices: Map<string, Notice>;
    noticesSource: string;
    retiredSource: string;
    retiredSince: string;
    supportPolicyUrl: string;
    notListedSource: string;
    cveSla: { critical: number; high: number; medium: number; source: string };
  };
  telemetry: { tagKey: string; tagValueFormat: string; sources: string[] };
}
