import type * as z from "zod";
import { enumSchema, labelRecord } from "./vocabulary.js";

/** What kind of activity an `activity-recorded` event notes. The toolkit's own list; no free text. */
export const activityKinds = /* @__PURE__ */ Object.freeze([
  "conversation",
  "community-connection",
  "information-shared",
  "meeting-with-services",
] as const);

export const activityKindSchema = /* @__PURE__ */ enumSchema(activityKinds, "an activity kind");
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const activityKindLabels = /* @__PURE__ */ labelRecord<ActivityKind>({
  conversation: "Conversation with the person",
  "community-connection": "Connection with a person, group or place in the community",
  "information-shared": "Information shared",
  "meeting-with-services": "Meeting with services, alongside the person",
});
