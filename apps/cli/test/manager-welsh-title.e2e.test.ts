import { readFileSync } from "node:fs";
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
const SPACE = " ";

// The manager's role title in Welsh (team.manager.welshTitle) is asked, straight after the manager's title,
// when a Welsh council's documents include Welsh.
describe.runIf(hasScript)("lac init in a terminal, for a Welsh council's pack in Welsh", () => {
  it("asks for the manager's role title in Welsh, and the Welsh role description uses it", async () => {
    // Without a team in the answers file, lac asks the team's questions, optional ones included.
    writePartialAnswers(folder.dir, "cwm-teg", { without: ["team"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Coordinator grade or salary band", ENTER],
        ["Full-time working week", ENTER],
        ["Contract of the posts", ENTER],
        ["DBS check the posts need", ENTER],
        ["Has the council assessed the Welsh language skills", `n${ENTER}`],
        // Not Cwm Teg's programme lead, whom the manager reports to by default.
        ["Role title of the coordinators' manager", `Local Area Coordination Team Manager${ENTER}`],
        // Straight after the title: the answers file says the documents include Welsh.
        ["Manager's role title in Welsh (optional)", `Teitl y rheolwr${ENTER}`],
        ["How many coordinators one manager line-manages", ENTER],
        ["Role the manager reports to", ENTER],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    const config = writtenConfig<{
      team: { manager: Record<string, unknown> };
    }>(folder.dir);
    expect(config.team.manager).toMatchObject({
      title: "Local Area Coordination Team Manager",
      welshTitle: "Teitl y rheolwr",
    });
    expect(readFileSync(join(folder.dir, "pack", "roles", "team-manager.cy.md"), "utf8")).toMatch(
      /^# Disgrifiad swydd: Teitl y rheolwr$/m,
    );
  }, 60_000);

  it("asks a Welsh council the languages of its documents before its Welsh name, and the layout of Welsh documents at the end", async () => {
    writePartialAnswers(folder.dir, "cwm-teg", { without: ["council", "output"] });

    const { status, output } = await runLacInTerminal(
      ["init", "pack", "--answers", "partial.yaml"],
      folder.dir,
      [
        ["Council's official name", `Cwm Teg County Borough Council (fictional)${ENTER}`],
        ["Short name used in the documents' text", ENTER],
        ["Nation", DOWN],
        ["❯ Wales", ENTER],
        // English is ticked by default: tick Welsh as well.
        ["◯ Welsh", `${DOWN}${SPACE}${ENTER}`],
        ["Council's official name in Welsh (optional)", `Cyngor Bwrdd Sirol Cwm Teg${ENTER}`],
        ["ONS GSS code of the council", `W06999001${ENTER}`],
        ["Population of the council's area", `96300${ENTER}`],
        ["Council website", `https://cwmteg.example.gov.uk${ENTER}`],
        ["Layout of the Welsh documents", ENTER],
        ["Formats of the documents", ENTER],
      ],
      { timeoutMs: 40_000 },
    );
    expect(status, output).toBe(0);
    expect(output.indexOf("Languages of the documents")).toBeLessThan(
      output.indexOf("Council's official name in Welsh"),
    );
    const config = writtenConfig<{
      council: Record<string, unknown>;
      output: Record<string, unknown>;
    }>(folder.dir);
    expect(config.council.welshName).toBe("Cyngor Bwrdd Sirol Cwm Teg");
    expect(config.output.languages).toEqual(["en", "cy"]);
  }, 60_000);
});
