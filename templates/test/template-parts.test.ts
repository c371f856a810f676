// The templates in parts (dist/parts/, @lac/templates/parts): a program such as lac renders a council's
// pack loading only the parts its documents use. lazyTemplateSet must render exactly what templateSet
// renders (documents, warnings and errors), and load only the parts of the council's nation and languages.
import { applyTemplateOverrides } from "@lac/documents/template-overrides";
import { renderPack, type TemplateSet } from "@lac/documents";
import { renderPack as renderChecked } from "@lac/documents/render";
import Handlebars from "handlebars";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changelog, markdownlintConfig, sourceHashes, templateSet } from "../dist/index.js";
import * as parts from "../dist/parts/index.js";
import * as cy from "../dist/parts/cy.js";
import * as en from "../dist/parts/en.js";
import * as england from "../dist/parts/england.js";
import * as wales from "../dist/parts/wales.js";
import { sourceHashes as sourceHashesAlone } from "../dist/source-hashes.js";
import { templateSources } from "../dist/sources.js";
import { EXAMPLES, example } from "./examples.js";

const modules = { en, england, wales, cy } as const;

/** A lazy set, and the parts it loaded (in order). */
function lazySet(): { set: TemplateSet; loaded: string[] } {
  const loaded: string[] = [];
  const set = parts.lazyTemplateSet((part) => {
    loaded.push(part);
    return modules[part];
  });
  return { set, loaded };
}

describe("the templates in parts", () => {
  it("hold every template and partial of templateSet once, in the same order", () => {
    const { set, loaded } = lazySet();
    expect(Object.keys(set.templates)).toEqual(Object.keys(templateSet.templates));
    expect(Object.keys(set.partials)).toEqual(Object.keys(templateSet.partials));
    expect(loaded).toEqual([]);
    for (const kind of ["templates", "partials"] as const) {
      const names = Object.values(modules).flatMap((part) => Object.keys(part[kind]));
      expect(names.sort()).toEqual(Object.keys(templateSet[kind]).sort());
    }
    expect(set.manifest).toBe(parts.manifest);
    expect(set.checkedManifest).toBe(set.manifest);
    expect(set.manifest).toStrictEqual(templateSet.manifest);
    expect(templateSet.manifest).toBe(parts.manifest);
    expect({ name: set.name, version: set.version }).toEqual({
      name: templateSet.name,
      version: templateSet.version,
    });
    expect({ changelog, markdownlintConfig, sourceHashes }).toEqual({
      changelog: parts.changelog,
      markdownlintConfig: parts.markdownlintConfig,
      sourceHashes: parts.sourceHashes,
    });
  });

  it("give the hashes of the templates' sources alone too (@lac/templates/source-hashes), the same", () => {
    expect(sourceHashesAlone).toEqual(parts.sourceHashes);
    expect(Object.keys(sourceHashesAlone).sort()).toEqual(Object.keys(templateSources).sort());
    const [name, source] = Object.entries(templateSources)[0]!;
    expect(sourceHashesAlone[name]).toBe(
      `sha256-${createHash("sha256").update(source, "utf8").digest("hex")}`,
    );
  });

  it("keep Welsh templates in the Welsh part only, and one nation's in that nation's part", () => {
    for (const doc of templateSet.manifest.documents) {
      const part = parts.templateParts[doc.template];
      if (doc.language === "cy") expect(part, doc.id).toBe("cy");
      else if (doc.nations?.length === 1) expect(part, doc.id).toBe(doc.nations[0]);
      else expect(part, doc.id).toBe("en");
    }
    for (const [name, part] of Object.entries(parts.partialParts)) {
      expect(part, name).toBe(name.startsWith("cy/") ? "cy" : "en");
    }
  });

  it.each(EXAMPLES)(
    "render the %s council as templateSet does, loading only its nation's and languages' parts",
    (name) => {
      const config = example(name);
      const languageLists: readonly (readonly ("en" | "cy")[])[] = [["en"], ["en", "cy"], ["cy"]];
      for (const languages of languageLists) {
        const asked = { ...config, output: { ...config.output, languages: [...languages] } };
        for (const render of [renderPack, renderChecked]) {
          const { set, loaded } = lazySet();
          expect(render(asked, set)).toEqual(render(asked, templateSet));
          const nation = config.council.nation;
          const expected = [
            ...(languages.includes("en") ? ["en", nation] : []),
            ...(languages.includes("cy") && nation === "wales" ? ["cy"] : []),
          ];
          // A Welsh-only pack's documents call the English partials too, when they call any.
          expect(loaded.filter((part) => part !== "en").sort(), `${name} ${languages}`).toEqual(
            expected.filter((part) => part !== "en").sort(),
          );
          expect(new Set(loaded).size, `${name} ${languages}: each part once`).toBe(loaded.length);
        }
      }
    },
  );

  it("render errors as templateSet does, each at its template and place", () => {
    // A configuration the templates cannot render (a value missing deep in the data).
    const config = example("brackenford");
    const broken = {
      ...config,
      partners: config.partners.map((partner) => ({ ...partner, organisation: undefined })),
    };
    const { set } = lazySet();
    const lazy = renderPack(broken as never, set);
    expect(lazy.ok).toBe(false);
    expect(lazy).toEqual(renderPack(broken as never, templateSet));
  });

  it("stay lazy with a council's own templates: applyTemplateOverrides loads no part, and the render is the same", () => {
    const sources = [
      {
        name: "partials/draft-notice",
        file: "templates/partials/draft-notice.hbs",
        source: "DRAFT {{council.name}}\n",
      },
      {
        name: "documents/pack-index",
        file: "templates/documents/pack-index.hbs",
        source: "# {{council.name}}\n{{> draft-notice}}\n",
      },
    ];
    const { set, loaded } = lazySet();
    const lazy = applyTemplateOverrides(set, { sources });
    const eager = applyTemplateOverrides(templateSet, { sources });
    expect(loaded).toEqual([]);
    expect(lazy.ok && eager.ok).toBe(true);
    if (!lazy.ok || !eager.ok) return;
    expect(lazy.overridden).toEqual(eager.overridden);
    expect(Object.keys(lazy.templateSet.templates)).toEqual(Object.keys(eager.templateSet.templates));
    expect(Object.keys(lazy.templateSet.partials)).toEqual(Object.keys(eager.templateSet.partials));
    for (const name of EXAMPLES) {
      const config = example(name);
      expect(renderPack(config, lazy.templateSet)).toEqual(renderPack(config, eager.templateSet));
    }
    expect(loaded.sort()).toEqual(["cy", "en", "england", "wales"]);
  });

  it("are each precompiled for the Handlebars runtime of this release", () => {
    for (const part of Object.values(modules)) {
      for (const spec of [...Object.values(part.templates), ...Object.values(part.partials)]) {
        expect((spec as { compiler: unknown }).compiler).toEqual([8, ">= 4.3.0"]);
      }
    }
    expect((Handlebars as unknown as { COMPILER_REVISION: number }).COMPILER_REVISION).toBe(8);
  });
});
