import type { CliIo } from "./cli-io.js";
import type { ExitCode } from "./exit-codes.js";

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: "boolean" | "string";
  readonly multiple?: boolean;
  /** Placeholder for the value in help, e.g. "<file>". */
  readonly value?: string;
  readonly description: string;
}

export type OptionValues = Readonly<
  Record<string, string | boolean | readonly (string | boolean)[] | undefined>
>;

export interface CommandInput {
  readonly positionals: readonly string[];
  readonly options: OptionValues;
  readonly io: CliIo;
}

export interface CommandModule {
  run(input: CommandInput): Promise<ExitCode>;
}

/** A command as data: its help and its argument parsing are written from this. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  /**
   * The usage lines of help, each after "lac " and before " [options]" ("templates list [dir]"), for a
   * command whose positionals mean different things by action; by default, the name and positionals.
   */
  readonly usage?: readonly string[];
  readonly positionals: readonly { readonly name: string; readonly description: string }[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
}
