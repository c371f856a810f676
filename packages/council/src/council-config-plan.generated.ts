// Generated from the zod schema by `pnpm --filter @lac/council generate:plan`: do not edit.
// The plan the quick validator (quick-validate.ts) follows; council-config-plan.test.ts fails when
// it differs from the schema's. A part that occurs more than once is a constant of its own (P0, P1,
// …), made once and shared: the plan is only read.
import type { PlanNode } from "./council-config-plan.js";

const P0 = {
  check: "trim",
} as const;
const P1 = {
  check: "min_length",
  minimum: 1,
} as const;
const P2 = {
  check: "max_length",
  maximum: 300,
} as const;
const P3 = {
  source:
    "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
  flags: "",
} as const;
const P4 = {
  check: "pattern",
  pattern: P3,
} as const;
const P5 = {
  check: "predicate",
  name: "validUnicode",
} as const;
const P6 = [P0, P1, P2, P4, P5] as const;
const P7 = {
  type: "string",
  checks: P6,
} as const;
const P8 = {
  type: "optional",
  inner: P7,
} as const;
const P9 = {
  check: "safe_integer",
} as const;
const P10 = {
  check: "greater_than",
  value: 0,
  inclusive: false,
} as const;
const P11 = [P9, P10] as const;
const P12 = {
  type: "number",
  checks: P11,
} as const;
const P13 = {
  check: "max_length",
  maximum: 2000,
} as const;
const P14 = {
  source: "^https$",
  flags: "",
} as const;
const P15 = {
  source: "^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
  flags: "",
} as const;
const P16 = {
  check: "url",
  protocol: P14,
  hostname: P15,
  requireSlashes: false,
} as const;
const P17 = [P0, P13, P16] as const;
const P18 = {
  type: "string",
  checks: P17,
} as const;
const P19 = [] as const;
const P20 = {
  source:
    "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$",
  flags: "",
} as const;
const P21 = {
  check: "pattern",
  pattern: P20,
} as const;
const P22 = {
  source: "^(?!\\s*\\d{4}-)|^\\s*(?:20\\d\\d|2100)-",
  flags: "",
} as const;
const P23 = {
  check: "pattern",
  pattern: P22,
} as const;
const P24 = [P0, P21, P23] as const;
const P25 = {
  type: "string",
  checks: P24,
} as const;
const P26 = {
  check: "max_length",
  maximum: 254,
} as const;
const P27 = {
  source:
    "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
  flags: "",
} as const;
const P28 = {
  check: "pattern",
  pattern: P27,
} as const;
const P29 = [P0, P26, P28] as const;
const P30 = {
  type: "string",
  checks: P29,
} as const;
const P31 = {
  role: P7,
  email: P30,
  welshRole: P8,
} as const;
const P32 = {
  type: "object",
  shape: P31,
  checks: P19,
} as const;
const P33 = [P1] as const;
const P34 = {
  type: "array",
  element: P7,
  checks: P33,
} as const;
const P35 = {
  type: "boolean",
} as const;
const P36 = ["essential", "need-to-be-learnt", "desirable", "not-necessary"] as const;
const P37 = {
  type: "enum",
  values: P36,
} as const;
const P38 = {
  type: "optional",
  inner: P12,
} as const;
const P39 = [
  "council-service",
  "nhs-trust",
  "integrated-care-board",
  "primary-care",
  "housing",
  "police",
  "fire-and-rescue",
  "voluntary-and-community-sector",
  "education",
  "other",
] as const;
const P40 = {
  type: "enum",
  values: P39,
} as const;
const P41 = {
  source: "^Z[A-Z0-9][0-9]{6}$",
  flags: "",
} as const;
const P42 = {
  check: "pattern",
  pattern: P41,
} as const;
const P43 = [P0, P42] as const;
const P44 = {
  type: "string",
  checks: P43,
} as const;
const P45 = {
  type: "optional",
  inner: P44,
} as const;
const P46 = {
  role: P7,
  email: P30,
} as const;
const P47 = {
  type: "object",
  shape: P46,
  checks: P19,
} as const;
const P48 = {
  type: "optional",
  inner: P47,
} as const;
const P49 = {
  role: P8,
  email: P30,
} as const;
const P50 = {
  type: "object",
  shape: P49,
  checks: P19,
} as const;
const P51 = {
  type: "array",
  element: P7,
  checks: P19,
} as const;
const P52 = {
  type: "default",
  inner: P51,
  value: P19,
} as const;
const P53 = {
  type: "optional",
  inner: P34,
} as const;
const P54 = {
  check: "less_than",
  value: 100,
  inclusive: true,
} as const;
const P55 = ["en"] as const;
const P56 = ["markdown", "docx"] as const;
const P57 = {
  font: "Arial",
  headingColour: "#1f4e79",
} as const;
const P58 = {
  type: "default",
  inner: P35,
  value: true,
} as const;

export const COUNCIL_PLAN: PlanNode = {
  type: "object",
  shape: {
    council: {
      type: "object",
      shape: {
        name: P7,
        shortName: P7,
        welshName: P8,
        nation: {
          type: "enum",
          values: ["england", "wales"],
        },
        gssCode: {
          type: "string",
          checks: [
            P0,
            {
              check: "pattern",
              pattern: {
                source: "^(?:E06|E07|E08|E09|E10|W06)[0-9]{6}$",
                flags: "",
              },
            },
          ],
        },
        population: P12,
        website: P18,
      },
      checks: P19,
    },
    programme: {
      type: "object",
      shape: {
        name: P7,
        welshName: P8,
        startDate: P25,
        sponsor: P32,
        lead: P32,
        communityCatalystsSupport: {
          type: "default",
          inner: {
            type: "object",
            shape: {
              days: {
                type: "default",
                inner: P12,
                value: 30,
              },
              months: {
                type: "default",
                inner: P12,
                value: 12,
              },
              startDate: {
                type: "optional",
                inner: P25,
              },
            },
            checks: P19,
          },
          value: {
            days: 30,
            months: 12,
          },
        },
        budget: {
          type: "optional",
          inner: {
            type: "object",
            shape: {
              amount: {
                type: "number",
                checks: [P10],
              },
              period: P7,
              notes: P8,
            },
            checks: P19,
          },
        },
        waves: {
          type: "default",
          inner: {
            type: "object",
            shape: {
              neighbourhoodsPerWave: {
                type: "default",
                inner: P12,
                value: 4,
              },
              monthsApart: {
                type: "default",
                inner: P12,
                value: 6,
              },
            },
            checks: P19,
          },
          value: {
            neighbourhoodsPerWave: 4,
            monthsApart: 6,
          },
        },
      },
      checks: P19,
    },
    neighbourhoods: {
      type: "array",
      element: {
        type: "object",
        shape: {
          name: P7,
          welshName: P8,
          population: P12,
          places: P34,
          coordinators: {
            type: "default",
            inner: {
              type: "number",
              checks: [
                P10,
                {
                  check: "predicate",
                  name: "atMostTwoDecimals",
                },
              ],
            },
            value: 1,
          },
          rural: {
            type: "default",
            inner: P35,
            value: false,
          },
        },
        checks: P19,
      },
      checks: [
        P1,
        {
          check: "rule",
          name: "uniqueNeighbourhoods",
        },
      ],
    },
    team: {
      type: "object",
      shape: {
        coordinatorGrade: P8,
        hoursPerWeek: {
          type: "optional",
          inner: {
            type: "number",
            checks: [
              P10,
              {
                check: "less_than",
                value: 48,
                inclusive: true,
              },
            ],
          },
        },
        contract: {
          type: "default",
          inner: {
            type: "enum",
            values: ["permanent", "fixed-term", "to-be-confirmed"],
          },
          value: "to-be-confirmed",
        },
        dbsCheck: {
          type: "default",
          inner: {
            type: "enum",
            values: [
              "enhanced-with-adults-barred-list",
              "enhanced-with-both-barred-lists",
              "enhanced",
              "to-be-decided",
            ],
          },
          value: "to-be-decided",
        },
        welshLanguage: {
          type: "optional",
          inner: {
            type: "object",
            shape: {
              coordinator: P37,
              manager: P37,
              assessment: P7,
            },
            checks: P19,
          },
        },
        manager: {
          type: "object",
          shape: {
            title: P7,
            welshTitle: P8,
            span: P12,
            count: P38,
            reportsTo: P8,
            grade: P8,
          },
          checks: P19,
        },
      },
      checks: P19,
    },
    leadershipGroup: {
      type: "object",
      shape: {
        members: {
          type: "array",
          element: {
            type: "object",
            shape: {
              organisation: P7,
              sector: P40,
            },
            checks: P19,
          },
          checks: [
            P1,
            {
              check: "rule",
              name: "uniqueLeadershipMembers",
            },
          ],
        },
      },
      checks: P19,
    },
    partners: {
      type: "array",
      element: {
        type: "object",
        shape: {
          organisation: P7,
          welshName: P8,
          kind: {
            type: "enum",
            values: [
              "council",
              "council-service",
              "nhs-trust",
              "nhs-foundation-trust",
              "integrated-care-board",
              "local-health-board",
              "gp-practice",
              "police",
              "fire-and-rescue-authority",
              "housing-association",
              "charity",
              "company",
              "education",
              "other-public-authority",
            ],
          },
          councilTier: {
            type: "optional",
            inner: {
              type: "enum",
              values: ["county", "district", "unitary", "metropolitan", "london-borough", "welsh-principal"],
            },
          },
          sector: {
            type: "optional",
            inner: P40,
          },
          publicAuthority: {
            type: "optional",
            inner: P35,
          },
          legalEntity: P8,
          icoRegistrationNumber: P45,
          icoExemptReason: P8,
          contact: P48,
          dataProtectionOfficer: {
            type: "optional",
            inner: P50,
          },
          caldicottGuardian: P48,
          shares: P52,
          receives: P52,
          dataItems: {
            type: "optional",
            inner: {
              type: "object",
              shape: {
                shares: P53,
                receives: P53,
              },
              checks: P19,
            },
          },
          anonymised: {
            type: "default",
            inner: {
              type: "array",
              element: {
                type: "enum",
                values: ["shares", "receives"],
              },
              checks: [
                {
                  check: "rule",
                  name: "uniqueAnonymisedDirections",
                },
              ],
            },
            value: P19,
          },
        },
        checks: [
          {
            check: "rule",
            name: "partner",
          },
        ],
      },
      checks: [
        {
          check: "rule",
          name: "uniquePartners",
        },
      ],
    },
    dataProtection: {
      type: "object",
      shape: {
        controller: P7,
        icoRegistrationNumber: P45,
        dataProtectionOfficer: P50,
        caldicottGuardian: P48,
        retention: {
          type: "object",
          shape: {
            years: {
              type: "number",
              checks: [
                P9,
                {
                  check: "greater_than",
                  value: 1,
                  inclusive: true,
                },
                P54,
              ],
            },
            from: {
              type: "default",
              inner: P7,
              value: "the last contact with the person",
            },
            fromCy: P8,
          },
          checks: P19,
        },
        waspi: {
          type: "optional",
          inner: {
            type: "object",
            shape: {
              participant: P35,
              designatedPerson: P48,
              oneWayPartners: {
                type: "default",
                inner: {
                  type: "enum",
                  values: ["protocol", "disclosure-agreements"],
                },
                value: "protocol",
              },
            },
            checks: P19,
          },
        },
        privacyNoticeUrl: P18,
        privacyNoticeUrlCy: {
          type: "optional",
          inner: P18,
        },
        sharingAgreement: {
          type: "default",
          inner: {
            type: "enum",
            values: ["per-partner", "multi-party"],
          },
          value: "per-partner",
        },
        specialCategoryCondition: {
          type: "default",
          inner: {
            type: "enum",
            values: ["statutory-purposes", "health-or-social-care"],
          },
          value: "statutory-purposes",
        },
        smallNumberThreshold: {
          type: "default",
          inner: {
            type: "number",
            checks: [
              P9,
              {
                check: "greater_than",
                value: 2,
                inclusive: true,
              },
              P54,
            ],
          },
          value: 10,
        },
      },
      checks: P19,
    },
    evaluation: {
      type: "optional",
      inner: {
        type: "object",
        shape: {
          approach: P7,
          partner: P8,
          summativeReportMonths: P38,
        },
        checks: P19,
      },
    },
    output: {
      type: "default",
      inner: {
        type: "object",
        shape: {
          languages: {
            type: "default",
            inner: {
              type: "array",
              element: {
                type: "enum",
                values: ["en", "cy"],
              },
              checks: [
                P1,
                {
                  check: "rule",
                  name: "uniqueLanguages",
                },
              ],
            },
            value: P55,
          },
          bilingualLayout: {
            type: "default",
            inner: {
              type: "enum",
              values: ["separate", "welsh-first", "side-by-side"],
            },
            value: "separate",
          },
          welshAlso: {
            type: "default",
            inner: {
              type: "array",
              element: {
                type: "string",
                checks: [
                  {
                    check: "pattern",
                    pattern: {
                      source: "^[a-z0-9]+(-[a-z0-9]+)*$",
                      flags: "",
                    },
                  },
                ],
              },
              checks: [
                {
                  check: "rule",
                  name: "uniqueWelshAlso",
                },
              ],
            },
            value: P19,
          },
          formats: {
            type: "default",
            inner: {
              type: "array",
              element: {
                type: "enum",
                values: ["markdown", "docx", "html"],
              },
              checks: [
                P1,
                {
                  check: "rule",
                  name: "uniqueFormats",
                },
                {
                  check: "predicate",
                  name: "includesMarkdown",
                },
              ],
            },
            value: P56,
          },
          style: {
            type: "default",
            inner: {
              type: "object",
              shape: {
                font: {
                  type: "default",
                  inner: {
                    type: "string",
                    checks: [
                      {
                        check: "pattern",
                        pattern: {
                          source: "^[A-Za-z0-9][A-Za-z0-9 -]{0,62}$",
                          flags: "",
                        },
                      },
                    ],
                  },
                  value: "Arial",
                },
                headingColour: {
                  type: "default",
                  inner: {
                    type: "string",
                    checks: [
                      {
                        check: "pattern",
                        pattern: {
                          source: "^#[0-9A-Fa-f]{6}$",
                          flags: "",
                        },
                      },
                      {
                        check: "predicate",
                        name: "readableOnWhite",
                      },
                    ],
                  },
                  value: "#1f4e79",
                },
                logo: {
                  type: "optional",
                  inner: {
                    type: "string",
                    checks: P33,
                  },
                },
              },
              checks: P19,
            },
            value: P57,
          },
        },
        checks: P19,
      },
      value: {
        languages: P55,
        bilingualLayout: "separate",
        welshAlso: P19,
        formats: P56,
        style: P57,
      },
    },
    documents: {
      type: "default",
      inner: {
        type: "object",
        shape: {
          dpia: P58,
          privacyNotice: P58,
          easyReadPrivacyNotice: P58,
          agreementForm: P58,
        },
        checks: P19,
      },
      value: {
        dpia: true,
        privacyNotice: true,
        easyReadPrivacyNotice: true,
        agreementForm: true,
      },
    },
    templates: {
      type: "optional",
      inner: {
        type: "string",
        checks: [
          {
            check: "rule",
            name: "templatesFolder",
          },
        ],
      },
    },
  },
  checks: [
    {
      check: "rule",
      name: "gssCodeMatchesNation",
    },
    {
      check: "rule",
      name: "waspiForNation",
    },
    {
      check: "rule",
      name: "councilSpecialCategoryCondition",
    },
    {
      check: "rule",
      name: "welshOutputForNation",
    },
    {
      check: "rule",
      name: "welshOnlyFieldsForNation",
    },
    {
      check: "rule",
      name: "managerReportingLine",
    },
  ],
};
