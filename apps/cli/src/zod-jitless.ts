// lac validates one configuration per process, so zod's just-in-time compiled parsers (made with
// `new Function` on the first parse of each object schema) cost more than they save: turn them off.
// This changes only the zod bundled into lac, never an application's own zod.
import * as z from "zod";

z.config({ jitless: true });
