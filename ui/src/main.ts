import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { commands } from "./lib/bindings";
import { afterNextPaint } from "./lib/paint";

const target = document.getElementById("app");
if (!target) throw new Error("#app fehlt in index.html");
mount(App, { target });
// Reports the first interactive frame, for the start-up log and benchmark.
afterNextPaint(() => void commands.uiReady());
