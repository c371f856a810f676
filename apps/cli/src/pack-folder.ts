import { statSync } from "node:fs";

/**
 * Why a path given as the pack folder is not one, if it is not a folder at all ("my-pakc is not a
 * folder", "the folder my-pakc does not exist"): a typo in the command, not a folder outside a pack.
 */
export function notAFolder(path: string, shown: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? undefined : `${shown} is not a folder`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? `the folder ${shown} does not exist`
      : `lac cannot read the folder ${shown} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}
