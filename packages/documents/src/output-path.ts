const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * True when a path is a relative POSIX path that stays inside the pack folder: no leading '/',
 * no drive letters or backslashes, no empty, '.' or '..' segments, only safe characters.
 */
export function isSafeOutputPath(path: string): boolean {
  if (typeof path !== "string") return false;
  if (path.length === 0 || path.length > 240) return false;
  return path
    .split("/")
    .every((segment) => SAFE_SEGMENT.test(segment) && segment !== "." && segment !== "..");
}
