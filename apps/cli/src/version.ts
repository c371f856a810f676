declare const __LAC_VERSION__: string | undefined;

/** lac's version, written into the bundle at build time. */
export const LAC_VERSION: string = typeof __LAC_VERSION__ === "string" ? __LAC_VERSION__ : "0.0.0-dev";
