import { argumentChecks, type ArgumentChecks } from "@lac/council/argument-checks";

// One source for the argument checks (@lac/council); @lac/documents' messages say "an object", not
// "an object (Date)".
const checks = argumentChecks({ constructorName: false });

export const kindOf: ArgumentChecks["kindOf"] = checks.kindOf;
export const requireText: ArgumentChecks["requireText"] = checks.requireText;
export const requireObject: ArgumentChecks["requireObject"] = checks.requireObject;
export const requireArray: ArgumentChecks["requireArray"] = checks.requireArray;
