export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  hiddenCountIsRecoverable,
  isValidThreshold,
  suppressCount,
  suppressPartition,
  suppressPartitions,
} from "./suppression.js";
export type { HiddenReason, SafeCount, SafePartition } from "./suppression.js";
