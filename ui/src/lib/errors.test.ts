import { describe, expect, it } from "vitest";
import { describeError } from "./errors";

describe("describeError", () => {
  it("shows a command's German message as it is", () => {
    expect(describeError({ code: "DataDir", message: "Das Datenverzeichnis fehlt." })).toBe(
      "Das Datenverzeichnis fehlt.",
    );
  });

  it("wraps Tauri's own rejections in a German sentence", () => {
    expect(describeError("command app_info not found")).toBe(
      "Unerwarteter Fehler in Leadbridge: command app_info not found",
    );
    expect(describeError(new Error("boom"))).toBe("Unerwarteter Fehler in Leadbridge: boom");
    expect(describeError(undefined)).toBe("Unerwarteter Fehler in Leadbridge.");
  });
});
