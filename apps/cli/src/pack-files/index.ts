export { CONTENT_HASH_PREFIX, hashContent } from "./content-hash.js";
export type { ContentHash } from "./content-hash.js";
export {
  LAC_STATE_PATH,
  LAC_STATE_VERSION,
  readLacState,
  safeParseLacState,
  serialiseLacState,
} from "./lac-state.js";
export type { LacState, LacStateError, LacStateErrorCode, ReadLacStateResult } from "./lac-state.js";
export { checkPackPath } from "./pack-path.js";
export type { PackPathProblem, PackPathProblemCode } from "./pack-path.js";
export type { PackLocationProblemCode } from "./locate-pack-file.js";
export {
  CONFLICT_EDITED_SINCE_WRITTEN,
  CONFLICT_READ_ONLY,
  CONFLICT_NOT_WRITTEN_BY_LAC,
  PackFileLooks,
  planPackWrite,
} from "./plan-pack-write.js";
export type {
  ObsoleteFile,
  PackFile,
  PackPlanError,
  PackPlanErrorCode,
  PackWriteAction,
  PackWriteEntry,
  PackWritePlan,
  PackWriteSummary,
  PlanPackWriteOptions,
  PlanPackWriteResult,
} from "./plan-pack-write.js";
export {
  RENAME_RETRY_BUDGET_MS,
  TEMP_FILE_MARKER,
  TEMP_FILE_PATTERN,
  renameWithRetry,
  writeFileAtomic,
} from "./write-file-atomic.js";
export type { RenameRetryOptions } from "./write-file-atomic.js";
export { writePack } from "./write-pack.js";
export type {
  PackStateInput,
  WritePackError,
  WritePackErrorCode,
  WritePackOptions,
  WritePackResult,
} from "./write-pack.js";
export {
  PACK_LOCK_BREAK_PATH,
  PACK_LOCK_PATH,
  acquirePackLock,
  clearedStaleLockMessage,
  withPackLock,
} from "./pack-lock.js";
export type {
  AcquirePackLockOptions,
  AcquirePackLockResult,
  PackLock,
  PackLockError,
  PackLockErrorCode,
  PackLockOwner,
  WithPackLockResult,
} from "./pack-lock.js";
export { removeLeftoverTempFiles } from "./leftover-temp-files.js";
export type { LeftoverTempFiles } from "./leftover-temp-files.js";
