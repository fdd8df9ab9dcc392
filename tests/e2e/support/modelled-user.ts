import type { Locator, Page } from "playwright-core";
import { keystrokesOf, wordsOf, type Interaction } from "./keystroke-level-model";

/*
 * Drives the real page as a first-time user and records what that person would do and read, for the
 * keystroke-level model: every click, choice and keystroke goes through here, and after each one the visible
 * text of the page's <main> is read again (innerText: what is rendered, without folded or hidden parts), so
 * each line of text is counted once, when it first appears. A field shown on a step and left alone costs a
 * decision (M) when the step is left.
 *
 * `aside` runs actions that a person doing the task would not (a test's deliberate mistakes): they happen, but
 * are left out of the `clean` record, so one run gives both the path as tested and the path as intended.
 */
export class ModelledUser {
  /** Everything done and read, deliberate mistakes included. */
  readonly all: Interaction[] = [];
  /** The task as a person doing it right would do it. */
  readonly clean: Interaction[] = [];
  /** The texts counted as read on the clean path, in order: printed so the count can be checked by eye. */
  readonly shown: string[] = [];
  private readonly touched = new Set<string>();
  private asideDepth = 0;

  constructor(
    private readonly page: Page,
    private readonly region = "main",
  ) {}

  private record(interaction: Interaction) {
    this.all.push(interaction);
    if (this.asideDepth === 0) this.clean.push(interaction);
  }

  /**
   * Counts the words of text that became visible, or changed, since the last look: each text node of the
   * region is read when it is first rendered (it has a box on screen) and again only if its text changes. The
   * lede and the footer are read once; a step's new heading, a revealed field or a new error are read.
   */
  async read(): Promise<void> {
    const fresh = await this.page.locator(this.region).evaluate((root, clean) => {
      const state = window as unknown as { __klmSeen?: { all: WeakMap<Text, string>; clean: WeakMap<Text, string> } };
      const seen = (state.__klmSeen ??= { all: new WeakMap(), clean: new WeakMap() });
      const texts = { all: [] as string[], clean: [] as string[] };
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data.trim();
        if (!text) continue;
        // Rendered and not inside a closed <details> (whose content Chromium keeps laid out but skipped).
        const visible =
          node.parentElement?.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true }) ?? false;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (!visible || range.getClientRects().length === 0) continue;
        if (seen.all.get(node) !== text) {
          seen.all.set(node, text);
          texts.all.push(text);
        }
        if (clean && seen.clean.get(node) !== text) {
          seen.clean.set(node, text);
          texts.clean.push(text);
        }
      }
      return texts;
    }, this.asideDepth === 0);
    const words = (texts: string[]) => texts.reduce((sum, text) => sum + wordsOf(text), 0);
    if (fresh.all.length > 0) this.all.push({ kind: "read", words: words(fresh.all) });
    if (fresh.clean.length > 0) this.clean.push({ kind: "read", words: words(fresh.clean) });
    this.shown.push(...(this.asideDepth === 0 ? fresh.clean : []));
  }

  /** A new step or page is shown: later interactions are counted under its title. */
  async step(title: string): Promise<void> {
    this.record({ kind: "step", title });
    this.touched.clear();
    await this.read();
  }

  private async nameOf(locator: Locator): Promise<string> {
    return (await locator.getAttribute("name")) ?? (await locator.textContent())?.trim() ?? "?";
  }

  /** Clicks a button, link, fold or option; a click that leaves the page or the step is read by `step` instead. */
  async click(locator: Locator, options: { leaves?: boolean } = {}): Promise<void> {
    const name = await this.nameOf(locator);
    await locator.click();
    this.touched.add(name);
    this.record({ kind: "click", target: name });
    if (!options.leaves) await this.read();
  }

  /** Ticks a radio button or checkbox (a click). */
  async choose(locator: Locator): Promise<void> {
    const name = await this.nameOf(locator);
    await locator.check();
    this.touched.add(name);
    this.record({ kind: "click", target: name });
    await this.read();
  }

  /** Clicks into a field and types the text, key by key. */
  async type(locator: Locator, text: string): Promise<void> {
    const name = await this.nameOf(locator);
    await locator.click();
    await locator.fill("");
    await this.page.keyboard.type(text);
    this.touched.add(name);
    this.record({ kind: "type", target: name, keystrokes: keystrokesOf(text), via: "mouse" });
    await this.read();
  }

  /** Types into the field that has the focus (reached by Tab). */
  async typeHere(text: string): Promise<void> {
    const name = (await this.page.evaluate(() => document.activeElement?.getAttribute("name"))) ?? "?";
    await this.page.keyboard.type(text);
    this.touched.add(name);
    this.record({ kind: "type", target: name, keystrokes: keystrokesOf(text), via: "focus" });
    await this.read();
  }

  /**
   * Sets a date-and-time field. A person types its digits into the field's segments (2026-11-22T09:30 is
   * twelve), plus the AM/PM key where the browser shows one: counted as 13 keystrokes.
   */
  async typeDateTime(locator: Locator, value: string): Promise<void> {
    const name = await this.nameOf(locator);
    await locator.click();
    await locator.fill(value);
    this.touched.add(name);
    this.record({ kind: "type", target: name, keystrokes: value.replace(/\D/g, "").length + 1, via: "mouse" });
    await this.read();
  }

  /** Presses keys (Tab, Enter); `decided` when pressing them is a decision of its own (Enter to go on). */
  async press(key: string, options: { decided?: boolean; leaves?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press(key);
    this.record({ kind: "keys", count: 1, decided: options.decided ?? false });
    if (!options.leaves) await this.read();
  }

  /**
   * Leaving a step: one decision (M) for every visible field nobody touched (a pre-filled time accepted, an
   * optional question skipped) and for every fold of pre-filled answers or optional extras left closed.
   */
  async considerUntouched(): Promise<string[]> {
    const names = await this.page.locator(this.region).evaluate((root) => {
      const found = new Set<string>();
      for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
        "input[name], textarea[name], select[name]",
      )) {
        if (input.type !== "hidden" && input.checkVisibility()) found.add(input.name);
      }
      // A closed fold of pre-filled answers or optional extras is a decision too (leave them as they are).
      for (const fold of root.querySelectorAll<HTMLDetailsElement>("details.prefilled:not([open]), details.optional:not([open])")) {
        if (fold.checkVisibility()) found.add(`fold: ${fold.querySelector("summary")?.textContent?.slice(0, 40) ?? ""}`);
      }
      return [...found];
    });
    const untouched = names.filter((name) => !this.touched.has(name));
    for (const name of untouched) this.record({ kind: "check", target: name });
    return untouched;
  }

  /** Waits for the system and records how long that took (KLM's R). */
  async wait<T>(what: string, action: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await action();
    this.record({ kind: "wait", seconds: (performance.now() - started) / 1000, what });
    return result;
  }

  /** Runs actions a person doing the task would not do (a test's deliberate mistakes): left out of `clean`. */
  async aside<T>(action: () => Promise<T>): Promise<T> {
    this.asideDepth++;
    try {
      return await action();
    } finally {
      this.asideDepth--;
    }
  }
}
