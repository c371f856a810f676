/** The formats a pack document can be written in besides its Markdown source. */
export type DerivedFormat = "docx" | "html";

/** Every format of the pack, Markdown (the source) included. */
export type PackFormat = "markdown" | DerivedFormat;

/** One phase of the programme, dated: what the timeline chart is drawn from. */
export interface TimelinePhase {
  readonly name: string;
  /** First day, as an ISO date (YYYY-MM-DD). */
  readonly start: string;
  /** Last day, as an ISO date (YYYY-MM-DD). */
  readonly end: string;
}

/** An image already read and checked by the caller: its bytes and what kind of image they are. */
export interface LogoImage {
  readonly bytes: Uint8Array;
  readonly type: "png" | "jpeg" | "svg";
  /** The text alternative: the council's name in the document's language, such as "Brackenford Borough Council". */
  readonly alt: string;
}

/**
 * A chart drawn by the caller: an SVG for HTML (and for Word, which also needs a PNG for programs that
 * cannot show SVG), its size in pixels and its text alternative.
 */
export interface Figure {
  readonly svg: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The text alternative: what the chart shows, in words. */
  readonly alt: string;
  /** A short caption shown under the chart. */
  readonly caption: string;
}

/** The council's house style. Every field has a safe default. */
export interface HouseStyle {
  /** A font family name, such as "Arial". */
  readonly font?: string;
  /** The colour of headings and of the timeline's bars, as #rrggbb. */
  readonly headingColour?: string;
  readonly logo?: LogoImage;
}

export const DEFAULT_FONT = "Arial";
export const DEFAULT_HEADING_COLOUR = "#1f4e79";

/** What a document is converted with. */
export interface ConvertOptions {
  /** The document's title (its properties in Word, <title> in HTML). */
  readonly title: string;
  /** The Markdown file the document is generated from, relative to the pack folder, such as "roles/team-manager.md". */
  readonly sourcePath: string;
  /** The language of the document's text. */
  readonly language: "en" | "cy";
  /**
   * An Easy Read document: its text is set in 14-point type (Word and HTML, on screen and in print), as Easy
   * Read guidance asks. Give it from what the document is (`easyRead` of the template manifest, which
   * `renderPack` of @lac/documents passes on as each document's `easyRead`), never from its file name.
   * Default false.
   */
  readonly easyRead?: boolean;
  /** The council's official name (a document property in Word). */
  readonly council: string;
  /** The template set the Markdown came from, such as "@lac/templates 1.2.0". */
  readonly templateVersion: string;
  readonly style?: HouseStyle;
  /**
   * The dated phases: a Mermaid `gantt` code block in the Markdown is replaced by a chart drawn from
   * them (never from the Mermaid source). Without them, the code block is kept as code.
   */
  readonly timeline?: readonly TimelinePhase[];
  /**
   * The formats the pack is written in. When given, each link to another Markdown document of the pack
   * is followed by links to that document in the other formats.
   */
  readonly linkOtherFormats?: readonly PackFormat[];
  /**
   * Charts drawn by the caller, by the address a Markdown image points at: a paragraph holding only
   * `![…](charts/x.svg)` becomes the figure for "charts/x.svg" (inline SVG in HTML, an image in Word).
   */
  readonly figures?: Readonly<Record<string, Figure>>;
}
