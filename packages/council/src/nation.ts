import * as z from "zod";
import { NATIONS } from "./nation-labels.js";

export { NATIONS, nationLabels } from "./nation-labels.js";

export const nationSchema = z.enum(NATIONS).meta({
  title: "Nation",
  description:
    'The nation of the council: "england" or "wales". It decides which rules apply (for example WASPI and Welsh-language output in Wales).',
});

export type Nation = z.infer<typeof nationSchema>;
