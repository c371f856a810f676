import { Document, isMap, isScalar, Scalar, visit } from "yaml";
import { councilConfigSchema, type CouncilConfigInput } from "./council-config-schema.js";
import { metaOf, objectShape, orderLikeSchema } from "./schema-walk.js";
import { requireObject } from "./argument-checks.js";
import { COUNCIL_CONFIG_SCHEMA_PATH } from "./config-file-paths.js";

export { COUNCIL_CONFIG_SCHEMA_PATH };

export interface StringifyCouncilConfigOptions {
  /**
   * The JSON Schema named on the first line (`# yaml-language-server: $schema=…`), so that editors
   * check the file and complete keys. Default {@link COUNCIL_CONFIG_SCHEMA_PATH}; `false` for no such line.
   */
  readonly schemaPath?: string | false;
}

let yaml11ImplicitTypes: readonly RegExp[] | undefined;

/**
 * The patterns by which a YAML 1.1 reader takes a plain scalar for a null, boolean, number or date:
 * the yaml library's own. Made on first use, not when the module loads (lac init of a complete
 * answers file writes no configuration).
 */
function yaml11ImplicitTypePatterns(): readonly RegExp[] {
  yaml11ImplicitTypes ??= new Document(null, { version: "1.1" }).schema.tags.flatMap((tag) =>
    tag.test instanceof RegExp && tag.tag !== "tag:yaml.org,2002:merge" ? [tag.test] : [],
  );
  return yaml11ImplicitTypes;
}

/**
 * True when a YAML 1.1 reader (older tools) would also read the plain scalar back as this same text.
 * YAML 1.2 reads `yes`, `no`, `on`, `1_000` and dates as text, YAML 1.1 does not: such strings are quoted.
 * (Text that is not plain-safe in YAML 1.2 either, such as `#x` or `a: b`, is quoted by the writer anyway.)
 */
function isPlainTextInYaml11(text: string): boolean {
  return !yaml11ImplicitTypePatterns().some((pattern) => pattern.test(text));
}

/** Lists of at most this many short texts are written on one line: `languages: [en, cy]`. */
const FLOW_ITEMS = 4;
const FLOW_ITEM_LENGTH = 24;

/** The comment above a top-level section: its title and description from the schema. */
function sectionComment(key: string): string | undefined {
  const meta = metaOf(objectShape(councilConfigSchema)?.[key]);
  if (meta?.title === undefined) return undefined;
  return meta.description === undefined ? ` ${meta.title}` : ` ${meta.title}: ${meta.description}`;
}

/**
 * Writes a configuration as YAML text: the `# yaml-language-server` line first, then the sections
 * in the schema's order, each under a comment that says what it is.
 *
 * It round-trips: for every valid configuration `c`, `parseCouncilConfig(stringifyCouncilConfig(c))`
 * gives back `c`. Text that a YAML reader could take for a number, a date, a boolean or null is quoted.
 */
export function stringifyCouncilConfig(
  config: CouncilConfigInput,
  options: StringifyCouncilConfigOptions = {},
): string {
  requireObject(config, "stringifyCouncilConfig");
  requireObject(options ?? {}, "stringifyCouncilConfig's options");
  const doc = new Document(orderLikeSchema(councilConfigSchema, config));
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, index) => {
      if (!isScalar(pair.key)) return;
      const comment = sectionComment(String(pair.key.value));
      if (comment !== undefined) pair.key.commentBefore = comment;
      if (index > 0) pair.key.spaceBefore = true;
    });
  }
  visit(doc, {
    Seq(_, node) {
      const short = node.items.every(
        (item) => isScalar(item) && String(item.value).length <= FLOW_ITEM_LENGTH,
      );
      if (short && node.items.length <= FLOW_ITEMS) node.flow = true;
    },
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string") return;
      if (!isPlainTextInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const body = doc.toString({ lineWidth: 0 });
  const schemaPath = options.schemaPath ?? COUNCIL_CONFIG_SCHEMA_PATH;
  return schemaPath === false ? body : `# yaml-language-server: $schema=${schemaPath}\n\n${body}`;
}
