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
 * The widths, in bits, of the four fields of a place written as one number (placeNumber), the first the most
 * significant: how many lines it runs over (most places run over none: one helper call or one lookup, so
 * that their numbers are small, 11 digits at most for the bundled templates), its start line, its start
 * column, and its end column (counted from its start column when it ends on the line it starts on). 53 bits
 * in all, so that every place is a number JavaScript holds exactly.
 */
export const PLACE_FIELDS = { lines: 10, line: 15, column: 14, endColumn: 14 };

/**
 * A place (see LOCATION) as one number, which the functions of the precompiled module (placeRuntime) make
 * into the place again only when an error names it. Throws for a place beyond PLACE_FIELDS (a template of
 * more than 32,767 lines, say), which the build then reports.
 */
export function placeNumber(place) {
  const { start, end } = typeof place === "string" ? JSON.parse(place) : place;
  const lines = end.line - start.line;
  const fields = {
    line: start.line,
    column: start.column,
    lines,
    endColumn: lines === 0 ? end.column - start.column : end.column,
  };
  let number = 0;
  for (const [field, bits] of Object.entries(PLACE_FIELDS)) {
    const value = fields[field];
    if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** bits) {
      throw new Error(
        `a place of a template (${JSON.stringify({ start, end })}) is beyond what lac writes as a number`,
      );
    }
    number = number * 2 ** bits + value;
  }
  return number;
}

/**
 * Writes each place (see LOCATION) of code precompiled by the lean compiler (leanPrecompile) as its number
 * (placeNumber), rather than as an object literal that every call builds again or as an entry of a table of
 * objects that every load of the module builds: the code passes a place only to the functions of the
 * precompiled module (STRICT, VALUE and the block helpers, which make it a place again, with `PLACE`, when
 * they hand it to the runtime) and in the options of the bundled helpers, none of which reads it. Code that
 * would hand a place to the runtime itself (a lookup the lean compiler left to `container.strict`) is
 * refused, since the runtime would not know the number for a place.
 */
export function numberPlaces(spec) {
  if (/\bcontainer\.strict\(/.test(spec)) {
    throw new Error(
      "a lookup is left to the runtime's container.strict, which cannot read a place written as a number",
    );
  }
  return spec.replace(LOCATION, (text) => String(placeNumber(text)));
}

/**
 * The function of the precompiled module that makes a place written as a number (numberPlaces) into the
 * place Handlebars would have written, frozen, so that no render can change it for the next; a place that
 * is already an object, or none, is returned as it is.
 */
export function placeRuntime() {
  // The size of each field but the first (how many lines, which is what is left).
  const line = 2 ** PLACE_FIELDS.line;
  const column = 2 ** PLACE_FIELDS.column;
  const endColumn = 2 ** PLACE_FIELDS.endColumn;
  return `// Places in the templates' sources, each written as one number (scripts/compile-options.mjs, numberPlaces).
/** The place a number stands for ({ start: { line, column }, end: { line, column } }, frozen); anything else as it is. */
function PLACE(number) {
  if (typeof number !== "number") return number;
  const endColumn = number % ${endColumn};
  let rest = (number - endColumn) / ${endColumn};
  const column = rest % ${column};
  rest = (rest - column) / ${column};
  const line = rest % ${line};
  const lines = (rest - line) / ${line};
  const start = Object.freeze({ line, column });
  const end = Object.freeze({ line: line + lines, column: lines === 0 ? column + endColumn : endColumn });
  return Object.freeze({ start, end });
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
  String.raw`^\{"name":"(if|unless|each)","hash":\{\},"fn":${PROGRAM},"inverse":(?:${PROGRAM}|container\.noop),"data":data,"loc":(\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\})\}$`,
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
      loc: PLACE(loc),
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
export const LOOKUPS = {
  lookup: "LOOKUP",
  strict: "STRICT",
  value: "VALUE",
  partialContext: "PARTIAL_CONTEXT",
};

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

/**
 * A partial called with hash arguments (`{{> legal-entity partner inSentence=true}}`) is given its context with
 * those arguments added: the runtime's partial call (invokePartialWrapper in VM.template) makes that context
 * with `Utils.extend({}, context, options.hash)`, a for-in loop that copies each of the context's properties
 * one by one into an empty object. A document's context has every value of the pack (about ninety), so that a
 * data-sharing agreement's partials copied several thousand properties this way, in V8's interpreter: about a
 * tenth of what each partner cost `lac init`. The lean compiler writes the same call with the context made
 * before it, by PARTIAL_CONTEXT (lookupRuntime), and no hash in the options, which the runtime then passes on
 * as the partial's context as it is; nothing else in a partial call reads `options.hash`. (Handlebars'
 * compiler itself leaves out a hash argument named `__proto__`.) A dynamic partial (`{{> (name)}}`) is
 * left to the runtime.
 */
LeanJavaScriptCompiler.prototype.invokePartial = function invokePartial(isDynamic, name, indent) {
  if (isDynamic || !plainName(name) || this.options.compat || this.trackIds || this.stringParams) {
    return base.invokePartial.call(this, isDynamic, name, indent);
  }
  // What base.invokePartial writes, with the hash moved out of the options.
  const params = [];
  const { hash, ...options } = this.setupParams(name, 1, params);
  if (indent) options.indent = this.quotedString(indent);
  options.helpers = "helpers";
  options.partials = "partials";
  options.decorators = "container.decorators";
  // A call without hash arguments has the chunk "undefined" for its hash (objectLiteral leaves it out).
  if (String(this.source.wrap(hash)) !== "undefined") {
    params[0] = [`${LOOKUPS.partialContext}(`, params[0], ", ", hash, ")"];
  }
  params.push(this.objectLiteral(options));
  params.unshift(this.nameLookup("partials", name, "partial"));
  this.push(this.source.functionCall("container.invokePartial", "", params));
};

const lean = Handlebars.create();
lean.JavaScriptCompiler = LeanJavaScriptCompiler;

/** A template precompiled with compileOptions by the lean compiler (see LOOKUPS): JavaScript, as Handlebars.precompile gives. */
export function leanPrecompile(source) {
  return lean.precompile(source, compileOptions);
}

/** The functions the lean compiler's lookups call (see LOOKUPS), for the module of the precompiled templates. */
export function lookupRuntime() {
  const { lookup: LOOKUP, strict: STRICT, value: VALUE, partialContext: PARTIAL_CONTEXT } = LOOKUPS;
  return `// Lookups, as the Handlebars runtime's lookupProperty, strict and lambda make them (scripts/compile-options.mjs).
const hasOwn = Object.hasOwn;
/** container.lookupProperty(parent, name), for a name no object inherits: an own or missing property as it is, anything else as the runtime decides. */
function ${LOOKUP}(container, parent, name) {
  const value = parent[name];
  return value == null || hasOwn(parent, name) ? value : container.lookupProperty(parent, name);
}
/** container.strict(parent, name, loc): the runtime's error for a value that is not there. */
function ${STRICT}(container, parent, name, loc) {
  if (typeof parent !== "object" || parent === null || !(name in parent)) return container.strict(parent, name, PLACE(loc));
  const value = parent[name];
  return value == null || hasOwn(parent, name) ? value : container.lookupProperty(parent, name);
}
/** container.lambda(container.strict(parent, name, loc), context): a function found is called, with the context as this. */
function ${VALUE}(container, parent, name, loc, context) {
  let value;
  if (typeof parent !== "object" || parent === null || !(name in parent)) value = container.strict(parent, name, PLACE(loc));
  else {
    value = parent[name];
    if (value != null && !hasOwn(parent, name)) value = container.lookupProperty(parent, name);
  }
  return typeof value === "function" ? value.call(context) : value;
}
/** Utils.extend({}, context, hash): a new object with the context's own enumerable properties, then the hash's, in order (a context with its own __proto__, as JSON.parse can make, copied as extend copies it; a property named by a symbol, which no template can name, copied too). */
function ${PARTIAL_CONTEXT}(context, hash) {
  if (typeof context === "object" && context !== null && hasOwn(context, "__proto__")) {
    const merged = {};
    for (const key in context) if (hasOwn(context, key)) merged[key] = context[key];
    return Object.assign(merged, hash);
  }
  return { ...context, ...hash };
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
  return `${placeRuntime()}

${blockHelperRuntime()}

${lookupRuntime()}

export { ${RUNTIME_FUNCTIONS.join(", ")} };
`;
}

/** The functions of RUNTIME_FUNCTIONS that precompiled `code` calls, to import. */
export function runtimeCalls(code) {
  return RUNTIME_FUNCTIONS.filter((name) => new RegExp(String.raw`\b${name}\(`).test(code));
}
