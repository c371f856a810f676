import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** The earliest time a ZIP file can record (1 January 1980), used for every entry. */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/** A picture whose format is compressed already. */
const COMPRESSED_MEDIA = /^word\/media\/.*\.(png|jpe?g)$/i;

/** A relationship id the docx package made at random (nanoid): "rId" and 21 URL-safe characters. */
const RANDOM_RELATIONSHIP_ID = /\brId[A-Za-z0-9_-]{21}(?=")/g;

/** The parts of a Word file by their paths in its ZIP: XML as text, or bytes. */
export type DocxParts = ReadonlyMap<string, string | Uint8Array | ArrayBuffer>;

/**
 * Makes a .docx the same bytes for the same content, so that lac can tell an unchanged file from an edited
 * one: the docx package stamps the time of writing (in the document properties and in every ZIP entry)
 * and gives hyperlinks random relationship ids. This removes the timestamps and renumbers those ids in
 * order of first appearance. Nothing else in the file changes.
 */
export function makeDocxReproducible(docx: Uint8Array): Uint8Array {
  return zipReproducibly(new Map(Object.entries(unzipSync(docx))));
}

/**
 * The same, from the parts of the file before they are zipped (see docxParts in to-docx.ts): the same
 * bytes as zipping them, unzipping them and calling makeDocxReproducible, without zipping twice.
 */
export function zipReproducibly(parts: DocxParts): Uint8Array {
  const renamed = new Map<string, string>();
  const names = [...parts.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const rename = (id: string) => {
    let next = renamed.get(id);
    if (next === undefined) {
      next = `rIdLink${renamed.size + 1}`;
      renamed.set(id, next);
    }
    return next;
  };
  const output: Zippable = {};
  for (const name of names) {
    const data = parts.get(name)!;
    let bytes: Uint8Array;
    if (/\.(xml|rels)$/.test(name)) {
      let text = typeof data === "string" ? data : strFromU8(bytesOf(data));
      if (name === "docProps/core.xml") {
        text = text.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, "");
      }
      text = text.replace(RANDOM_RELATIONSHIP_ID, rename);
      bytes = strToU8(text);
    } else {
      bytes = typeof data === "string" ? strToU8(data) : bytesOf(data);
    }
    // Pictures (PNG, JPEG) are compressed already: stored as they are, not deflated again for nothing.
    output[name] = [bytes, { mtime: ZIP_EPOCH, ...(COMPRESSED_MEDIA.test(name) ? { level: 0 } : {}) }];
  }
  return zipSync(output, { level: 6, mtime: ZIP_EPOCH });
}

function bytesOf(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** [Content_Types].xml first, as Office expects; then the rest by name. */
function order(name: string): number {
  return name === "[Content_Types].xml" ? 0 : 1;
}
