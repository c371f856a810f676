import { describe, expect, it } from "vitest";
import { filledTitle, titlePaths, unfilledTitlePaths } from "./filled-title.js";

describe("filledTitle", () => {
  const data = {
    team: { manager: { title: "Team Leader \\(Adults\\)", posts: 2 } },
    cy: { managerTitle: '<span lang="en-GB">Team Leader</span> (enw Saesneg)' },
  };

  it("puts the text of the pack's data in place of each {path}", () => {
    expect(filledTitle("Role description: {team.manager.title}", data)).toBe(
      "Role description: Team Leader \\(Adults\\)",
    );
    expect(filledTitle("{team.manager.title} and {team.manager.title}", data)).toBe(
      "Team Leader \\(Adults\\) and Team Leader \\(Adults\\)",
    );
  });

  it("drops the marks of English text in a Welsh value", () => {
    expect(filledTitle("Disgrifiad swydd: {cy.managerTitle}", data)).toBe(
      "Disgrifiad swydd: Team Leader (enw Saesneg)",
    );
  });

  it("leaves a path that names no text of the data as written", () => {
    expect(filledTitle("Plan for {council.name}", data)).toBe("Plan for {council.name}");
    expect(filledTitle("{team.manager.posts} posts", data)).toBe("{team.manager.posts} posts");
    expect(filledTitle("{team.manager}", data)).toBe("{team.manager}");
    expect(filledTitle("{team.manager.title.length}", data)).toBe("{team.manager.title.length}");
    expect(filledTitle("{constructor}", data)).toBe("{constructor}");
    expect(filledTitle("Role description: {team.manager.title}", undefined)).toBe(
      "Role description: {team.manager.title}",
    );
  });

  it("leaves braces that name no path, and a title without braces, as they are", () => {
    expect(filledTitle("Plan {of the council}", data)).toBe("Plan {of the council}");
    expect(filledTitle("Implementation plan", data)).toBe("Implementation plan");
  });

  it("throws a TypeError for a title that is not text", () => {
    expect(() => filledTitle(undefined as unknown as string, data)).toThrow(TypeError);
  });
});

describe("titlePaths", () => {
  it("names each {path} of a title, braces and all, in order, whatever the data", () => {
    expect(titlePaths("Role description: {team.manager.title} for {council.shortName}")).toEqual([
      "{team.manager.title}",
      "{council.shortName}",
    ]);
    expect(titlePaths("Implementation plan")).toEqual([]);
    expect(titlePaths("A {} or {two words}")).toEqual([]);
  });
});

describe("unfilledTitlePaths", () => {
  it("names each {path} of a title that names no text of the data, in order", () => {
    const data = { council: { shortName: "Brackenford", population: 1 } };
    expect(unfilledTitlePaths("Plan of {council.shortName}", data)).toEqual([]);
    expect(
      unfilledTitlePaths("{council.shortNmae}, {council.population}, {council.shortName}", data),
    ).toEqual(["{council.shortNmae}", "{council.population}"]);
  });
});
