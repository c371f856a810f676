export declare const compileOptions: {
  readonly strict: true;
  readonly noEscape: true;
  readonly knownHelpers: Readonly<Record<string, true>>;
  readonly knownHelpersOnly: true;
};
export declare function hoistLocations(spec: string, table: Map<string, number>, tableName: string): string;
export declare function locationTable(table: ReadonlyMap<string, number>, tableName: string): string;
