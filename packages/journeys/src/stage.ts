import type * as z from "zod";
import { enumSchema, labelRecord } from "./vocabulary.js";

/**
 * The stages of a journey, in their usual order. The names are the toolkit's own labels for what the
 * published descriptions of Local Area Coordination describe; they are not an official model.
 * The person leads: a journey can go back to any earlier stage, pause, end and re-open.
 */
export const stages = /* @__PURE__ */ Object.freeze([
  "introduced",
  "getting-to-know-each-other",
  "vision-of-a-good-life",
  "planning",
  "taking-action",
  "connected-and-contributing",
  "moving-on",
] as const);

export const stageSchema = /* @__PURE__ */ enumSchema(stages, "a stage");
export type Stage = z.infer<typeof stageSchema>;

export const stageLabels = /* @__PURE__ */ labelRecord<Stage>({
  introduced: "Introduced",
  "getting-to-know-each-other": "Getting to know each other",
  "vision-of-a-good-life": "Vision of a good life",
  planning: "Planning",
  "taking-action": "Taking action",
  "connected-and-contributing": "Connected and contributing",
  "moving-on": "Moving on",
});
