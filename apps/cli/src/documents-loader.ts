// Loads @lac/documents' main entry, whose renderPack checks with zod a template set's manifest that was
// not checked when the set was built (council templates that add documents). In init.cjs, which holds
// no zod, this module is replaced by council-schemas-from-commands.ts, which takes it from commands.cjs.
export const loadDocuments = () => import("@lac/documents");
