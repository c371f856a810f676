// Generated from the zod schema by `pnpm --filter @lac/council generate:plan`: do not edit.
// The plan the quick validator (quick-validate.ts) follows; council-config-plan.test.ts fails when
// it differs from the schema's.
import type { PlanNode } from "./council-config-plan.js";

export const COUNCIL_PLAN: PlanNode = {
  type: "object",
  shape: {
    council: {
      type: "object",
      shape: {
        name: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "min_length",
              minimum: 1,
            },
            {
              check: "max_length",
              maximum: 300,
            },
            {
              check: "pattern",
              pattern: {
                source:
                  "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                flags: "",
              },
            },
            {
              check: "predicate",
              name: "validUnicode",
            },
          ],
        },
        shortName: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "min_length",
              minimum: 1,
            },
            {
              check: "max_length",
              maximum: 300,
            },
            {
              check: "pattern",
              pattern: {
                source:
                  "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                flags: "",
              },
            },
            {
              check: "predicate",
              name: "validUnicode",
            },
          ],
        },
        welshName: {
          type: "optional",
          inner: {
            type: "string",
            checks: [
              {
                check: "trim",
              },
              {
                check: "min_length",
                minimum: 1,
              },
              {
                check: "max_length",
                maximum: 300,
              },
              {
                check: "pattern",
                pattern: {
                  source:
                    "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                  flags: "",
                },
              },
              {
                check: "predicate",
                name: "validUnicode",
              },
            ],
          },
        },
        nation: {
          type: "enum",
          values: ["england", "wales"],
        },
        gssCode: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "pattern",
              pattern: {
                source: "^(?:E06|E07|E08|E09|E10|W06)[0-9]{6}$",
                flags: "",
              },
            },
          ],
        },
        population: {
          type: "number",
          checks: [
            {
              check: "safe_integer",
            },
            {
              check: "greater_than",
              value: 0,
              inclusive: false,
            },
          ],
        },
        website: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "max_length",
              maximum: 2000,
            },
            {
              check: "url",
              protocol: {
                source: "^https$",
                flags: "",
              },
              hostname: {
                source: "^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
                flags: "",
              },
              requireSlashes: false,
            },
          ],
        },
      },
      checks: [],
    },
    programme: {
      type: "object",
      shape: {
        name: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "min_length",
              minimum: 1,
            },
            {
              check: "max_length",
              maximum: 300,
            },
            {
              check: "pattern",
              pattern: {
                source:
                  "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                flags: "",
              },
            },
            {
              check: "predicate",
              name: "validUnicode",
            },
          ],
        },
        startDate: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "pattern",
              pattern: {
                source:
                  "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$",
                flags: "",
              },
            },
            {
              check: "pattern",
              pattern: {
                source: "^(?!\\s*\\d{4}-)|^\\s*(?:20\\d\\d|2100)-",
                flags: "",
              },
            },
          ],
        },
        sponsor: {
          type: "object",
          shape: {
            role: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
            email: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "max_length",
                  maximum: 254,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                    flags: "",
                  },
                },
              ],
            },
          },
          checks: [],
        },
        lead: {
          type: "object",
          shape: {
            role: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
            email: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "max_length",
                  maximum: 254,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                    flags: "",
                  },
                },
              ],
            },
          },
          checks: [],
        },
        communityCatalystsSupport: {
          type: "default",
          inner: {
            type: "object",
            shape: {
              days: {
                type: "default",
                inner: {
                  type: "number",
                  checks: [
                    {
                      check: "safe_integer",
                    },
                    {
                      check: "greater_than",
                      value: 0,
                      inclusive: false,
                    },
                  ],
                },
                value: 30,
              },
              months: {
                type: "default",
                inner: {
                  type: "number",
                  checks: [
                    {
                      check: "safe_integer",
                    },
                    {
                      check: "greater_than",
                      value: 0,
                      inclusive: false,
                    },
                  ],
                },
                value: 12,
              },
            },
            checks: [],
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
                checks: [
                  {
                    check: "greater_than",
                    value: 0,
                    inclusive: false,
                  },
                ],
              },
              period: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
              notes: {
                type: "optional",
                inner: {
                  type: "string",
                  checks: [
                    {
                      check: "trim",
                    },
                    {
                      check: "min_length",
                      minimum: 1,
                    },
                    {
                      check: "max_length",
                      maximum: 300,
                    },
                    {
                      check: "pattern",
                      pattern: {
                        source:
                          "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                        flags: "",
                      },
                    },
                    {
                      check: "predicate",
                      name: "validUnicode",
                    },
                  ],
                },
              },
            },
            checks: [],
          },
        },
        waves: {
          type: "default",
          inner: {
            type: "object",
            shape: {
              neighbourhoodsPerWave: {
                type: "default",
                inner: {
                  type: "number",
                  checks: [
                    {
                      check: "safe_integer",
                    },
                    {
                      check: "greater_than",
                      value: 0,
                      inclusive: false,
                    },
                  ],
                },
                value: 4,
              },
              monthsApart: {
                type: "default",
                inner: {
                  type: "number",
                  checks: [
                    {
                      check: "safe_integer",
                    },
                    {
                      check: "greater_than",
                      value: 0,
                      inclusive: false,
                    },
                  ],
                },
                value: 6,
              },
            },
            checks: [],
          },
          value: {
            neighbourhoodsPerWave: 4,
            monthsApart: 6,
          },
        },
      },
      checks: [],
    },
    neighbourhoods: {
      type: "array",
      element: {
        type: "object",
        shape: {
          name: {
            type: "string",
            checks: [
              {
                check: "trim",
              },
              {
                check: "min_length",
                minimum: 1,
              },
              {
                check: "max_length",
                maximum: 300,
              },
              {
                check: "pattern",
                pattern: {
                  source:
                    "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                  flags: "",
                },
              },
              {
                check: "predicate",
                name: "validUnicode",
              },
            ],
          },
          welshName: {
            type: "optional",
            inner: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
          },
          population: {
            type: "number",
            checks: [
              {
                check: "safe_integer",
              },
              {
                check: "greater_than",
                value: 0,
                inclusive: false,
              },
            ],
          },
          places: {
            type: "array",
            element: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
            checks: [
              {
                check: "min_length",
                minimum: 1,
              },
            ],
          },
          coordinators: {
            type: "default",
            inner: {
              type: "number",
              checks: [
                {
                  check: "greater_than",
                  value: 0,
                  inclusive: false,
                },
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
            inner: {
              type: "boolean",
            },
            value: false,
          },
        },
        checks: [],
      },
      checks: [
        {
          check: "min_length",
          minimum: 1,
        },
        {
          check: "rule",
          name: "uniqueNeighbourhoods",
        },
      ],
    },
    team: {
      type: "object",
      shape: {
        coordinatorGrade: {
          type: "optional",
          inner: {
            type: "string",
            checks: [
              {
                check: "trim",
              },
              {
                check: "min_length",
                minimum: 1,
              },
              {
                check: "max_length",
                maximum: 300,
              },
              {
                check: "pattern",
                pattern: {
                  source:
                    "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                  flags: "",
                },
              },
              {
                check: "predicate",
                name: "validUnicode",
              },
            ],
          },
        },
        hoursPerWeek: {
          type: "default",
          inner: {
            type: "number",
            checks: [
              {
                check: "greater_than",
                value: 0,
                inclusive: false,
              },
              {
                check: "less_than",
                value: 48,
                inclusive: true,
              },
            ],
          },
          value: 37,
        },
        contract: {
          type: "default",
          inner: {
            type: "enum",
            values: ["permanent", "fixed-term"],
          },
          value: "permanent",
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
              coordinator: {
                type: "enum",
                values: ["essential", "need-to-be-learnt", "desirable", "not-necessary"],
              },
              manager: {
                type: "enum",
                values: ["essential", "need-to-be-learnt", "desirable", "not-necessary"],
              },
              assessment: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
            },
            checks: [],
          },
        },
        manager: {
          type: "object",
          shape: {
            title: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
            span: {
              type: "number",
              checks: [
                {
                  check: "safe_integer",
                },
                {
                  check: "greater_than",
                  value: 0,
                  inclusive: false,
                },
              ],
            },
            count: {
              type: "optional",
              inner: {
                type: "number",
                checks: [
                  {
                    check: "safe_integer",
                  },
                  {
                    check: "greater_than",
                    value: 0,
                    inclusive: false,
                  },
                ],
              },
            },
            reportsTo: {
              type: "optional",
              inner: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
            },
            grade: {
              type: "optional",
              inner: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
            },
          },
          checks: [],
        },
      },
      checks: [],
    },
    leadershipGroup: {
      type: "object",
      shape: {
        members: {
          type: "array",
          element: {
            type: "object",
            shape: {
              organisation: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
              sector: {
                type: "enum",
                values: [
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
                ],
              },
            },
            checks: [],
          },
          checks: [
            {
              check: "min_length",
              minimum: 1,
            },
            {
              check: "rule",
              name: "uniqueLeadershipMembers",
            },
          ],
        },
      },
      checks: [],
    },
    partners: {
      type: "array",
      element: {
        type: "object",
        shape: {
          organisation: {
            type: "string",
            checks: [
              {
                check: "trim",
              },
              {
                check: "min_length",
                minimum: 1,
              },
              {
                check: "max_length",
                maximum: 300,
              },
              {
                check: "pattern",
                pattern: {
                  source:
                    "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                  flags: "",
                },
              },
              {
                check: "predicate",
                name: "validUnicode",
              },
            ],
          },
          welshName: {
            type: "optional",
            inner: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
          },
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
            inner: {
              type: "enum",
              values: [
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
              ],
            },
          },
          publicAuthority: {
            type: "optional",
            inner: {
              type: "boolean",
            },
          },
          legalEntity: {
            type: "optional",
            inner: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
          },
          icoRegistrationNumber: {
            type: "optional",
            inner: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "pattern",
                  pattern: {
                    source: "^Z[A-Z0-9][0-9]{6}$",
                    flags: "",
                  },
                },
              ],
            },
          },
          icoExemptReason: {
            type: "optional",
            inner: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
          },
          contact: {
            type: "optional",
            inner: {
              type: "object",
              shape: {
                role: {
                  type: "string",
                  checks: [
                    {
                      check: "trim",
                    },
                    {
                      check: "min_length",
                      minimum: 1,
                    },
                    {
                      check: "max_length",
                      maximum: 300,
                    },
                    {
                      check: "pattern",
                      pattern: {
                        source:
                          "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                        flags: "",
                      },
                    },
                    {
                      check: "predicate",
                      name: "validUnicode",
                    },
                  ],
                },
                email: {
                  type: "string",
                  checks: [
                    {
                      check: "trim",
                    },
                    {
                      check: "max_length",
                      maximum: 254,
                    },
                    {
                      check: "pattern",
                      pattern: {
                        source:
                          "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        flags: "",
                      },
                    },
                  ],
                },
              },
              checks: [],
            },
          },
          dataProtectionOfficer: {
            type: "optional",
            inner: {
              type: "object",
              shape: {
                role: {
                  type: "optional",
                  inner: {
                    type: "string",
                    checks: [
                      {
                        check: "trim",
                      },
                      {
                        check: "min_length",
                        minimum: 1,
                      },
                      {
                        check: "max_length",
                        maximum: 300,
                      },
                      {
                        check: "pattern",
                        pattern: {
                          source:
                            "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                          flags: "",
                        },
                      },
                      {
                        check: "predicate",
                        name: "validUnicode",
                      },
                    ],
                  },
                },
                email: {
                  type: "string",
                  checks: [
                    {
                      check: "trim",
                    },
                    {
                      check: "max_length",
                      maximum: 254,
                    },
                    {
                      check: "pattern",
                      pattern: {
                        source:
                          "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        flags: "",
                      },
                    },
                  ],
                },
              },
              checks: [],
            },
          },
          caldicottGuardian: {
            type: "optional",
            inner: {
              type: "object",
              shape: {
                role: {
                  type: "string",
                  checks: [
                    {
                      check: "trim",
                    },
                    {
                      check: "min_length",
                      minimum: 1,
                    },
                    {
                      check: "max_length",
                      maximum: 300,
                    },
                    {
                      check: "pattern",
                      pattern: {
                        source:
                          "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                        flags: "",
                      },
                    },
                    {
                      check: "predicate",
                      name: "validUnicode",
                    },
                  ],
                },
                email: {
                  type: "string",
                  checks: [
                    {
                      check: "trim",
                    },
                    {
                      check: "max_length",
                      maximum: 254,
                    },
                    {
                      check: "pattern",
                      pattern: {
                        source:
                          "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                        flags: "",
                      },
                    },
                  ],
                },
              },
              checks: [],
            },
          },
          shares: {
            type: "default",
            inner: {
              type: "array",
              element: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
              checks: [],
            },
            value: [],
          },
          receives: {
            type: "default",
            inner: {
              type: "array",
              element: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
              checks: [],
            },
            value: [],
          },
          dataItems: {
            type: "optional",
            inner: {
              type: "object",
              shape: {
                shares: {
                  type: "optional",
                  inner: {
                    type: "array",
                    element: {
                      type: "string",
                      checks: [
                        {
                          check: "trim",
                        },
                        {
                          check: "min_length",
                          minimum: 1,
                        },
                        {
                          check: "max_length",
                          maximum: 300,
                        },
                        {
                          check: "pattern",
                          pattern: {
                            source:
                              "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                            flags: "",
                          },
                        },
                        {
                          check: "predicate",
                          name: "validUnicode",
                        },
                      ],
                    },
                    checks: [
                      {
                        check: "min_length",
                        minimum: 1,
                      },
                    ],
                  },
                },
                receives: {
                  type: "optional",
                  inner: {
                    type: "array",
                    element: {
                      type: "string",
                      checks: [
                        {
                          check: "trim",
                        },
                        {
                          check: "min_length",
                          minimum: 1,
                        },
                        {
                          check: "max_length",
                          maximum: 300,
                        },
                        {
                          check: "pattern",
                          pattern: {
                            source:
                              "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                            flags: "",
                          },
                        },
                        {
                          check: "predicate",
                          name: "validUnicode",
                        },
                      ],
                    },
                    checks: [
                      {
                        check: "min_length",
                        minimum: 1,
                      },
                    ],
                  },
                },
              },
              checks: [],
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
            value: [],
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
        controller: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "min_length",
              minimum: 1,
            },
            {
              check: "max_length",
              maximum: 300,
            },
            {
              check: "pattern",
              pattern: {
                source:
                  "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                flags: "",
              },
            },
            {
              check: "predicate",
              name: "validUnicode",
            },
          ],
        },
        icoRegistrationNumber: {
          type: "optional",
          inner: {
            type: "string",
            checks: [
              {
                check: "trim",
              },
              {
                check: "pattern",
                pattern: {
                  source: "^Z[A-Z0-9][0-9]{6}$",
                  flags: "",
                },
              },
            ],
          },
        },
        dataProtectionOfficer: {
          type: "object",
          shape: {
            role: {
              type: "optional",
              inner: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
            },
            email: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "max_length",
                  maximum: 254,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                    flags: "",
                  },
                },
              ],
            },
          },
          checks: [],
        },
        caldicottGuardian: {
          type: "optional",
          inner: {
            type: "object",
            shape: {
              role: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
              email: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "max_length",
                    maximum: 254,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                      flags: "",
                    },
                  },
                ],
              },
            },
            checks: [],
          },
        },
        retention: {
          type: "object",
          shape: {
            years: {
              type: "number",
              checks: [
                {
                  check: "safe_integer",
                },
                {
                  check: "greater_than",
                  value: 1,
                  inclusive: true,
                },
                {
                  check: "less_than",
                  value: 100,
                  inclusive: true,
                },
              ],
            },
            from: {
              type: "default",
              inner: {
                type: "string",
                checks: [
                  {
                    check: "trim",
                  },
                  {
                    check: "min_length",
                    minimum: 1,
                  },
                  {
                    check: "max_length",
                    maximum: 300,
                  },
                  {
                    check: "pattern",
                    pattern: {
                      source:
                        "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                      flags: "",
                    },
                  },
                  {
                    check: "predicate",
                    name: "validUnicode",
                  },
                ],
              },
              value: "the last contact with the person",
            },
          },
          checks: [],
        },
        waspi: {
          type: "optional",
          inner: {
            type: "object",
            shape: {
              participant: {
                type: "boolean",
              },
              designatedPerson: {
                type: "optional",
                inner: {
                  type: "object",
                  shape: {
                    role: {
                      type: "string",
                      checks: [
                        {
                          check: "trim",
                        },
                        {
                          check: "min_length",
                          minimum: 1,
                        },
                        {
                          check: "max_length",
                          maximum: 300,
                        },
                        {
                          check: "pattern",
                          pattern: {
                            source:
                              "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                            flags: "",
                          },
                        },
                        {
                          check: "predicate",
                          name: "validUnicode",
                        },
                      ],
                    },
                    email: {
                      type: "string",
                      checks: [
                        {
                          check: "trim",
                        },
                        {
                          check: "max_length",
                          maximum: 254,
                        },
                        {
                          check: "pattern",
                          pattern: {
                            source:
                              "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                            flags: "",
                          },
                        },
                      ],
                    },
                  },
                  checks: [],
                },
              },
            },
            checks: [],
          },
        },
        privacyNoticeUrl: {
          type: "string",
          checks: [
            {
              check: "trim",
            },
            {
              check: "max_length",
              maximum: 2000,
            },
            {
              check: "url",
              protocol: {
                source: "^https$",
                flags: "",
              },
              hostname: {
                source: "^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
                flags: "",
              },
              requireSlashes: false,
            },
          ],
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
              {
                check: "safe_integer",
              },
              {
                check: "greater_than",
                value: 2,
                inclusive: true,
              },
              {
                check: "less_than",
                value: 100,
                inclusive: true,
              },
            ],
          },
          value: 10,
        },
      },
      checks: [],
    },
    evaluation: {
      type: "optional",
      inner: {
        type: "object",
        shape: {
          approach: {
            type: "string",
            checks: [
              {
                check: "trim",
              },
              {
                check: "min_length",
                minimum: 1,
              },
              {
                check: "max_length",
                maximum: 300,
              },
              {
                check: "pattern",
                pattern: {
                  source:
                    "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                  flags: "",
                },
              },
              {
                check: "predicate",
                name: "validUnicode",
              },
            ],
          },
          partner: {
            type: "optional",
            inner: {
              type: "string",
              checks: [
                {
                  check: "trim",
                },
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "max_length",
                  maximum: 300,
                },
                {
                  check: "pattern",
                  pattern: {
                    source:
                      "^\\s*(?:[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029](?:[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029])?)?\\s*$",
                    flags: "",
                  },
                },
                {
                  check: "predicate",
                  name: "validUnicode",
                },
              ],
            },
          },
        },
        checks: [],
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
                {
                  check: "min_length",
                  minimum: 1,
                },
                {
                  check: "rule",
                  name: "uniqueLanguages",
                },
              ],
            },
            value: ["en"],
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
            value: [],
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
                {
                  check: "min_length",
                  minimum: 1,
                },
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
            value: ["markdown", "docx"],
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
                    checks: [
                      {
                        check: "min_length",
                        minimum: 1,
                      },
                    ],
                  },
                },
              },
              checks: [],
            },
            value: {
              font: "Arial",
              headingColour: "#1f4e79",
            },
          },
        },
        checks: [],
      },
      value: {
        languages: ["en"],
        bilingualLayout: "separate",
        welshAlso: [],
        formats: ["markdown", "docx"],
        style: {
          font: "Arial",
          headingColour: "#1f4e79",
        },
      },
    },
    documents: {
      type: "default",
      inner: {
        type: "object",
        shape: {
          dpia: {
            type: "default",
            inner: {
              type: "boolean",
            },
            value: true,
          },
          privacyNotice: {
            type: "default",
            inner: {
              type: "boolean",
            },
            value: true,
          },
          easyReadPrivacyNotice: {
            type: "default",
            inner: {
              type: "boolean",
            },
            value: true,
          },
          agreementForm: {
            type: "default",
            inner: {
              type: "boolean",
            },
            value: true,
          },
        },
        checks: [],
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
