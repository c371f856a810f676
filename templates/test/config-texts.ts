// The names and texts of a configuration, which the Welsh documents may show as they were written
// (in English when the council gave no Welsh form): the only words a Welsh spell check allows.
import type { CouncilConfig } from "@lac/council";

/** Every text value of the configuration (names of the council, places, partners, posts; role titles; sources). */
export function configTexts(config: CouncilConfig): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(config);
  return texts.filter((text) => text.length > 1);
}
