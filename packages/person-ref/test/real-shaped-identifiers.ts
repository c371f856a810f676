import fc from "fast-check";

/**
 * Real-shaped direct identifiers, written in every style people use, for property tests of every parser that
 * takes a reference. Each value comes with its kind, so that a failing case says what it was.
 */
export interface RealShapedIdentifier {
  readonly kind: "nhs-number" | "ni-number" | "postcode" | "name-with-digits";
  readonly value: string;
}

const separators = fc.constantFrom("", " ", "-", ".", "_", ":", "/");
const prefixes = fc.constantFrom("", "P-", "ID:", "NHS.", "J-", "x1-");
const suffixes = fc.constantFrom("", "-1", "_7x", ":02");

function withNhsCheckDigit(nine: readonly number[]): string | undefined {
  const sum = nine.reduce((total, digit, index) => total + digit * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return `${nine.join("")}${check === 11 ? 0 : check}`;
}

const nhsNumber = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
    separators,
    prefixes,
    suffixes,
  )
  .filter(([nine]) => withNhsCheckDigit(nine) !== undefined)
  .map(([nine, separator, prefix, suffix]): RealShapedIdentifier => {
    const digits = withNhsCheckDigit(nine) ?? "";
    const written = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(separator);
    return { kind: "nhs-number", value: `${prefix}${written}${suffix}` };
  });

const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const niNumber = fc
  .tuple(
    letter,
    letter,
    fc.stringMatching(/^[0-9]{6}$/),
    fc.constantFrom(..."ABCD"),
    separators,
    fc.boolean(),
    prefixes,
  )
  .map(([a, b, six, last, separator, lower, prefix]): RealShapedIdentifier => {
    const written = [`${a}${b}`, six.slice(0, 2), six.slice(2, 4), six.slice(4), last].join(separator);
    return { kind: "ni-number", value: `${prefix}${lower ? written.toLowerCase() : written}` };
  });

const postcode = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{1,2}$/),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom("", "A", "W", "1"),
    fc.integer({ min: 0, max: 9 }),
    fc.stringMatching(/^[A-Z]{2}$/),
    fc.constantFrom("", " ", "-", "."),
    fc.boolean(),
  )
  .map(([area, district, sub, sector, unit, separator, lower]): RealShapedIdentifier => {
    const written = `${area}${district}${sub}${separator}${sector}${unit}`;
    return { kind: "postcode", value: lower ? written.toLowerCase() : written };
  });

const names = fc.constantFrom("John", "Smith", "Jane", "Mohammed", "Priya", "Owen", "Siân", "Ali");
const nameWithDigits = fc
  .tuple(
    names,
    names,
    fc.integer({ min: 1930, max: 2020 }),
    fc.constantFrom("full", "initial", "number-first"),
  )
  .map(([first, last, year, style]): RealShapedIdentifier => {
    const value =
      style === "full"
        ? `${first}${last}${year}`
        : style === "initial"
          ? `${last}${first[0] ?? "J"}${year}`
          : `${year}${last}`;
    return { kind: "name-with-digits", value };
  });

/** Any of the real-shaped identifiers above. */
export function realShapedIdentifier(): fc.Arbitrary<RealShapedIdentifier> {
  return fc.oneof(nhsNumber, niNumber, postcode, nameWithDigits);
}
