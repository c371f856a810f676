/**
 * lac's exit codes: 0 success, 1 the command failed (invalid input, conflicts, render errors),
 * 2 usage error, 130 stopped with Ctrl-C (128 + SIGINT, as shells report it).
 */
export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
