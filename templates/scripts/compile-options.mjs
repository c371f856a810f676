// How the bundled templates are precompiled (scripts/precompile.mjs), and how the precompiled code is
// made lighter to run; shared with the tests that check the templates render the same either way.
import { createRequire } from "node:module";
import { templateHelperNames } from "@lac/documents";
import Handlebars from "handlebars";

const require = createRequire(import.meta.url);
// The compiler's own literal for a place in the source (what it writes in each strict lookup).
const { safeJsonLiteral } = require("handlebars/dist/cjs/handlebars/compiler/code-gen.js");

/** Strict (a missing value is an error), no HTML escaping (Markdown), only the bundled helpers. */
export const compileOptions = {
  strict: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(templateHelperNames.map((name) => [name, true])),
  knownHelpersOnly: true,
};

/**
 * A place in a template's source as Handlebars writes it into precompiled code: the options of each
 * helper call and each strict lookup carry one ({"start":{"line":…,"column":…},"end":{…}}), read only
 * when an error names the line.
 */
const LOCATION = /\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

/**
 * Takes the places (see LOCATION) out of precompiled code into one table, `tableName[i]`, built once
 * when the module loads, rather than as object literals that every call builds again: the templates
 * render the same text and throw the same errors, with less work and garbage for each document (a
 * place literal costs most in code that runs only a few times, as most of a pack's template code does).
 * `table` collects the distinct places across calls, in order; write them with `locationTable`.
 */
export function hoistLocations(spec, table, tableName) {
  return spec.replace(LOCATION, (text) => {
    let index = table.get(text);
    if (index === undefined) {
      index = table.size;
      table.set(text, index);
    }
    return `${tableName}[${index}]`;
  });
}

/**
 * The JavaScript that declares the table of places, each frozen, so that no render can change one for the
 * next. The places are written as numbers, four to a place, and made into objects when the module loads:
 * a quarter of the text of object literals, for the browser to download and for lac to read. A place's
 * numbers are its start line and column, how many lines it runs over, and its end column, counted from its
 * start column when it ends on the line it starts on (most places are one helper call or one lookup). The
 * loop reads them by index, without a slice or a destructuring, which would each allocate when run by V8's
 * interpreter (as lac runs the templates).
 */
export function locationTable(table, tableName) {
  const numbers = [...table.keys()].flatMap((text) => {
    const { start, end } = JSON.parse(text);
    const lines = end.line - start.line;
    return [start.line, start.column, lines, lines === 0 ? end.column - start.column : end.column];
  });
  return `const ${tableName} = [];
{
  const places = [${numbers.join(",")}];
  for (let at = 0; at < places.length; at += 4) {
    const line = places[at], column = places[at + 1], lines = places[at + 2], endColumn = places[at + 3];
    const start = Object.freeze({ line, column });
    const end = Object.freeze({ line: line + lines, column: lines === 0 ? column + endColumn : endColumn });
    ${tableName}.push(Object.freeze({ start, end }));
  }
}`;
}

/**
 * The block helpers `if`, `unless` and `each` of the bundled templates, run by three small functions
 * of the precompiled module (blockHelperRuntime) instead of through the Handlebars runtime's helper call.
 *
 * For each block, the runtime builds an options object, two program wrappers (closures that it makes
 * again at every call, because they hold the block's data frame), wraps the helper to add
 * `lookupProperty` to its options, and, in `each`, an options object and two block-parameter arrays at
 * every item. In a pack whose templates run with V8's optimising compilers off, that was about a third
 * of a render's garbage and most of its time in the runtime. The functions do what the built-in helpers
 * do (handlebars/dist/cjs/handlebars/helpers/if.js and each.js), calling the block's program as its
 * wrapper would (runtime.js, wrapProgram): the same text and the same errors, from the same places.
 * `each` over anything but an array calls the runtime's helper as before.
 *
 * Only calls in the exact form Handlebars 4.7 writes for these compile options are changed: one
 * argument, no hash, a program (or none) for the else branch, no decorators, no block parameters
 * declared; anything else is left as it was. `test/inlined-block-helpers.test.ts` checks that the
 * runtime's helpers and program wrappers still work as these functions assume, and renders the example
 * councils and generated ones both ways.
 */
export const BLOCK_HELPERS = { if: "BLOCK_IF", unless: "BLOCK_UNLESS", each: "BLOCK_EACH" };

// A call of the helper as Handlebars writes it, or as the lean compiler does (see LOOKUPS).
const BLOCK_CALL = /(?:lookupProperty\(helpers,"(if|unless|each)"\)|helpers\["(if|unless|each)"\])\.call\(/g;
const PROGRAM = String.raw`container\.program\((\d+), data, 0(, blockParams, depths)?\)`;
const BLOCK_OPTIONS = new RegExp(
  String.raw`^\{"name":"(if|unless|each)","hash":\{\},"fn":${PROGRAM},"inverse":(?:${PROGRAM}|container\.noop),"data":data,"loc":(LOC\[\d+\]|\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\})\}$`,
);

/** The index of the parenthesis that closes the one before `start`, and the top-level arguments between. */
function callArguments(code, start) {
  const args = [];
  let depth = 0;
  let from = start;
  for (let index = start; index < code.length; index += 1) {
    const char = code[index];
    if (char === '"' || char === "'") {
      for (index += 1; code[index] !== char; index += 1) if (code[index] === "\\") index += 1;
    } else if (char === "(" || char === "[" || char === "{") depth += 1;
    else if (char === ")" || char === "]" || char === "}") {
      if (depth === 0) {
        args.push(code.slice(from, index));
        return { end: index, args };
      }
      depth -= 1;
    } else if (char === "," && depth === 0) {
      args.push(code.slice(from, index));
      from = index + 1;
    }
  }
  return undefined;
}

/**
 * Replaces, in a template's precompiled code, each call of `if`, `unless` and `each` in the form
 * described at BLOCK_HELPERS by a call of the function that runs it (declared by blockHelperRuntime).
 * `counts`, if given, is told how many calls of each helper were replaced and how many left.
 */
export function inlineBlockHelpers(spec, counts) {
  if (/"[A-Za-z0-9]+_d":|"useDecorators":true|"useBlockParams":true/.test(spec)) return spec;
  let out = "";
  let copied = 0;
  for (const match of spec.matchAll(BLOCK_CALL)) {
    if (match.index < copied) continue;
    const helper = match[1] ?? match[2];
    const call = callArguments(spec, match.index + match[0].length);
    const options = call?.args.length === 3 ? BLOCK_OPTIONS.exec(call.args[2]) : null;
    const [, name, fn, fnDepths, inverse, inverseDepths, loc] = options ?? [];
    const same = options !== null && name === helper && (inverse === undefined || fnDepths === inverseDepths);
    if (counts)
      counts[same ? helper : `${helper} (left)`] = (counts[same ? helper : `${helper} (left)`] ?? 0) + 1;
    if (!same) continue;
    const [self, value] = call.args;
    const scope = fnDepths ? "blockParams, depths" : "undefined, undefined";
    const extra = helper === "each" ? `, ${loc}` : "";
    out += `${spec.slice(copied, match.index)}${BLOCK_HELPERS[helper]}(container, ${self}, ${value}, ${fn}, ${inverse ?? -1}, data, ${scope}${extra})`;
    copied = call.end + 1;
  }
  return out + spec.slice(copied);
}

/** The functions that run the inlined blocks (see BLOCK_HELPERS), for the module of the precompiled templates. */
export function blockHelperRuntime() {
  const { if: IF, unless: UNLESS, each: EACH } = BLOCK_HELPERS;
  return `// The block helpers if, unless and each, run as the Handlebars runtime runs them (scripts/compile-options.mjs).
/** Runs program \`index\` of a template with \`context\`, as the runtime's program wrapper does (wrapProgram's prog). */
function BLOCK_PROGRAM(container, index, context, data, blockParams, depths, params) {
  let contextDepths = depths;
  if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
    contextDepths = [context].concat(depths);
  }
  // container.fn(index), kept: the runtime's fn makes a key ("1_d") and sets the program's decorator (none here) at each call.
  const programs = container.lacPrograms || (container.lacPrograms = []);
  const program = programs[index] || (programs[index] = container.fn(index));
  return program(container, context, container.helpers, container.partials, data, blockParams && [params].concat(blockParams), contextDepths);
}
/** Handlebars' if: the first program for a value that is truthy and not an empty list, else the second (-1: none). */
function ${IF}(container, context, conditional, fn, inverse, data, blockParams, depths) {
  if (typeof conditional === "function") conditional = conditional.call(context);
  const index = !conditional || (Array.isArray(conditional) && conditional.length === 0) ? inverse : fn;
  return index < 0 ? "" : BLOCK_PROGRAM(container, index, context, data, blockParams, depths, undefined);
}
/** Handlebars' unless: if with its programs swapped. */
function ${UNLESS}(container, context, conditional, fn, inverse, data, blockParams, depths) {
  return ${IF}(container, context, conditional, inverse, fn, data, blockParams, depths);
}
/** Handlebars' each over a list (one data frame, @key, @index, @first and @last set for each item); the runtime's each for anything else (an object, an iterable, a function). */
function ${EACH}(container, context, list, fn, inverse, data, blockParams, depths, loc) {
  if (!Array.isArray(list)) {
    return container.lookupProperty(container.helpers, "each").call(context, list, {
      name: "each",
      hash: {},
      fn: container.program(fn, data, 0, blockParams, depths),
      inverse: inverse < 0 ? container.noop : container.program(inverse, data, 0, blockParams, depths),
      data,
      loc,
    });
  }
  let frame;
  if (data) {
    frame = {};
    for (const key in data) if (Object.prototype.hasOwnProperty.call(data, key)) frame[key] = data[key];
    frame._parent = data;
  }
  let text = "";
  let count = 0;
  for (let length = list.length; count < length; count += 1) {
    if (!(count in list)) continue;
    const item = list[count];
    if (frame) {
      frame.key = count;
      frame.index = count;
      frame.first = count === 0;
      frame.last = count === list.length - 1;
    }
    // The runtime's block parameters: the item and its index, with the path [contextPath + index, null] (NaN: no path is tracked).
    const params = blockParams && Object.assign([item, count], { path: [Number.NaN, null] });
    text = text + BLOCK_PROGRAM(container, fn, item, frame || data, blockParams, depths, params);
  }
  if (count === 0 && inverse >= 0) text = BLOCK_PROGRAM(container, inverse, context, data, blockParams, depths, undefined);
  return text;
}`;
}

/**
 * Lookups of the bundled templates, written by the lean compiler (leanPrecompile) as calls of three small
 * functions of the precompiled module (lookupRuntime) instead of the Handlebars runtime's.
 *
 * Handlebars writes `{{council.name}}`, in strict mode, as
 * `container.lambda(container.strict(lookupProperty(depth0, "council"), "name", place), depth0)`: four calls
 * of the runtime's functions, and four more inside them (the own-property check and the check for a
 * prototype's constructor, twice), for every value of every document, which with V8's optimising compilers
 * off (as lac runs) was about a sixth of a render's time. The lean compiler writes
 * `VALUE(container, LOOKUP(container, depth0, "council"), "name", place, depth0)`: LOOKUP does what the
 * runtime's `lookupProperty` does (runtime.js): an own property, or a missing one, is read as it is;
 * anything else (a property of a prototype, which the runtime refuses and reports) is left to the runtime's
 * function itself. STRICT is the runtime's `strict` (a value that is not there throws the runtime's own
 * error, from the runtime), VALUE is `strict` then `lambda`. A name that is a property of every object
 * (`constructor`, `toString`, `__proto__`) is looked up as Handlebars writes it, and so is anything but
 * these forms. The helpers and partials of the bundled set are own properties of the environment's objects,
 * with names no object inherits, so `lookupProperty(helpers, "join")` is written `helpers["join"]`.
 * `test/lean-lookups.test.ts` checks the runtime's functions are still those these were written from, and
 * renders and fails the same both ways.
 */
export const LOOKUPS = { lookup: "LOOKUP", strict: "STRICT", value: "VALUE" };

const BaseCompiler = Handlebars.JavaScriptCompiler;
const base = BaseCompiler.prototype;

/** A name that no object inherits: safe to read straight from an own-property table (helpers, partials). */
const plainName = (name) => typeof name === "string" && !(name in Object.prototype);

function LeanJavaScriptCompiler() {}
LeanJavaScriptCompiler.prototype = Object.create(base);
LeanJavaScriptCompiler.prototype.compiler = LeanJavaScriptCompiler;
LeanJavaScriptCompiler.prototype.nameLookup = function nameLookup(parent, name, type) {
  if (!plainName(name)) return base.nameLookup.call(this, parent, name, type);
  if ((type === "helper" && parent === "helpers") || (type === "partial" && parent === "partials")) {
    return [parent, "[", this.quotedString(name), "]"];
  }
  if (type === "context" || type === "data") {
    return [`${LOOKUPS.lookup}(container, `, parent, ", ", this.quotedString(name), ")"];
  }
  return base.nameLookup.call(this, parent, name, type);
};
LeanJavaScriptCompiler.prototype.resolvePath = function resolvePath(
  type,
  parts,
  startPartIndex,
  falsy,
  strict,
) {
  const last = parts.length - 1;
  if (!(this.options.strict && strict && !this.options.assumeObjects) || !plainName(parts[last])) {
    this.leanStrict = undefined;
    return base.resolvePath.call(this, type, parts, startPartIndex, falsy, strict);
  }
  // Handlebars' strictLookup (javascript-compiler.js), with STRICT for container.strict.
  let stack = this.popStack();
  for (let index = startPartIndex; index < last; index += 1)
    stack = this.nameLookup(stack, parts[index], type);
  const location = this.source.currentLocation;
  const place = location ? safeJsonLiteral(location) : "undefined";
  const name = this.quotedString(parts[last]);
  const node = this.push([`${LOOKUPS.strict}(container, `, stack, ", ", name, ", ", place, ")"]);
  this.leanStrict = { node, stack, name, place };
};
LeanJavaScriptCompiler.prototype.resolvePossibleLambda = function resolvePossibleLambda() {
  const strict = this.leanStrict;
  this.leanStrict = undefined;
  const value = this.popStack();
  if (strict !== undefined && value === strict.node) {
    const { stack, name, place } = strict;
    this.push([
      `${LOOKUPS.value}(container, `,
      stack,
      ", ",
      name,
      ", ",
      place,
      ", ",
      this.contextName(0),
      ")",
    ]);
    return;
  }
  this.push([this.aliasable("container.lambda"), "(", value, ", ", this.contextName(0), ")"]);
};

const lean = Handlebars.create();
lean.JavaScriptCompiler = LeanJavaScriptCompiler;

/** A template precompiled with compileOptions by the lean compiler (see LOOKUPS): JavaScript, as Handlebars.precompile gives. */
export function leanPrecompile(source) {
  return lean.precompile(source, compileOptions);
}

/** The functions the lean compiler's lookups call (see LOOKUPS), for the module of the precompiled templates. */
export function lookupRuntime() {
  const { lookup: LOOKUP, strict: STRICT, value: VALUE } = LOOKUPS;
  return `// Lookups, as the Handlebars runtime's lookupProperty, strict and lambda make them (scripts/compile-options.mjs).
const hasOwn = Object.hasOwn;
/** container.lookupProperty(parent, name), for a name no object inherits: an own or missing property as it is, anything else as the runtime decides. */
function ${LOOKUP}(container, parent, name) {
  const value = parent[name];
  return value == null || hasOwn(parent, name) ? value : container.lookupProperty(parent, name);
}
/** container.strict(parent, name, loc): the runtime's error for a value that is not there. */
function ${STRICT}(container, parent, name, loc) {
  if (typeof parent !== "object" || parent === null || !(name in parent)) return container.strict(parent, name, loc);
  const value = parent[name];
  return value == null || hasOwn(parent, name) ? value : container.lookupProperty(parent, name);
}
/** container.lambda(container.strict(parent, name, loc), context): a function found is called, with the context as this. */
function ${VALUE}(container, parent, name, loc, context) {
  let value;
  if (typeof parent !== "object" || parent === null || !(name in parent)) value = container.strict(parent, name, loc);
  else {
    value = parent[name];
    if (value != null && !hasOwn(parent, name)) value = container.lookupProperty(parent, name);
  }
  return typeof value === "function" ? value.call(context) : value;
}`;
}

/** The functions the precompiled templates call (see BLOCK_HELPERS and LOOKUPS), by name. */
export const RUNTIME_FUNCTIONS = [...Object.values(BLOCK_HELPERS), ...Object.values(LOOKUPS)];

/**
 * Those functions (blockHelperRuntime and lookupRuntime), exported, for the one module of the built package
 * that declares them (dist/parts/index.js): the set and every part import them from it, so that a program
 * that loads several parts loads them once.
 */
export function runtimeExports() {
  return `${blockHelperRuntime()}

${lookupRuntime()}

export { ${RUNTIME_FUNCTIONS.join(", ")} };
`;
}

/** The functions of RUNTIME_FUNCTIONS that precompiled `code` calls, to import. */
export function runtimeCalls(code) {
  return RUNTIME_FUNCTIONS.filter((name) => new RegExp(String.raw`\b${name}\(`).test(code));
}
