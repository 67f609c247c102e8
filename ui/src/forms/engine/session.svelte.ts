/**
 * One draft being edited: its content, the save queue and the findings. Components only render
 * and edit through it. Saves run one after another, so a later save carries the id the first
 * one got (never a second draft) and an older content never lands after a newer one.
 */
import { SvelteSet } from "svelte/reactivity";
import { commands, type DraftDetail_Serialize, type LeadKind, type Finding_Serialize } from "../../lib/bindings";
import { debounce } from "../../lib/debounce";
import { describeError } from "../../lib/errors";
import { count } from "../../lib/findings";
import { formatTime } from "../../lib/format";
import { getAt, setAt, steps, type Json } from "../../lib/jsonPath";

export type Content = { [key: string]: Json };


export class DraftSession {
  id: string | undefined = $state();
  kind: LeadKind = $state("KexImport");
  content: Content = $state({});
  beraterPartnerId = $state("");
  editable = $state(true);
  saveStatus = $state("Noch nicht gespeichert");
  /** Counts the user's changes, so a save knows whether it holds the latest one. */
  private changes = 0;
  error: string | undefined = $state();
  /** Findings of the last validation; undefined while the content changed since. */
  findings: Finding_Serialize[] | undefined = $state();
  /** What the server refused at the last send; each shows until its field is changed. */
  serverFindings: Finding_Serialize[] = $state([]);
  /** What Europace's check refused at the last "Prüfen"; each shows until its field is changed. */
  europaceFindings: Finding_Serialize[] = $state([]);
  /** Whether Europace checked the body at the last "Prüfen". */
  europaceChecked = $state(false);
  /** Why Europace's check did not run at the last "Prüfen" (German). */
  europaceNote: string | undefined = $state();
  /** "Prüfen" is under way (Europace's check can take a while). */
  checking = $state(false);
  /** Paths the user has left since opening: their findings show without asking. */
  readonly touched = new SvelteSet<string>();
  /** Whether every finding shows, not only those of touched fields ("Prüfen"). */
  showAll = $state(false);
  /** A path the user asked to see (a finding clicked, the field left last time): what hides
   *  it ("Weitere Angaben", a closed list entry) opens. */
  wanted: string | undefined = $state();
  /** Paths that have an input or a group on screen; a finding lands at the nearest of them.
   *  A plain set with one change counter: hundreds of inputs register while a form mounts. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- one counter below signals changes
  private readonly rendered = new Set<string>();
  private renderedVersion = $state(0);
  private renderedChange = false;

  private readonly saver = debounce(() => void this.save(), 400);
  private saving: Promise<void> = Promise.resolve();

  /** Takes over a draft opened from the store: its id, content, state and the findings Europace
   *  recorded. Returns the note on a damaged part, if any. */
  open(detail: DraftDetail_Serialize): string | undefined {
    const { item } = detail;
    this.id = item.id;
    this.kind = item.kind;
    this.content = (detail.content as Content | null) ?? {};
    this.serverFindings = detail.violations;
    this.beraterPartnerId = item.berater?.partnerId ?? "";
    this.editable = item.editable && !detail.damaged;
    this.saveStatus = `Gespeichert um ${formatTime(item.updatedAt)}`;
    return detail.damaged ?? undefined;
  }

  get(path: string): Json | undefined {
    return getAt(this.content, path);
  }

  /** Sets a value and saves soon. Undefined removes the value but keeps the groups around
   *  it, so a list entry being typed into never vanishes; empty groups are left out when saving. */
  set(path: string, value: Json | undefined): void {
    if (value !== undefined) setAt(this.content, path, value);
    else removeAt(this.content, path);
    if (this.serverFindings.some((f) => f.path === path)) this.serverFindings = this.serverFindings.filter((f) => f.path !== path);
    if (this.europaceFindings.some((f) => f.path === path)) this.europaceFindings = this.europaceFindings.filter((f) => f.path !== path);
    this.changed();
  }

  /** The group or list at `path`, created (with the groups around it) when absent. */
  ensure<T extends Json[] | Content>(path: string, empty: () => T): T {
    let node: Json = this.content;
    const parts = steps(path);
    for (const [i, step] of parts.entries()) {
      const container = node as Record<string | number, Json>;
      let child = container[step];
      if (child === undefined || child === null || typeof child !== "object") {
        const next = parts[i + 1];
        child = i === parts.length - 1 ? empty() : typeof next === "number" ? [] : {};
        container[step] = child;
        child = container[step] as Json;
      }
      node = child;
    }
    return node as T;
  }

  changed(): void {
    this.changes += 1;
    this.findings = undefined;
    this.europaceChecked = false;
    this.europaceNote = undefined;
    this.saveStatus = "Ungespeicherte Änderungen";
    this.saver.schedule();
  }

  /** The user left a field: once saved, validation runs and its findings show there. */
  leave(path: string): void {
    this.touched.add(path);
    void this.validate(false);
  }

  /** Saves now (Ctrl+S, leaving the page) and waits for every save under way. */
  async flush(): Promise<void> {
    this.saver.flush();
    await this.saving;
  }

  save(): Promise<void> {
    this.saving = this.saving.then(() => this.saveNow()).catch((e: unknown) => {
      this.saveStatus = "Nicht gespeichert";
      this.error = describeError(e);
    });
    return this.saving;
  }

  private async saveNow(): Promise<void> {
    const changesSaved = this.changes;
    this.saveStatus = "Speichert …";
    const result = await commands.draftSave({
      id: this.id ?? null,
      kind: this.kind,
      beraterPartnerId: this.beraterPartnerId || null,
      content: this.body(),
    });
    if (result.status === "ok") {
      this.id = result.data.id;
      // A change typed while this save was under way is not in it: it still waits for the next.
      this.saveStatus =
        this.changes === changesSaved ? `Gespeichert um ${formatTime(result.data.updatedAt)}` : "Ungespeicherte Änderungen";
      this.error = undefined;
    } else {
      this.saveStatus = "Nicht gespeichert";
      this.error = describeError(result.error);
    }
  }

  /** The content as it is saved: a plain copy without empty groups. */
  body(): Json {
    return prune(snapshot(this.content)) ?? {};
  }

  /** Asks Rust for the findings of the saved content; `all` shows every one of them. */
  async validate(all = true): Promise<void> {
    if (all) this.showAll = true;
    await this.flush();
    if (!this.id) return;
    const result = await commands.draftValidate(this.id);
    if (result.status === "ok") this.findings = result.data;
    else this.error = describeError(result.error);
  }

  /** "Prüfen": every local finding, and Europace's check where the kind's API offers one. */
  async check(): Promise<void> {
    this.showAll = true;
    await this.flush();
    if (!this.id || this.checking) return;
    this.checking = true;
    try {
      const result = await commands.draftCheck(this.id);
      if (result.status === "ok") {
        this.findings = result.data.findings;
        this.europaceFindings = result.data.europace;
        this.europaceChecked = result.data.europaceChecked;
        this.europaceNote = result.data.europaceNote ?? undefined;
      } else {
        this.error = describeError(result.error);
      }
    } finally {
      this.checking = false;
    }
  }

  /** Whether a finding at `path` shows now. */
  visible(path: string): boolean {
    if (this.showAll) return true;
    for (const touched of this.touched) if (isUnder(path, touched)) return true;
    return false;
  }

  /** Whether something under `path` asks to be seen: a visible finding or the wanted path. */
  wantsOpen(path: string): boolean {
    if (this.wanted !== undefined && isUnder(this.wanted, path)) return true;
    return this.shownFindings().some((f) => isUnder(f.path, path));
  }

  /** The findings that show now: local ones of touched fields (all after "Prüfen"), and the
   *  server's (a refused send, Europace's check) always. */
  private shownFindings(): Finding_Serialize[] {
    return [...(this.findings ?? []).filter((f) => this.visible(f.path)), ...this.serverFindings, ...this.europaceFindings];
  }

  /** Marks `path` as shown until the returned function is called. */
  show(path: string): () => void {
    this.rendered.add(path);
    this.renderedChanged();
    return () => {
      this.rendered.delete(path);
      this.renderedChanged();
    };
  }

  private renderedChanged(): void {
    if (this.renderedChange) return;
    this.renderedChange = true;
    queueMicrotask(() => {
      this.renderedChange = false;
      this.renderedVersion += 1;
    });
  }

  /** The rendered path a finding belongs to: its own field, or the nearest group shown. */
  anchor(path: string): string {
    void this.renderedVersion;
    const parts = steps(path);
    for (let length = parts.length; length > 0; length -= 1) {
      const candidate = join(parts.slice(0, length));
      if (this.rendered.has(candidate)) return candidate;
    }
    return "";
  }

  /** The shown findings that land exactly at `path`. */
  findingsAt(path: string): Finding_Serialize[] {
    return this.shownFindings().filter((f) => this.anchor(f.path) === path);
  }

  /** Open Fehler and Hinweise under a set of subtrees (for the side navigation). */
  countUnder(paths: readonly string[]): { fehler: number; hinweise: number } {
    return count([...(this.findings ?? []), ...this.serverFindings, ...this.europaceFindings].filter((f) => paths.some((p) => isUnder(f.path, p))));
  }
}

/** A plain copy of reactive content (Svelte's snapshot typed as the JSON it is: its recursive
 *  type is too deep for TypeScript). */
export const snapshot = (value: Json): Json => $state.snapshot(value as unknown) as Json;

/** Whether `path` is `prefix` or lies inside it. */
export const isUnder = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** Steps back into a path: ["haushalt", "kinder", 1, "name"] → "haushalt.kinder[1].name". */
export function join(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((path, step) => (typeof step === "number" ? `${path}[${step}]` : path ? `${path}.${step}` : step), "");
}

/** Removes the value at `path`; in a list the place stays, empty, so later entries keep their index. */
function removeAt(root: Content, path: string): void {
  const parts = steps(path);
  const last = parts.pop();
  const parent = parts.length === 0 ? root : getAt(root, join(parts));
  if (last === undefined || parent === null || typeof parent !== "object") return;
  if (Array.isArray(parent) && typeof last === "number") {
    if (last < parent.length) parent[last] = "";
  } else {
    Reflect.deleteProperty(parent, last);
  }
}

/** The body without what carries nothing: empty texts, and groups and lists left empty. The
 *  form never writes a value the user did not enter. */
export function prune(value: Json): Json | undefined {
  if (value === "") return undefined;
  if (Array.isArray(value)) {
    const kept = value.map(prune).filter((item): item is Json => item !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  if (value !== null && typeof value === "object") {
    const kept = Object.entries(value).flatMap(([key, child]) => {
      const pruned = prune(child);
      return pruned === undefined ? [] : [[key, pruned] as const];
    });
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  }
  return value;
}
