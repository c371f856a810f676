// The plan, the role descriptions and the panel guide point to sections by number ("section 8", "adran 8") and to
// other documents by name: every such reference must lead to a section about what it says, or a document in the pack.
import { describe, expect, it } from "vitest";
import type { RenderedDocument } from "@lac/documents";
import type { CouncilConfig } from "@lac/council";
import { EXAMPLES, example, render, withManagerAsLead } from "./examples.js";

/** The example councils, and variants that reach the templates' other branches. */
function packs(): [string, CouncilConfig][] {
  const cwmTeg = example("cwm-teg");
  const brackenford = example("brackenford");
  const stanmoor = example("stanmoor");
  return [
    ...EXAMPLES.map((name): [string, CouncilConfig] => [name, example(name)]),
    ["cwm-teg without partners", { ...cwmTeg, partners: [] }],
    [
      "cwm-teg, every flow one way",
      { ...cwmTeg, partners: cwmTeg.partners.map((partner) => ({ ...partner, receives: [] })) },
    ],
    [
      "cwm-teg, one partner receiving only",
      {
        ...cwmTeg,
        partners: cwmTeg.partners.map((partner, index) =>
          index === 1
            ? { ...partner, shares: [], receives: ["whether an introduction was taken up"] }
            : partner,
        ),
      },
    ],
    ["brackenford, its manager the programme lead", withManagerAsLead(brackenford)],
    ["stanmoor, a manager the programme lead", withManagerAsLead(stanmoor)],
  ];
}

/** The documents that refer to sections: the plan, the role descriptions and the panel guide, English and Welsh. */
const REFERRING = /^(implementation-plan|roles\/[^/]+?)(\.cy)?\.md$/u;

/** A section of an Act ("section 60 of the Equality Act 2010", "Deddf Cydraddoldeb 2010 adran 20 ac Atodlen 8"). */
function ofAnAct(before: string, after: string): boolean {
  return /\b(19|20)\d\d\s$/u.test(before) || /^\s(of|o|and Schedule|ac Atodlen)\s/u.test(after);
}

/**
 * What a reference says its section is about (read in the words just before or after it) and the words that
 * section's heading must have. Every reference must match one: add a line when a template adds a reference.
 */
const TOPICS: readonly { readonly words: RegExp; readonly heading: RegExp }[] = [
  { words: /Welsh language (skills|categor)/u, heading: /^The team$/u },
  { words: /job evaluation \($/u, heading: /^Phases and timeline$/u },
  { words: /neighbourhoods (of|are those of) $/u, heading: /^Neighbourhoods$/u },
  { words: /own evaluation \($/u, heading: /^Evaluation$/u },
  { words: /community recruitment \($/u, heading: /^The team$/u },
  { words: /under WASPI, as $/u, heading: /^Information sharing/u },
  { words: /the rules of $/u, heading: /^Information sharing/u },
  {
    words: /(agreement(\]\([^)]*\))?|before (it is|they are) used|the sharing is agreed) \($/u,
    heading: /^Information sharing/u,
  },
  {
    words: /(phase of the timeline|implementation plan\]\(implementation-plan\.md\)) \($/u,
    heading: /^Phases and timeline$/u,
  },
  { words: /(also covers a neighbourhood|hefyd yn gwasanaethu cymdogaeth)/u, heading: /^The team$/u },
];

/** The numbered sections of a document ("## 8. The team"), by number. */
function sections(content: string): Map<number, string> {
  return new Map([...content.matchAll(/^## (\d+)\. (.+)$/gmu)].map((m) => [Number(m[1]), m[2]!.trim()]));
}

/** The sentence around an index: the text before it back to the sentence's start, and after it to the end. */
function sentenceAround(content: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(
    content.lastIndexOf(". ", start),
    content.lastIndexOf("\n", start),
    content.lastIndexOf("| ", start),
  );
  const stops = [". ", "\n", " |"].map((stop) => content.indexOf(stop, end)).filter((at) => at >= 0);
  return {
    before: content.slice(from + 1, start),
    after: content.slice(end, Math.min(...stops, content.length)),
  };
}

interface Reference {
  readonly council: string;
  readonly document: string;
  readonly target: string;
  readonly number: number;
  readonly before: string;
  readonly after: string;
}

function references(council: string, pack: readonly RenderedDocument[]): Reference[] {
  const found: Reference[] = [];
  for (const document of pack.filter((d) => REFERRING.test(d.path))) {
    for (const match of document.content.matchAll(/\b(?:section|adran) (\d+)\b/giu)) {
      const start = match.index;
      const end = start + match[0].length;
      const { before, after } = sentenceAround(document.content, start, end);
      if (ofAnAct(before, after)) continue;
      // "the [implementation plan](../implementation-plan.md) (section 8)" points into the plan; otherwise its own.
      const target = /implementation-plan\.md\) \($/u.test(before) ? "implementation-plan.md" : document.path;
      found.push({ council, document: document.path, target, number: Number(match[1]), before, after });
    }
  }
  return found;
}

describe.each(packs())("%s: references to sections", (council, config) => {
  const pack = render(config);
  const found = references(council, pack);

  it("finds the references it reads (the plan has some)", () => {
    expect(
      found.filter((reference) => reference.document === "implementation-plan.md").length,
    ).toBeGreaterThan(0);
  });

  it("leads every reference to a section of that number whose heading fits what the reference says", () => {
    const wrong: string[] = [];
    for (const reference of found) {
      const target = pack.find((document) => document.path === reference.target)!;
      const heading = sections(target.content).get(reference.number);
      const topic = TOPICS.find(
        ({ words }) => words.test(reference.before) || words.test(reference.after.slice(0, 120)),
      );
      const where = `${reference.document}: "…${reference.before.slice(-60)}[${reference.number}]${reference.after.slice(0, 40)}…"`;
      if (heading === undefined)
        wrong.push(`${where}: ${reference.target} has no section ${reference.number}`);
      else if (topic === undefined) wrong.push(`${where}: no line in TOPICS says what it is about`);
      else if (!topic.heading.test(heading))
        wrong.push(`${where}: section ${reference.number} is "${heading}"`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Names of documents as the text gives them, and the paths of the pack's documents they name. */
const NAMES: readonly { readonly name: RegExp; readonly path: RegExp }[] = [
  {
    name: /\bpanel guide\b|canllaw'r panel recriwtio/iu,
    path: /^roles\/community-recruitment-panel-guide\./u,
  },
  { name: /\bDPIA\b/u, path: /^data-protection\/dpia\./u },
  { name: /\bthe privacy notice\b/u, path: /^data-protection\/privacy-notice\./u },
  { name: /agreement-to-share (record )?form/iu, path: /^data-protection\/agreement-to-share-form\./u },
  {
    name: /Information Sharing Protocol (in|and the Data Disclosure Agreements in) this pack/u,
    path: /^data-sharing\/information-sharing-protocol\./u,
  },
  {
    name: /Data Disclosure Agreements in this pack|Data Disclosure Agreement with each partner/u,
    path: /^data-sharing\/(?!information-sharing-protocol|internal|aggregate)/u,
  },
  {
    name: /data-sharing agreement with each partner/u,
    path: /^data-sharing\/(?!information-sharing-protocol|internal|aggregate|multi-party)/u,
  },
  {
    name: /multi-party data-sharing agreement/u,
    path: /^data-sharing\/multi-party-data-sharing-agreement\./u,
  },
  { name: /internal information-sharing note/u, path: /^data-sharing\/internal-information-sharing-note\./u },
  { name: /aggregate-data note/u, path: /^data-sharing\/aggregate-data-note\./u },
  { name: /manager's role description/u, path: /^roles\/team-manager\./u },
  { name: /coordinator's role description/u, path: /^roles\/local-area-coordinator\./u },
  { name: /implementation plan|cynllun gweithredu/iu, path: /^implementation-plan\./u },
];

describe.each(packs())("%s: references to other documents", (_council, config) => {
  const pack = render(config);

  it("names only documents that the pack has", () => {
    const missing: string[] = [];
    for (const document of pack.filter((d) => REFERRING.test(d.path))) {
      const text = document.content.replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1");
      for (const { name, path } of NAMES) {
        const named = text.match(name);
        if (named && !pack.some((other) => path.test(other.path)))
          missing.push(`${document.path}: "${named[0]}"`);
      }
    }
    expect(missing).toEqual([]);
  });
});
