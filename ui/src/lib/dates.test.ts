import { describe, expect, it } from "vitest";
import { fromGerman, toGerman } from "./dates";

describe("German dates", () => {
  it("shows API dates the German way", () => {
    expect(toGerman("1980-04-03")).toBe("03.04.1980");
    expect(toGerman("03.04.19")).toBe("03.04.19");
  });

  it("keeps typed dates as the API wants them", () => {
    expect(fromGerman("3.4.1980")).toBe("1980-04-03");
    expect(fromGerman(" 29.02.2024 ")).toBe("2024-02-29");
  });

  it("keeps what is not a real day as typed", () => {
    expect(fromGerman("31.02.2024")).toBe("31.02.2024");
    expect(fromGerman("03.04.")).toBe("03.04.");
    expect(fromGerman("1980-04-03")).toBe("1980-04-03");
  });
});
