import { describe, expect, it } from "vitest";
import type { Finding_Serialize } from "./bindings";
import { count, findingText, isFehler } from "./findings";

const finding = (severity: Finding_Serialize["severity"]): Finding_Serialize => ({ path: "a", severity, kind: "rule", message: "Fehler im Text" });

describe("findings", () => {
  it("are Fehler by their severity, not by their text", () => {
    expect(isFehler(finding("Fehler"))).toBe(true);
    expect(isFehler(finding("Hinweis"))).toBe(false);
  });

  it("count Fehler and Hinweise", () => {
    expect(count([finding("Fehler"), finding("Hinweis"), finding("Hinweis")])).toEqual({ fehler: 1, hinweise: 2 });
    expect(count([])).toEqual({ fehler: 0, hinweise: 0 });
  });

  it("mark a server's words as Europace's by their kind, and leave Leadbridge's as they are", () => {
    expect(findingText({ ...finding("Fehler"), kind: "server", message: "must not be null" })).toBe("Europace: must not be null");
    expect(findingText(finding("Hinweis"))).toBe("Fehler im Text");
  });
});
