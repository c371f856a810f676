import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  hasScript,
  runLacInTerminal,
  temporaryFolder,
  writePartialAnswers,
  writtenConfig,
} from "./run-lac.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const ENTER = "\r";
const DOWN = "\u001b[B";
const UP = "\u001b[A";
const SPACE = " ";

// `script` (util-linux) gives lac a real pseudo-terminal, so the prompts run as they do for a person.
describe.runIf(hasScript)("lac init in a terminal", () => {
  it("asks only for what the answers file leaves out, checks each answer as it is typed, and writes the pack", async () => {
    writePartialAnswers(folder.dir, "brackenford", {
      without: ["council.website", "programme.startDate", "programme.budget"],
    });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Council website", `brackenford.example.gov.uk${ENTER}`],
        ["is not a secure web address", `\u0015https://brackenford.example.gov.uk${ENTER}`],
        ["Programme start date", `next spring${ENTER}`],
        ["is not a real calendar date", `\u00152027-04-01${ENTER}`],
      ],
    );
    expect(output).toContain("is not a secure web address");
    expect(output).toContain("is not a real calendar date");
    expect(status, output).toBe(0);
    const config = readFileSync(join(folder.dir, "pack", "lac.config.yaml"), "utf8");
    expect(config).toContain("website: https://brackenford.example.gov.uk");
    expect(config).toContain('startDate: "2027-04-01"');
    expect(config).not.toContain("budget:");
    expect(readFileSync(join(folder.dir, "pack", "implementation-plan.md"), "utf8")).toContain(
      "1 April 2027",
    );
  }, 30_000);

  it("blames a wrong answer typed at the prompt on the prompt, not on a line of the answers file", async () => {
    writePartialAnswers(folder.dir, "brackenford", { without: ["council.gssCode"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["ONS GSS code", `W06000001${ENTER}`],
        // (The error before them names both questions.)
        ["? Nation", ENTER],
        // Asked again without the refused code as its default: Enter alone is refused as empty.
        [`Your answer was "W06000001".`, ""],
        ["? ONS GSS code of the council", ENTER],
        ["> ", `E06999001${ENTER}`],
      ],
    );
    expect(output).not.toContain("ONS GSS code of the council (W06000001)");
    expect(output).toMatch(
      /error ONS GSS code of the council: [^\n]* but the answer to "Nation" is "England"[^\n]*\(council\.gssCode, answered at the prompt\)/,
    );
    expect(output).not.toMatch(/partial\.yaml:\d+:\d+ error council\.gssCode/);
    expect(output).not.toMatch(/error council\.gssCode/);
    expect(status, output).toBe(0);
  }, 30_000);

  it("names the question of an error found after the questions, and its list item, with the path only at the end", async () => {
    writePartialAnswers(folder.dir, "brackenford", { without: ["neighbourhoods"] });
    const neighbourhood = (n: number, name: string): [string, string][] => [
      [`Neighbourhood ${n}: Neighbourhood name`, `${name}${ENTER}`],
      [`Neighbourhood ${n}: Population of the neighbourhood`, `9000${ENTER}`],
      [`Neighbourhood ${n}: Wards or places it covers`, `${name}${ENTER}`],
      [`Neighbourhood ${n}: Local Area Coordinators`, ENTER],
      [`Neighbourhood ${n}: Is it rural`, ENTER],
    ];

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ...neighbourhood(1, "Riverside"),
        ["Add another neighbourhood?", `y${ENTER}`],
        ...neighbourhood(2, "riverside"),
        ["Add another neighbourhood?", `n${ENTER}`],
        // The same name twice: refused, and its question asked again.
        ["Neighbourhood 2: Neighbourhood name", `\u0015Hillside${ENTER}`],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /error Neighbourhood 2 \(riverside\): Neighbourhood name: The neighbourhood "riverside" is listed twice \(first at Neighbourhood 1 \(Riverside\)\)\. Give each neighbourhood a different name, or remove the repeat\. \(neighbourhoods\[1\]\.name, answered at the prompt\)/,
    );
    // The question asked again says the problem without the path.
    expect(output).toMatch(
      /\n {2}The neighbourhood "riverside" is listed twice \(first at Neighbourhood 1 \(Riverside\)\)\. Give each neighbourhood a different name, or remove the repeat\.\r?\n/,
    );
    expect(output).not.toMatch(/error neighbourhoods\[1\]\.name|first at neighbourhoods\[0\]/);
    const config = writtenConfig<{
      neighbourhoods: { name: string }[];
    }>(folder.dir);
    expect(config.neighbourhoods.map((neighbourhood) => neighbourhood.name)).toEqual([
      "Riverside",
      "Hillside",
    ]);
  }, 60_000);

  it("asks again a list answered on one line when one of its items is refused, naming the list's question", async () => {
    writePartialAnswers(folder.dir, "brackenford", { without: ["partners"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Add a partner that shares information with the programme?", `y${ENTER}`],
        ["Partner 1: Partner organisation", `Brackenford Housing Services${ENTER}`],
        ["Partner 1: What kind of organisation it is", DOWN],
        ["❯ Service of this council", ENTER],
        ["Partner 1: Information it shares", `introductions${ENTER}`],
        ["Partner 1: Information it receives", ENTER],
        // What it receives is ticked as anonymised, but it receives nothing: refused, and asked again,
        // with the refused choice ticked, to be unticked.
        ["Partner 1: Which directions carry only anonymised figures", `${DOWN}${SPACE}${ENTER}`],
        ["Add another partner?", `n${ENTER}`],
        ["◉ What it receives from the programme", `${DOWN}${SPACE}${ENTER}`],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /error Partner 1 \(Brackenford Housing Services\): Which directions carry only anonymised figures\?: "What it receives from the programme" is ticked in "Which directions carry only anonymised figures\?", but the answer to "Information it receives from the programme[^"]*" is empty\. Untick it in "Which directions carry only anonymised figures\?", or list what passes\.[^\n]* \(partners\[0\]\.anonymised\[0\], answered at the prompt\)/,
    );
    expect(output).not.toMatch(/anonymised lists|receives list/);
    const config = writtenConfig<{
      partners: { anonymised?: string[] }[];
    }>(folder.dir);
    expect(config.partners[0]?.anonymised ?? []).toEqual([]);
  }, 60_000);

  it("keeps an answers file's error at its line, in the file's words, when it asks the question again", async () => {
    writePartialAnswers(folder.dir, "brackenford", {
      edit: (answers) => Object.assign(answers.council as object, { website: "brackenford.example.gov.uk" }),
    });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [["Council website", `\u0015https://brackenford.example.gov.uk${ENTER}`]],
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(/partial\.yaml:\d+:\d+ error council\.website: /);
  }, 30_000);

  it("asks a refused choice again starting at another answer, so that Enter does not give the same error", async () => {
    // A district council (GSS code E07…) cannot rely on health or social care.
    writePartialAnswers(folder.dir, "brackenford", {
      edit: (answers) => {
        Object.assign(answers.council as object, { gssCode: "E07999001" });
        Object.assign(answers.dataProtection as object, {
          specialCategoryCondition: "health-or-social-care",
        });
      },
    });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [["? The council's condition for special category data", ENTER]],
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(/✔ The council's condition for special category data Statutory purposes/);
    const config = writtenConfig<{ dataProtection: { specialCategoryCondition: string } }>(folder.dir);
    expect(config.dataProtection.specialCategoryCondition).toBe("statutory-purposes");
  }, 30_000);

  it("asks a Welsh council whether one-way partners are under the protocol, and writes their Data Disclosure Agreements", async () => {
    // Without its data protection section, lac asks the section's questions: for a Welsh council, its
    // WASPI participation and then how the partners whose sharing is one way are covered (Cwm Teg's GP
    // practice and housing association only share; its health board and CVC share both ways).
    writePartialAnswers(folder.dir, "cwm-teg", { without: ["dataProtection"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Controller of the programme's personal data", ENTER],
        ["The council's ICO registration number", ENTER],
        ["Data Protection Officer: work email", `dpo@cwmteg.example.gov.uk${ENTER}`],
        // A Welsh council, which has social services responsibilities, is asked for its Caldicott Guardian too.
        ["Does the council have a Caldicott Guardian", `y${ENTER}`],
        ["Caldicott Guardian: role title", `Caldicott Guardian${ENTER}`],
        ["Caldicott Guardian: work email", `caldicott@cwmteg.example.gov.uk${ENTER}`],
        ["How many years records are kept", `6${ENTER}`],
        ["Counted from", ENTER],
        ["Has the council signed the WASPI Declaration", `y${ENTER}`],
        // The protocol is offered first, as the default: one step down is the agreements.
        ["Partners whose sharing is one way", DOWN],
        ["❯ Each one-way partner has a Data Disclosure Agreement of its own", ENTER],
        ["Privacy notice web address", `https://cwmteg.example.gov.uk/privacy${ENTER}`],
        // The pack includes Welsh, so the Welsh notice's own address is asked next.
        ["Welsh privacy notice web address", `https://cwmteg.example.gov.uk/preifatrwydd${ENTER}`],
        ["The council's condition for special category data", ENTER],
        ["Small-number threshold", ENTER],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    expect(output).toContain("its published pages do not say");
    // A yes/no question shows its help too (here, before the Caldicott Guardian is asked for).
    expect(output).toMatch(
      /In Wales, councils with social services responsibilities have one[^\n]*\n[^\n]*Does the council have a Caldicott Guardian/,
    );
    const config = writtenConfig<{
      dataProtection: { waspi: Record<string, unknown> };
    }>(folder.dir);
    expect(config.dataProtection).toMatchObject({
      caldicottGuardian: { role: "Caldicott Guardian", email: "caldicott@cwmteg.example.gov.uk" },
    });
    expect(readFileSync(join(folder.dir, "pack", "data-protection", "dpia.md"), "utf8")).toContain(
      "| Caldicott Guardian | <caldicott@cwmteg.example.gov.uk> |",
    );
    expect(config.dataProtection.waspi).toEqual({
      participant: true,
      oneWayPartners: "disclosure-agreements",
    });
    expect(config.dataProtection).toMatchObject({
      privacyNoticeUrlCy: "https://cwmteg.example.gov.uk/preifatrwydd",
    });
    for (const partner of ["aberteg-medical-centre", "cartrefi-cwm-teg"]) {
      expect(readFileSync(join(folder.dir, "pack", "data-sharing", `${partner}.md`), "utf8")).toContain(
        "Data Disclosure Agreement",
      );
    }
    expect(
      readFileSync(join(folder.dir, "pack", "data-sharing", "information-sharing-protocol.md"), "utf8"),
    ).toMatch(
      /Aberteg Medical Centre and Cartrefi Cwm Teg, whose sharing with the council is one way, each have a DDA of their own/,
    );
  }, 60_000);

  it("asks for each further partner in words that say which partners it has taken so far", async () => {
    writePartialAnswers(folder.dir, "brackenford", { without: ["partners"] });
    /** A service of the council (second in the list of kinds): it needs no ICO registration of its own. */
    const service = (n: number, name: string): [string, string][] => [
      [`Partner ${n}: Partner organisation`, `${name}${ENTER}`],
      [`Partner ${n}: What kind of organisation it is`, DOWN],
      ["❯ Service of this council", ENTER],
      [`Partner ${n}: Information it shares`, `introductions${ENTER}`],
      [`Partner ${n}: Information it receives`, ENTER],
      [`Partner ${n}: Which directions carry only anonymised figures`, ENTER],
    ];

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Add a partner that shares information with the programme?", `y${ENTER}`],
        ...service(1, "Brackenford Adult Social Care"),
        ["Add another partner? (1 added: Brackenford Adult Social Care)", `y${ENTER}`],
        ...service(2, "Brackenford Housing Services"),
        // (The terminal wraps the question at 80 columns.)
        ["Add another partner? (2 added: Brackenford Adult Social Care, Brackenford", `n${ENTER}`],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    // The first question's words are not asked again after a partner.
    expect(output.lastIndexOf("Add a partner that shares information")).toBeLessThan(
      output.indexOf("Partner 1: Partner organisation"),
    );
    const config = writtenConfig<{
      partners: { organisation: string }[];
    }>(folder.dir);
    expect(config.partners.map((partner) => partner.organisation)).toEqual([
      "Brackenford Adult Social Care",
      "Brackenford Housing Services",
    ]);
  }, 60_000);

  it("offers a Welsh council the kinds of partner of Wales: a local health board, no integrated care board", async () => {
    writePartialAnswers(folder.dir, "cwm-teg", { without: ["partners"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Add a partner that shares information with the programme?", `y${ENTER}`],
        ["Partner 1: Partner organisation", `Cwm Teg University Health Board${ENTER}`],
        // Council, Service of this council, NHS trust, then the health board.
        ["Partner 1: What kind of organisation it is", DOWN.repeat(3)],
        ["❯ Local health board (NHS Wales)", ENTER],
        ["Partner 1: The legal entity", ENTER],
        ["Partner 1: Its ICO registration number", `ZZ999101${ENTER}`],
        ["Partner 1: Its name in Welsh", `Bwrdd Iechyd Prifysgol Cwm Teg${ENTER}`],
        ["Partner 1: Information it shares", `introductions${ENTER}`],
        ["Partner 1: Information it receives", ENTER],
        ["Partner 1: Which directions carry only anonymised figures", ENTER],
        ["Add another partner?", `n${ENTER}`],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    const kinds = output.slice(
      output.indexOf("Partner 1: What kind of organisation it is"),
      output.indexOf("Partner 1: The legal entity"),
    );
    expect(kinds).toContain("Local health board (NHS Wales)");
    expect(kinds).not.toContain("Integrated care board");
    expect(kinds).not.toContain("NHS foundation trust");
    const config = writtenConfig<{
      partners: { kind: string }[];
    }>(folder.dir);
    expect(config.partners[0]?.kind).toBe("local-health-board");
  }, 60_000);

  it("tells a person at the prompt of a warning in the words of its question, with the partner's name, and where it is in lac.config.yaml", async () => {
    // Brackenford's Adult Social Care service is listed as a partner, on purpose: one warning.
    writePartialAnswers(folder.dir, "brackenford", { without: ["council.website"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [["Council website", `https://brackenford.example.gov.uk${ENTER}`]],
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /warning Partner 1 \(Brackenford Borough Council Adult Social Care\): What kind of organisation it is: "Brackenford Borough Council Adult Social Care" is listed as a service of the council itself[^\n]* \(partners\[0\]\.kind in pack\/lac\.config\.yaml\)/,
    );
    expect(output).not.toMatch(/warning partners\[0\]\.kind:/);
  }, 30_000);

  it("says a warning's fix as the answer to give to its question, not as a key to set in a file", async () => {
    // Brackenford's Adult Social Care service given as a council, not as a service of the council.
    writePartialAnswers(folder.dir, "brackenford", {
      without: ["council.website"],
      edit: (answers) =>
        Object.assign((answers.partners as object[])[0]!, {
          kind: "council",
          councilTier: "unitary",
          icoRegistrationNumber: "ZZ999000",
        }),
    });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [["Council website", `https://brackenford.example.gov.uk${ENTER}`]],
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /warning Partner 1 \(Brackenford Borough Council Adult Social Care\): Partner organisation: [^\n]*not a data-sharing agreement\. Answer "Service of this council" to "Partner 1 \(Brackenford Borough Council Adult Social Care\): What kind of organisation it is" to say so, or rename it if it is a separate organisation\. \(partners\[0\]\.organisation in pack\/lac\.config\.yaml\)/,
    );
    expect(output).not.toContain("Set kind:");
  }, 30_000);

  it("says a warning with no one-answer fix in the words of its questions, not the file's keys", async () => {
    // Cwm Teg's manager has no Welsh title (one warning), and one manager with a span of 2 is too few
    // for its 5 coordinators (another): the number of managers is given only in a file, never asked.
    writePartialAnswers(folder.dir, "cwm-teg", {
      without: ["council.website"],
      edit: (answers) => Object.assign((answers.team as { manager: object }).manager, { count: 1, span: 2 }),
    });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [["Council website", `https://cwmteg.example.gov.uk${ENTER}`]],
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /warning The number of managers: [^\n]*Raise the number of managers to 3, raise the span, or leave the number of managers out to have it worked out\. \(team\.manager\.count in pack\/lac\.config\.yaml\)/,
    );
    expect(output).toMatch(
      /warning Manager's role title in Welsh \(optional\): There is no answer to "Manager's role title in Welsh \(optional\)", and "Languages of the documents" asks for Welsh[^\n]* \(team\.manager in pack\/lac\.config\.yaml\)/,
    );
    expect(output).not.toMatch(/team\.manager\.count to|welshTitle is missing|output\.languages asks/);
  }, 30_000);

  it("offers a Welsh council, last, the kinds of body only in England, for a partner across the border", async () => {
    writePartialAnswers(folder.dir, "cwm-teg", { without: ["partners"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Add a partner that shares information with the programme?", `y${ENTER}`],
        ["Partner 1: Partner organisation", `Northshire Integrated Care Board${ENTER}`],
        // Up from the first kind is the last: the kinds of England.
        ["Partner 1: What kind of organisation it is", UP],
        ["❯ A kind of body only in England (a partner across the border)…", ENTER],
        ["Only for a partner across the border in England", DOWN],
        ["❯ Integrated care board", ENTER],
        ["Partner 1: The legal entity", ENTER],
        ["Partner 1: Its ICO registration number", `ZZ999102${ENTER}`],
        ["Partner 1: Its name in Welsh", `Bwrdd Gofal Integredig Northshire${ENTER}`],
        ["Partner 1: Information it shares", `introductions${ENTER}`],
        ["Partner 1: Information it receives", ENTER],
        ["Partner 1: Which directions carry only anonymised figures", ENTER],
        ["Add another partner?", `n${ENTER}`],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    const config = writtenConfig<{
      partners: { kind: string }[];
    }>(folder.dir);
    expect(config.partners[0]?.kind).toBe("integrated-care-board");
    // The warning of a kind of the other nation, with its fix as an answer.
    expect(output).toMatch(
      /warning Partner 1 \(Northshire Integrated Care Board\): What kind of organisation it is: [^\n]*: answer "Partner 1 \(Northshire Integrated Care Board\): What kind of organisation it is" with one of those\. Keep "integrated-care-board" only for a partner across the border in England\. \(partners\[0\]\.kind in pack\/lac\.config\.yaml\)/,
    );
  }, 60_000);

  it("asks the formats without a Markdown box, which could not be unticked, and writes them with Markdown", async () => {
    writePartialAnswers(folder.dir, "brackenford", { without: ["output"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        // Word is ticked by default: tick web pages as well.
        ["◯ Web pages (html)", `${DOWN}${SPACE}${ENTER}`],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    expect(output).toContain("always has every document in Markdown");
    expect(output).toContain("◉ Word (docx)");
    expect(output).not.toMatch(/[◯◉] Markdown/);
    const config = writtenConfig<{ output: { formats: string[] } }>(folder.dir);
    expect(config.output.formats).toEqual(["markdown", "docx", "html"]);
  }, 60_000);

  it("stops at Ctrl-C with exit code 130, writing nothing", async () => {
    const { status, output } = await runLacInTerminal(["init", "pack"], folder.dir, [
      ["official name", "\u0003"],
    ]);
    expect(status, output).toBe(130);
    expect(existsSync(join(folder.dir, "pack"))).toBe(false);
    expect(output).not.toMatch(/error|Stopped/i);
  }, 30_000);

  it("colours its output in a terminal, and not with NO_COLOR", async () => {
    const coloured = await runLacInTerminal(["principles"], folder.dir, [], { env: {} });
    expect(coloured.status).toBe(0);
    expect(coloured.output).toContain("\u001b[1m1. Citizenship");
    const plain = await runLacInTerminal(["principles"], folder.dir, [], { env: { NO_COLOR: "1" } });
    expect(plain.status).toBe(0);
    expect(plain.output).toContain("1. Citizenship");
    expect(plain.output).not.toContain("\u001b[1m");
  }, 30_000);
});
