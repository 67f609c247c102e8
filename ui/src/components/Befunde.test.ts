import { cleanup, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Finding_Serialize } from "../lib/bindings";
import Befunde from "./Befunde.svelte";

const refused: Finding_Serialize = { path: "kundenangaben", severity: "Fehler", kind: "server", message: "must not be null" };
const ok = "Keine Befunde: der Lead kann so gesendet werden.";

describe("Befunde", () => {
  afterEach(cleanup);

  it("says a lead can be sent only when neither Leadbridge nor Europace found anything", () => {
    render(Befunde, { findings: [], serverFindings: [], europaceChecked: true, onreveal: () => {}, ok });
    expect(screen.getByTestId("findings").textContent).toContain(ok);
    expect(screen.getByTestId("europace-ok")).toBeDefined();
  });

  it("does not say a lead can be sent while Europace objects", () => {
    render(Befunde, { findings: [], serverFindings: [], europaceFindings: [refused], europaceChecked: true, onreveal: () => {}, ok });
    expect(screen.getByTestId("findings").textContent).toBe("Leadbridge selbst hat nichts gefunden.");
    expect(screen.getByTestId("europace-findings").textContent).toContain("must not be null");
  });
});
