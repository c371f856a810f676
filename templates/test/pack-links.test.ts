// The documents of a pack point to one another by Markdown links (the packLink helper), which the Word
// and HTML files rewrite to their own files, not by `.md` paths written as code, which a reader of the
// Word pack could not follow. Every link must reach a document the same pack has, whatever documents
// the council leaves out, whichever partners it lists and however its Welsh documents are laid out.
import { posix } from "node:path";
import type { CouncilConfig } from "@lac/council";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLES, example, render, withManagerAsLead } from "./examples.js";

/** The relative links of a Markdown text (web and email addresses left out), without a #fragment. */
function packLinksOf(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => target.replace(/#.*$/, ""));
}

/** Each link of the pack that reaches no document of it, as "from → target". */
function brokenLinks(config: CouncilConfig): string[] {
  const documents = render(config);
  // The index links to each document's Word and HTML files too, when the pack has them.
  const formats = config.output.formats.filter((format) => format !== "markdown");
  const paths = new Set(
    documents.flatMap((document) => [
      document.path,
      ...formats.map((format) => document.path.replace(/\.md$/, `.${format}`)),
    ]),
  );
  return documents.flatMap((document) =>
    packLinksOf(document.content)
      .filter((target) => !paths.has(posix.join(posix.dirname(document.path), target)))
      .map((target) => `${document.path} → ${target}`),
  );
}

/** Each pack path of a document written as code (`roles/team-manager.md`), which only Markdown readers can follow. */
function pathsAsCode(config: CouncilConfig): string[] {
  const documents = render(config);
  const paths = documents.map((document) => document.path);
  return documents.flatMap((document) =>
    paths
      .filter((path) => document.content.includes(`\`${path}\``))
      .map((path) => `${document.path}: ${path}`),
  );
}

const SWITCHES = ["dpia", "privacyNotice", "easyReadPrivacyNotice", "agreementForm"] as const;
const LAYOUTS = ["separate", "welsh-first", "side-by-side"] as const;

describe("links between the documents of a pack", () => {
  it.each(EXAMPLES)("%s: every link reaches a document of the pack, and the pack has links", (name) => {
    const config = example(name);
    expect(brokenLinks(config)).toEqual([]);
    const plan = render(config).find((document) => document.path === "implementation-plan.md")!;
    expect(packLinksOf(plan.content)).toContain("roles/local-area-coordinator.md");
  });

  it.each(EXAMPLES)("%s: no document names another by its Markdown path written as code", (name) => {
    expect(pathsAsCode(example(name))).toEqual([]);
  });

  it("a link from a document in a folder goes up to the pack's root (roles/ → the plan)", () => {
    // The manager's role description links to the plan when the manager is also the programme lead.
    const managerLeads = withManagerAsLead(example("brackenford"));
    const manager = render(managerLeads).find((document) => document.path === "roles/team-manager.md")!;
    expect(packLinksOf(manager.content)).toContain("../implementation-plan.md");
  });

  it.each(LAYOUTS)(
    "Cwm Teg with its Welsh documents laid out %s: every link reaches a document",
    (layout) => {
      const cwmTeg = example("cwm-teg");
      const config = { ...cwmTeg, output: { ...cwmTeg.output, bilingualLayout: layout } } as CouncilConfig;
      expect(brokenLinks(config)).toEqual([]);
    },
  );

  it("holds for any choice of documents, partners, agreement and layout (property)", () => {
    const councils = EXAMPLES.map((name) => example(name));
    fc.assert(
      fc.property(
        fc.constantFrom(...councils),
        fc.record(
          Object.fromEntries(SWITCHES.map((key) => [key, fc.boolean()])) as Record<
            (typeof SWITCHES)[number],
            fc.Arbitrary<boolean>
          >,
        ),
        fc.nat(),
        fc.constantFrom("per-partner", "multi-party"),
        fc.constantFrom(...LAYOUTS),
        (council, documents, partnerCount, sharingAgreement, layout) => {
          const config = {
            ...council,
            documents,
            partners: council.partners.slice(0, partnerCount % (council.partners.length + 1)),
            dataProtection: { ...council.dataProtection, sharingAgreement },
            output: { ...council.output, bilingualLayout: layout },
          } as CouncilConfig;
          expect(brokenLinks(config)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
