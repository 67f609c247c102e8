import { describe, expect, it } from "vitest";
import { formatBytes, percent, progressText } from "./dokumente";

describe("Dokumente", () => {
  it("writes sizes and rates as Germans read them", () => {
    expect(formatBytes(0)).toBe("0 Byte");
    expect(formatBytes(1536)).toBe("1,5 KB");
    expect(formatBytes(50 * 1024 * 1024)).toBe("50,0 MB");
    expect(formatBytes(null)).toBe("0 Byte");
  });

  it("shows progress in whole percent with bytes per second", () => {
    expect(percent({ gesendet: 0, groesse: 0 })).toBe(0);
    expect(percent({ gesendet: 999, groesse: 1000 })).toBe(99);
    expect(percent({ gesendet: 1000, groesse: 1000 })).toBe(100);
    expect(progressText({ gesendet: 512, groesse: 1024, rate: 2 * 1024 * 1024 })).toBe("50 % · 2,0 MB/s");
    expect(progressText({ gesendet: 0, groesse: 1024, rate: null })).toBe("0 %");
    expect(progressText({ gesendet: 1024, groesse: 1024, rate: 5 })).toBe("100 % · gesendet, warte auf Bestätigung von Europace …");
  });
});
