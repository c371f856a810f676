/**
 * Legal gateways: the powers and duties to share or co-operate that a public authority may cite as its
 * "legal power for sharing" (ICO Annex B). They are not an Art 6 or Art 9 basis on their own. Source:
 * shared reference `pack-law-and-practice.md` §4, which gives the legislation.gov.uk address of each and
 * how far its text was checked (`verified`; `summary` when only a summary or an older text was read;
 * `unverified` when the toolkit could not read the provision at all, so its section must be found).
 */

import { deepFreeze } from "./deep-freeze.js";

export type GatewayExtent = "england" | "wales" | "england-and-wales";

export type GatewayStatus = "verified" | "summary" | "unverified";

export interface Gateway {
  readonly id: GatewayId;
  readonly citation: string;
  /** What it allows or requires, in one sentence. */
  readonly summary: string;
  readonly extent: GatewayExtent;
  /**
   * `verified`: the text was read; `summary`: only a summary or the predecessor's text was read;
   * `unverified`: not read at all: the document asks the party to find and confirm the provision.
   */
  readonly status: GatewayStatus;
  readonly source: string;
}

export const GATEWAY_IDS = /* @__PURE__ */ deepFreeze([
  "localism-act-2011-s1",
  "lgewa-2021-s24",
  "care-act-2014-ss1-2",
  "care-act-2014-s6",
  "care-act-2014-s7",
  "nhs-act-2006-s82",
  "hsca-2012-s251b",
  "crime-and-disorder-act-1998-s115",
  "fire-and-rescue-services-act-2004-s6",
  "sswba-2014-s15",
  "sswba-2014-s162",
  "sswba-2014-ss166-168",
  "children-act-2004-s10",
  "children-act-2004-s25",
] as const);

export type GatewayId = (typeof GATEWAY_IDS)[number];

export const GATEWAYS: Readonly<Record<GatewayId, Gateway>> = /* @__PURE__ */ deepFreeze({
  "localism-act-2011-s1": {
    id: "localism-act-2011-s1",
    citation: "Localism Act 2011 s.1",
    summary:
      "The general power of competence: a local authority may do anything that individuals generally may do, within the boundaries of s.2 and the limits on charging and on doing things for a commercial purpose of ss.3–4 (s.1(4)).",
    extent: "england",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2011/20/part/1/chapter/1",
  },
  "lgewa-2021-s24": {
    id: "lgewa-2021-s24",
    citation: "Local Government and Elections (Wales) Act 2021 s.24",
    summary:
      "The general power of competence of a principal council: it may do anything that individuals generally may do, within the limits of ss.25–27.",
    extent: "wales",
    status: "verified",
    source: "https://www.legislation.gov.uk/asc/2021/1/part/2",
  },
  "care-act-2014-ss1-2": {
    id: "care-act-2014-ss1-2",
    citation: "Care Act 2014 ss.1–2",
    summary:
      "The council's duty to promote an individual's well-being (s.1) and to prevent, delay or reduce needs for care and support, having regard to local resources (s.2).",
    extent: "england",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2014/23/part/1",
  },
  "care-act-2014-s6": {
    id: "care-act-2014-s6",
    citation: "Care Act 2014 s.6",
    summary:
      "The duty of the council and its relevant partners (including district councils, NHS bodies and the police) to co-operate on adult care and support, and of the council to co-operate with others such as private registered providers of social housing.",
    extent: "england",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2014/23/section/6/enacted",
  },
  // Read in December 2026 on the revised text of legislation.gov.uk (ukpga/2014/23, as carried by the
  // Open Government Licence copy in the public repository legalize-dev/legalize-uk, uk/ukpga-2014-23.md):
  // s.7(1) "Where a local authority requests the co-operation of a relevant partner, or of a local
  // authority which is not one of its relevant partners, in the exercise of a function under this Part in
  // the case of an individual with needs for care and support or in the case of a carer, a carer of a
  // child or a young carer, the partner or authority must comply with the request unless it considers that
  // doing so— (a) would be incompatible with its own duties, or (b) would otherwise have an adverse effect
  // on the exercise of its functions"; s.7(2) the same the other way round (a partner's request to the
  // council); s.7(3) "A person who decides not to comply with a request under subsection (1) or (2) must
  // give the person who made the request written reasons for the decision."
  "care-act-2014-s7": {
    id: "care-act-2014-s7",
    citation: "Care Act 2014 s.7",
    summary:
      "Co-operation in an individual's case: a relevant partner (or another council) asked by the council to co-operate must do so, and the council must do so when a relevant partner or another council asks, unless it considers that doing so would be incompatible with its own duties or would otherwise have an adverse effect on the exercise of its functions; a refusal must be given with written reasons.",
    extent: "england",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2014/23/section/7",
  },
  // Read in December 2026. s.82(1), on the revised text of legislation.gov.uk (ukpga/2006/41, as carried
  // by the Open Government Licence copy in the public repository legalize-dev/legalize-uk,
  // uk/ukpga-2006-41.md, a revision that has s.82 as this one sentence): "In exercising their respective
  // functions NHS bodies (on the one hand) and local authorities (on the other) must co-operate with one
  // another in order to secure and advance the health and welfare of the people of England and Wales."
  // Subsections (2) to (4) were inserted by the Health and Care Act 2022 s.75(3) (read in the same
  // repository, uk/ukpga-2022-31.md; not read in a consolidated text of s.82): "(2) The Secretary of
  // State may publish guidance on the discharge of the duty under this section in relation to England.
  // (3) The following must have regard to any guidance published under subsection (2)— (a) an NHS body
  // other than a Welsh NHS body; (b) a local authority in England. (4) In this section "Welsh NHS body"
  // means— (a) an NHS trust established under the National Health Service (Wales) Act 2006, (b) a
  // Special Health Authority established under that Act, or (c) a Local Health Board."
  // The duty is not England only: "NHS body" includes a Local Health Board and "local authority" a county
  // borough council (s.275(1)). The National Health Service (Wales) Act
  // 2006 has no co-operation duty of its own: its Part 3, "Local authorities and the NHS", is ss.32–40
  // (supply of services, arrangements, payments, Care Trusts, directed partnerships, supply of goods and
  // services; s.40 repealed), read on the same copy (uk/ukpga-2006-42.md).
  "nhs-act-2006-s82": {
    id: "nhs-act-2006-s82",
    citation: "National Health Service Act 2006 s.82",
    summary:
      "NHS bodies (including local health boards and NHS trusts in Wales) and local authorities must co-operate with one another in exercising their functions, to secure and advance the health and welfare of the people of England and Wales; the Secretary of State's guidance on the duty in England is for NHS bodies other than Welsh NHS bodies, and for local authorities in England, which must have regard to it.",
    extent: "england-and-wales",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2006/41/section/82",
  },
  // s.251B read in review 38 in the words that insert it, Health and Social Care (Safety and Quality) Act
  // 2015 s.3 (OGL copy of legislation.gov.uk in legalize-dev/legalize-uk, uk/ukpga-2015-28.md, revision of
  // 25 June 2015; that repository's HSCA 2012 copy is a 2013 revision without it): (2) "The relevant person
  // must ensure that the information is disclosed to— (a) persons working for the relevant person, and
  // (b) any other relevant health or adult social care commissioner or provider with whom the relevant
  // person communicates about the individual"; (3) only so far as the disclosure is "(a) likely to
  // facilitate the provision to the individual of health services or adult social care in England, and
  // (b) in the individual's best interests"; (4)(a) it need not be done if "the individual objects, or
  // would be likely to object"; (5) it permits nothing inconsistent with data protection law or "a common
  // law duty of care or confidence" (as inserted, "the Data Protection Act 1998"; its amendment for the
  // 2018 Act not read). s.251C(5): "directly (rather than by means of a clinical trial, a study, an audit,
  // or any other indirect means)", hence direct care only.
  "hsca-2012-s251b": {
    id: "hsca-2012-s251b",
    citation: "Health and Social Care Act 2012 s.251B",
    summary:
      "The duty of health and adult social care commissioners and providers to share information about an individual where that is likely to facilitate the provision of health services or adult social care to them and is in their best interests; it need not be done if the person objects, or would be likely to object. Only for flows that are direct care.",
    extent: "england",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2015/28/notes/division/4/3",
  },
  // Read in December 2026 on the revised text of legislation.gov.uk (ukpga/1998/37, as carried by
  // the Open Government Licence copy in the public repository legalize-dev/legalize-uk,
  // uk/ukpga-1998-37.md): s.115(1) "Any person who, apart from this subsection, would not have power to
  // disclose information— (a) to a relevant authority; or (b) to a person acting on behalf of such an
  // authority, shall have power to do so in any case where the disclosure is necessary or expedient for
  // the purposes of any provision of this Act." The relevant authorities of s.115(2) now include the chief
  // officer of police, the local policing body, county, district, London borough, parish and Welsh county,
  // county borough and community councils, non-profit registered providers of social housing, providers
  // of probation services, a Local Health Board, NHS England, an integrated care board, the London Fire
  // Commissioner and fire and rescue authorities (s.115(2)(h) to (j), read again in December 2026). The disclosure must serve a provision of the Act, which the party names: "such as
  // reducing crime and disorder" named none. The example is s.17, read in December 2026 on
  // legislation.gov.uk (ukpga/1998/37/part/I/chapter/I/crossheading/miscellaneous-and-supplemental):
  // s.17(1) "it shall be the duty of each authority to which this section applies to exercise its various
  // functions with due regard to the likely effect of the exercise of those functions on, and the need to
  // do all that it reasonably can to prevent, (a) crime and disorder in its area (including anti-social
  // and other behaviour adversely affecting the local environment); and (b) the misuse of drugs, alcohol
  // and other substances in its area; and (c) re-offending in its area; and (d) serious violence in its
  // area"; s.17(2) applies it to, among others, a local authority (Local Government Act 1972 s.270(1)),
  // the London Fire Commissioner, fire and rescue authorities and a local policing body.
  "crime-and-disorder-act-1998-s115": {
    id: "crime-and-disorder-act-1998-s115",
    citation: "Crime and Disorder Act 1998 s.115",
    summary:
      "A power (not a duty) to disclose information to a relevant authority, such as a chief officer of police or a local authority, where the disclosure is necessary or expedient for the purposes of any provision of the Act; the party names that provision, for example the duty of each authority to which s.17 applies (among them councils, fire and rescue authorities and local policing bodies) to exercise its functions with due regard to the likely effect on, and the need to do all that it reasonably can to prevent, crime and disorder, the misuse of drugs, alcohol and other substances, re-offending and serious violence in its area (s.17).",
    extent: "england-and-wales",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/1998/37/section/115",
  },
  "fire-and-rescue-services-act-2004-s6": {
    id: "fire-and-rescue-services-act-2004-s6",
    citation: "Fire and Rescue Services Act 2004 s.6",
    summary: "The fire and rescue authority's duty to promote fire safety in its area.",
    extent: "england-and-wales",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2004/21/part/2",
  },
  "sswba-2014-s15": {
    id: "sswba-2014-s15",
    citation: "Social Services and Well-being (Wales) Act 2014 s.15",
    summary:
      "The council's duty to provide or arrange preventative services, to prevent or delay needs for care and support, among other purposes; local health boards have a parallel duty.",
    extent: "wales",
    status: "verified",
    source: "https://law.gov.wales/general-and-strategic-duties",
  },
  "sswba-2014-s162": {
    id: "sswba-2014-s162",
    citation: "Social Services and Well-being (Wales) Act 2014 s.162",
    summary:
      "The council's arrangements to promote co-operation with its relevant partners (including the local health board, NHS trusts and the police) on adults with needs for care and support and carers; relevant partners may share information with one another.",
    extent: "wales",
    status: "verified",
    source: "https://www.legislation.gov.uk/anaw/2014/4/part/9/crossheading/cooperation",
  },
  // Still `summary`: s.166 and s.168 were not retrieved. Read: the recital of the Partnership Arrangements
  // (Wales) Regulations 2015 (made under ss.166(1)(b), (2)–(5), 167(3) and 168(1)–(2); regs 2–8 name the
  // councils and local health board of each region, which must make partnership arrangements and set up
  // a regional partnership board to direct them), and s.167 as enacted: a council and a local health board
  // may pay towards partnership arrangements made under regulations under s.166, directly or into a pooled
  // fund, and may provide staff, goods, services, accommodation or other resources for them
  // (https://legislation.gov.uk/anaw/2014/4/section/167/enacted/data.html).
  "sswba-2014-ss166-168": {
    id: "sswba-2014-ss166-168",
    citation: "Social Services and Well-being (Wales) Act 2014 ss.166–168",
    summary:
      "Partnership arrangements between councils and local health boards, made under regulations (the Partnership Arrangements (Wales) Regulations 2015, which also set up regional partnership boards to direct them); the council and the local health board may pay towards them, directly or into a pooled fund, and provide staff, goods, services, accommodation or other resources for them (s.167).",
    extent: "wales",
    status: "summary",
    source: "https://www.legislation.gov.uk/wsi/2015/1989/made",
  },
  // Local Area Coordination walks alongside children and families as well as adults, and the adults'
  // co-operation duties (Care Act 2014 s.6, SSWBA 2014 s.162) do not cover children. Subsections (1)
  // to (4)(d) read on the current text; the relevant partners' duty to co-operate is subsection (5)
  // (explanatory notes, paragraph 61). The health bodies in the current (4)(da) onwards were not read,
  // so no NHS body in England is offered this gateway.
  "children-act-2004-s10": {
    id: "children-act-2004-s10",
    citation: "Children Act 2004 s.10",
    summary:
      "The arrangements of a council with children's services (a county or single-tier council) to promote co-operation with its relevant partners (including, for a county council, the district councils in its area, and the police) and others who work with children in its area, to improve the well-being of children in its area; its relevant partners must co-operate with it.",
    extent: "england",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2004/31/section/10",
  },
  // As amended by SSWBA 2014 s.163. Subsections (1) to (3) read on the current text; the relevant
  // partners of (4) (the police, a local health board, an NHS trust providing services in the area,
  // and, by s.163, another Welsh council that agrees) on the 2008 text and the s.163 amendments; the
  // relevant partners' duty to co-operate is subsection (5) (explanatory notes, paragraph 134).
  "children-act-2004-s25": {
    id: "children-act-2004-s25",
    citation: "Children Act 2004 s.25",
    summary:
      "The council's arrangements to promote co-operation with its relevant partners (including the local health board, NHS trusts providing services in its area, the police and another Welsh council that agrees to co-operate) and others who work with children in its area, to improve the well-being of children in its area, in particular those with needs for care and support, and to protect children experiencing or at risk of abuse, neglect or other harm; its relevant partners must co-operate with it.",
    extent: "wales",
    status: "verified",
    source: "https://www.legislation.gov.uk/ukpga/2004/31/section/25",
  },
});

/** Whether a gateway's law runs in a nation. */
export function gatewayAppliesIn(gateway: Gateway, nation: "england" | "wales"): boolean {
  return gateway.extent === "england-and-wales" || gateway.extent === nation;
}
