export declare const compileOptions: {
  readonly strict: true;
  readonly noEscape: true;
  readonly knownHelpers: Readonly<Record<string, true>>;
  readonly knownHelpersOnly: true;
};
export declare function hoistLocations(spec: string, table: Map<string, number>, tableName: string): string;
export declare function locationTable(table: ReadonlyMap<string, number>, tableName: string): string;
export declare const BLOCK_HELPERS: { readonly if: string; readonly unless: string; readonly each: string };
export declare function inlineBlockHelpers(spec: string, counts?: Record<string, number>): string;
export declare function blockHelperRuntime(): string;
export declare const LOOKUPS: { readonly lookup: string; readonly strict: string; readonly value: string };
export declare function leanPrecompile(source: string): string;
export declare function lookupRuntime(): string;
export declare const RUNTIME_FUNCTIONS: readonly string[];
export declare function runtimeExports(): string;
export declare function runtimeCalls(code: string): string[];
