import { deepFreeze } from "./deep-freeze.js";

/**
 * The section structure of each data-sharing document. Templates write their headings from it and
 * refer to other sections through it ("section {{s.lawfulBasis.number}}"), so a cross-reference can never
 * point at the wrong section or the wrong way.
 */
export interface DocumentSection {
  readonly id: string;
  /** 1-based; absent for an unnumbered part such as a schedule or an annex. */
  readonly number?: number;
  readonly title: string;
  /** The heading text: "5. Lawful basis", or the title alone. */
  readonly heading: string;
  /** How running text refers to it: "section 5", or "the schedule". */
  readonly ref: string;
}

type Outline = readonly (
  readonly [id: string, title: string] | readonly [id: string, title: string, ref: string]
)[];

// Plain indexed loops, without destructuring or Object.fromEntries: these tables are made each time lac
// starts, and lac runs with V8's optimising compilers off, where each destructured entry allocates.
function sections(outline: Outline): Readonly<Record<string, DocumentSection>> {
  const result: Record<string, DocumentSection> = {};
  let number = 0;
  for (let index = 0; index < outline.length; index += 1) {
    const entry = outline[index]!;
    const id = entry[0];
    const title = entry[1];
    const ref = (entry as readonly string[])[2];
    if (ref !== undefined) {
      result[id] = { id, title, heading: title, ref };
    } else {
      number += 1;
      result[id] = { id, number, title, heading: `${number}. ${title}`, ref: `section ${number}` };
    }
  }
  return result;
}

/** ICO data sharing code headings, then the Annex B record (one partner, or every partner). */
const icoAgreement: Outline = [
  ["purpose", "Purpose of the data sharing"],
  ["organisations", "The organisations involved"],
  // The ICO code asks "are we sharing along with another controller (joint controllers)?"; the answer
  // here is "separate controllers", so the section is named for the relationship, not for Art 26.
  ["controllerRelationship", "Controller relationship"],
  ["dataItems", "What data items are shared"],
  ["lawfulBasis", "Lawful basis"],
  ["specialCategory", "Special category and criminal offence data"],
  ["agreement", "The person's agreement, and exceptions"],
  ["rights", "Access and individual rights"],
  ["governance", "Information governance"],
  ["dpia", "Data protection impact assessment"],
  ["signOff", "Decision and sign-off"],
  ["annexB", "Annex: ICO Annex B request and decision record", "the annex"],
];

/** WASPI Information Sharing Protocol: the sections of published WASPI ISPs, with WASPI's required content. */
const waspiProtocol: Outline = [
  ["introduction", "Introduction to this protocol"],
  ["partners", "Partner organisations"],
  ["obligations", "Organisational and practitioner obligations"],
  ["benefits", "Benefits of sharing"],
  ["lawfulBasis", "Lawful basis"],
  ["information", "Personal information shared"],
  ["operational", "Operational procedures"],
  ["identifying", "Identifying the service user"],
  ["informing", "Informing the service user"],
  ["practitioners", "Communication with practitioners"],
  ["security", "Information security"],
  ["records", "Records management"],
  ["requests", "Data protection and freedom of information requests"],
  ["complaints", "Complaints"],
  ["qualityAssurance", "Quality assurance before publication"],
  ["review", "Review"],
  ["signOff", "Sign-off"],
  ["glossary", "Appendix A: Glossary", "Appendix A"],
  ["referenceTable", "Appendix B: Information reference table", "Appendix B"],
];

/** WASPI Data Disclosure Agreement: a one-way disclosure from one controller to another. */
const waspiDisclosure: Outline = [
  ["introduction", "About this agreement"],
  ["purpose", "Purpose of the disclosure"],
  ["partners", "Parties"],
  ["lawfulBasis", "Lawful basis"],
  ["information", "Data to be disclosed"],
  ["operational", "Operational procedures and communication with practitioners"],
  ["obligations", "Organisational and practitioner obligations"],
  ["security", "Information security and records management"],
  ["rights", "Data subjects' rights"],
  ["breaches", "Breaches and complaints"],
  ["qualityAssurance", "Quality assurance before publication"],
  ["review", "Review"],
  ["signOff", "Signature"],
];

/**
 * Another name for a section, so that a partial shared by several documents can refer to
 * `s.specialCategory` or `s.agreement` whichever section holds that content in this document.
 */
function withAliases(
  outline: Readonly<Record<string, DocumentSection>>,
  aliases: Readonly<Record<string, string>>,
): Readonly<Record<string, DocumentSection>> {
  const result: Record<string, DocumentSection> = { ...outline };
  const names = Object.keys(aliases);
  for (let index = 0; index < names.length; index += 1) {
    const alias = names[index]!;
    const id = aliases[alias]!;
    const section = outline[id];
    if (section === undefined) throw new Error(`No section "${id}" for the alias "${alias}"`);
    result[alias] = section;
  }
  return result;
}

/** `jointControllers`: the earlier id of the controller relationship section, kept for own templates. */
const icoAliases = { jointControllers: "controllerRelationship" } as const;

export const documentSections = /* @__PURE__ */ deepFreeze({
  agreement: withAliases(sections(icoAgreement), icoAliases),
  multiParty: withAliases(
    sections([...icoAgreement, ["schedule", "Schedule: the parties", "the schedule"]]),
    icoAliases,
  ),
  protocol: withAliases(sections(waspiProtocol), { specialCategory: "lawfulBasis", agreement: "informing" }),
  disclosure: withAliases(sections(waspiDisclosure), {
    specialCategory: "lawfulBasis",
    agreement: "operational",
  }),
} as const);
