import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  // Tauri serves the built files from its own origin; relative paths keep them portable.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari16",
  },
  // Component tests mount Svelte's browser build inside jsdom.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    // Mounting a whole lead form in jsdom takes seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
}));
