export declare const compileOptions: {
  readonly strict: true;
  readonly noEscape: true;
  readonly knownHelpers: Readonly<Record<string, true>>;
  readonly knownHelpersOnly: true;
};
/** A place in a template's source, as Handlebars writes one. */
export interface SourcePlace {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}
export declare const PLACE_FIELDS: {
  readonly line: number;
  readonly column: number;
  readonly lines: number;
  readonly endColumn: number;
};
export declare function placeNumber(place: string | SourcePlace): number;
export declare function numberPlaces(spec: string): string;
export declare function placeRuntime(): string;
export declare const BLOCK_HELPERS: { readonly if: string; readonly unless: string; readonly each: string };
export declare function inlineBlockHelpers(spec: string, counts?: Record<string, number>): string;
export declare function blockHelperRuntime(): string;
export declare const LOOKUPS: {
  readonly lookup: string;
  readonly strict: string;
  readonly value: string;
  readonly partialContext: string;
};
export declare function leanPrecompile(source: string): string;
export declare function lookupRuntime(): string;
export declare const RUNTIME_FUNCTIONS: readonly string[];
export declare function runtimeExports(): string;
export declare function runtimeCalls(code: string): string[];
