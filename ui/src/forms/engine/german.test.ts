import { describe, expect, it } from "vitest";
import {
  countryName,
  matchCountries,
  readAmount,
  readDate,
  readIban,
  readInteger,
  readPercent,
  readPlz,
  showAmount,
  showIban,
} from "./german";

describe("amounts typed the German way", () => {
  it.each([
    ["10.000", 10000],
    ["1.000,50", 1000.5],
    ["1.000,5", 1000.5],
    ["1000", 1000],
    ["1,5", 1.5],
    ["  2.500,00 € ", 2500],
    ["0,99", 0.99],
    ["1.234.567,89", 1234567.89],
  ])("reads %s as %d", (typed, value) => {
    expect(readAmount(typed)).toEqual({ ok: true, value });
  });

  it.each(["1,2,3", "1.5", "10.00", "abc", "1,234", "12a", ","])("refuses %s with a German message", (typed) => {
    const reading = readAmount(typed);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/Zahl|Komma|Nachkommastellen|Ziffern/);
  });

  it("shows amounts with thousands dots and two decimals", () => {
    expect(showAmount(10000)).toBe("10.000,00");
    expect(showAmount(1000.5)).toBe("1.000,50");
  });

  it("keeps percentages and whole numbers exact", () => {
    expect(readPercent("3,49")).toEqual({ ok: true, value: 3.49 });
    expect(readInteger("120.000")).toEqual({ ok: true, value: 120000 });
    expect(readInteger("12,5").ok).toBe(false);
  });
});

describe("dates typed as TT.MM.JJJJ", () => {
  it("reads a real day into YYYY-MM-DD", () => {
    expect(readDate("21.07.1988")).toEqual({ ok: true, value: "1988-07-21" });
    expect(readDate("1.2.2003")).toEqual({ ok: true, value: "2003-02-01" });
    expect(readDate("29.02.2024")).toEqual({ ok: true, value: "2024-02-29" });
  });

  it("refuses a two-digit year instead of guessing the century", () => {
    const reading = readDate("01.02.03");
    expect(reading).toEqual({ ok: false, message: "Bitte das Jahr vierstellig eingeben, z. B. 21.07.1988." });
  });

  it("refuses a day the calendar does not have", () => {
    expect(readDate("29.02.2023")).toEqual({ ok: false, message: "Den 29.02.2023 gibt es nicht im Kalender." });
    expect(readDate("2023-02-01").ok).toBe(false);
  });
});

describe("IBAN", () => {
  it("takes a pasted IBAN with spaces and lower case and checks its checksum", () => {
    expect(readIban(" de89 3704 0044 0532 0130 00 ")).toEqual({ ok: true, value: "DE89370400440532013000" });
    expect(showIban("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("keeps a wrong IBAN as typed, for Leadbridge's check to name what is wrong", () => {
    expect(readIban("de00 3704 0044 0532 0130 00")).toEqual({ ok: true, value: "DE00370400440532013000" });
  });
});

describe("countries", () => {
  const codes = ["AT", "CH", "DE", "DK", "FR", "SONSTIGE"];

  it("finds Deutschland from what was typed, with German names", () => {
    expect(matchCountries(codes, "deut")[0]).toBe("DE");
    expect(matchCountries(codes, "oster")[0]).toBe("AT");
    expect(matchCountries(codes, "ch")[0]).toBe("CH");
    expect(countryName("DE")).toBe("Deutschland");
    expect(countryName("SONSTIGE")).toBe("Sonstiges Land");
  });
});

describe("PLZ", () => {
  it("wants five digits", () => {
    expect(readPlz("10115")).toEqual({ ok: true, value: "10115" });
    expect(readPlz("1011").ok).toBe(false);
  });
});
