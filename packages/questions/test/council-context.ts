// The question context of lac init for tests: the council configuration's zod schema, which checks each
// answer with the same messages as lac.config.yaml.
import { councilConfigErrorMap, councilConfigSchema } from "@lac/council";
import type * as z from "zod";
import type { QuestionContext } from "../src/resolve-answers.js";

export const councilContext: QuestionContext = {
  schema: councilConfigSchema,
  check: (schema, value) => {
    const result = (schema as z.ZodType).safeParse(value, { error: councilConfigErrorMap });
    return result.success ? true : (result.error.issues[0]?.message ?? "invalid");
  },
};
