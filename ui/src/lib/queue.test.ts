import { describe, expect, it } from "vitest";
import { progressLabel } from "./queue.svelte";

describe("progressLabel", () => {
  it("counts from one and names the draft", () => {
    expect(progressLabel({ done: 0, total: 12, current: "Mustermann, Max" })).toBe("Sende 1 von 12: Mustermann, Max");
  });

  it("never counts past the total and copes without a title", () => {
    expect(progressLabel({ done: 3, total: 3, current: null })).toBe("Sende 3 von 3");
  });
});
