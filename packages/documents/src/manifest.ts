import * as z from "zod";
import { useManifestSchema } from "./manifest-check.js";

const nationSchema = /* @__PURE__ */ z.enum(["england", "wales"]);
const languageSchema = /* @__PURE__ */ z.enum(["en", "cy"]);
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use a kebab-case id: lower-case letters, digits and single dashes.");

/** A relative POSIX path inside the pack; `{slug}` stands for the item's slug in a repeated document. */
const outputPatternSchema = z
  .string()
  .regex(
    /^(?!\/)(?!.*(^|\/)\.{1,2}(\/|$))[A-Za-z0-9._{}/-]+\.md$/,
    "Use a relative path inside the pack ending in .md, made of letters, digits, '.', '_', '-', '/' and {slug}, with no '..' segments.",
  );

export const manifestDocumentSchema = z
  .strictObject({
    id: idSchema.meta({ description: "Stable id of the document." }),
    title: z.string().min(1).meta({
      description:
        "Title shown in the pack index. {path} stands for that text of the pack's data, such as {team.manager.title}.",
    }),
    purpose: z.string().min(1).meta({ description: "One sentence: what the document is for." }),
    reviewer: z.string().min(1).optional().meta({
      description:
        "Who reviews the draft before it is used, shown in the pack index. {path} stands for that text of the pack's data, such as {team.manager.title} or {councilRoles.dataProtectionOfficer}.",
    }),
    template: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/)
      .meta({ description: "Template name: its path under documents/ without .hbs." }),
    output: outputPatternSchema.meta({ description: "Where the document is written in the pack." }),
    nations: z.array(nationSchema).min(1).default(["england", "wales"]),
    language: languageSchema.default("en").meta({ description: "Language the template is written in." }),
    translationOf: idSchema.optional().meta({
      description:
        "For a Welsh document: the id of the English document it translates. The pair is written as two files, or as one bilingual document (output.bilingualLayout), and the pack index lists the Welsh one for the translation service.",
    }),
    easyRead: z.boolean().optional().meta({
      description:
        "An Easy Read document (short sentences, everyday words, places for pictures): written in Word and HTML in 14-point text, as Easy Read guidance asks. Set it on the Welsh translation of an Easy Read document too.",
    }),
    when: z
      .record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()]))
      .default({})
      .meta({
        description:
          "Paths (dot-separated) in the pack's data (the configuration and the values derived from it) and the values they must equal.",
      }),
    each: z
      .strictObject({
        items: z.string().min(1).meta({ description: "Dot-separated path of a list in the configuration." }),
        as: z
          .string()
          .regex(/^[a-z][A-Za-z]*$/)
          .meta({ description: "Name of the item in the template." }),
        slugFrom: z.string().min(1).meta({ description: "Field of the item whose slug replaces {slug}." }),
      })
      .optional()
      .meta({ description: "Render once per item of a list." }),
  })
  .check((ctx) => {
    const doc = ctx.value;
    const hasSlug = doc.output.includes("{slug}");
    if (doc.each && !hasSlug) {
      ctx.issues.push({
        code: "custom",
        input: doc.output,
        path: ["output"],
        message: `A repeated document needs {slug} in its output path, or every item overwrites the same file.`,
      });
    }
    if (!doc.each && hasSlug) {
      ctx.issues.push({
        code: "custom",
        input: doc.output,
        path: ["output"],
        message: `{slug} is only replaced in repeated documents: add "each" or remove {slug}.`,
      });
    }
  });

export const manifestPhaseSchema = /* @__PURE__ */ z
  .strictObject({
    id: idSchema,
    name: z.string().min(1),
    startMonth: z
      .int()
      .min(0)
      .meta({ description: "Months after the programme start when the phase begins." }),
    months: z
      .int()
      .min(1)
      .optional()
      .meta({ description: "How many months the phase lasts (not needed with untilEnd or endsBefore)." }),
    summary: z.string().min(1),
    laterWaveSummary: z.string().min(1).optional().meta({
      description:
        "For a perWave phase: the summary of the second and later waves, when the phase does less there than in the first (for example HR checks the grades it set for the first wave).",
    }),
    perWave: z
      .boolean()
      .optional()
      .meta({ description: "Repeat the phase for each wave of neighbourhoods, the waves' months apart." }),
    afterWaves: z
      .boolean()
      .optional()
      .meta({ description: "Move the phase back by the time between the first and the last wave." }),
    untilEnd: z
      .boolean()
      .optional()
      .meta({ description: "Last until the end of the programme (the last end of the other phases)." }),
    endsBefore: idSchema.optional().meta({
      description:
        "End the day before the phase with this id starts (its first wave), instead of after a number of months: for work that must be done before it, such as the information governance before the first coordinator starts.",
    }),
    atSummativeReport: z.boolean().optional().meta({
      description:
        "Start when the summative evaluation reports (evaluation.summativeReportMonths, instead of startMonth); left out when the configuration gives no such month.",
    }),
  })
  .check((ctx) => {
    if (ctx.value.months === undefined && ctx.value.untilEnd !== true && ctx.value.endsBefore === undefined) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["months"],
        message: "Give the phase's months, untilEnd: true or endsBefore.",
      });
    }
    if (
      ctx.value.endsBefore !== undefined &&
      (ctx.value.months !== undefined || ctx.value.untilEnd === true)
    ) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["endsBefore"],
        message:
          "A phase with endsBefore has no months and no untilEnd: it ends the day before that phase starts.",
      });
    }
    if (ctx.value.endsBefore !== undefined && ctx.value.perWave === true) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["endsBefore"],
        message:
          "A phase repeated for each wave (perWave: true) cannot end before another phase: give its months.",
      });
    }
    if (ctx.value.laterWaveSummary !== undefined && ctx.value.perWave !== true) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["laterWaveSummary"],
        message: "Only a phase repeated for each wave (perWave: true) has a later waves' summary.",
      });
    }
  });

export const manifestSchema = z
  .strictObject({
    documents: z.array(manifestDocumentSchema).min(1),
    phases: z.array(manifestPhaseSchema).min(1),
  })
  .check((ctx) => {
    const seen = new Map<string, number>();
    ctx.value.documents.forEach((doc, index) => {
      const first = seen.get(doc.id);
      if (first !== undefined) {
        ctx.issues.push({
          code: "custom",
          input: doc.id,
          path: ["documents", index, "id"],
          message: `The document id "${doc.id}" is used twice (documents ${first} and ${index}).`,
        });
      }
      seen.set(doc.id, index);
    });
    ctx.value.phases.forEach((phase, index) => {
      if (phase.endsBefore === undefined) return;
      const next = ctx.value.phases.find((other) => other.id === phase.endsBefore);
      if (next === undefined || next.atSummativeReport === true) {
        ctx.issues.push({
          code: "custom",
          input: phase.endsBefore,
          path: ["phases", index, "endsBefore"],
          message: `The phase "${phase.id}" ends before a phase that is always in the plan, but there is no phase "${phase.endsBefore}"${next === undefined ? "" : " that is (it starts only when the summative evaluation reports)"}.`,
        });
      } else if (next.startMonth <= phase.startMonth) {
        ctx.issues.push({
          code: "custom",
          input: phase.endsBefore,
          path: ["phases", index, "endsBefore"],
          message: `The phase "${phase.id}" ends before "${next.id}", so "${next.id}" starts after it starts: give "${next.id}" a later startMonth than ${phase.startMonth}.`,
        });
      }
    });
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestInput = z.input<typeof manifestSchema>;
export type ManifestDocument = z.infer<typeof manifestDocumentSchema>;
export type ManifestPhase = z.infer<typeof manifestPhaseSchema>;

// checkedManifestOf (manifest-check.ts) checks a manifest not checked before with the schema above:
// given to it here, so that a module that renders a checked template set needs no zod.
useManifestSchema(manifestSchema);

export { checkedManifestOf } from "./manifest-check.js";
