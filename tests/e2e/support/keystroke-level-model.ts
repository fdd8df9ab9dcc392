/*
 * A predicted task time for a first-time user, from the Keystroke-Level Model (KLM) plus reading time.
 * Pure: the e2e tests record what they did in the real wizard and what it showed; this turns that into seconds.
 *
 * Operator times (seconds), from Card, Moran & Newell, "The Keystroke-Level Model for User Performance Time
 * with Interactive Systems", Communications of the ACM 23(7), 1980:
 *   K 0.28   one keystroke, "average non-secretary typist" (about 40 words per minute). The slow-typist
 *            variant uses 0.50, the paper's figure for typing random letters (its worst typist is 1.20).
 *   P 1.10   point with the mouse at a target on the screen
 *   H 0.40   move the hand between keyboard and mouse
 *   M 1.35   mental preparation, here one per decision or field
 *   B 0.10   press or release the mouse button, so a click is BB = 0.20: the 1980 paper counted the button
 *            as a keystroke; B is the later split, as in Kieras, "Using the Keystroke-Level Model to Estimate
 *            Execution Times" (University of Michigan, 2001).
 * Reading: 200 words per minute, slower than the 238 wpm average for silent reading of non-fiction in
 * Brysbaert's meta-analysis ("How many words do we read per minute?", Journal of Memory and Language 109,
 * 2019), so a first-time user who reads every visible word once is not flattered.
 *
 * Where the operators go (the model's heuristics, made explicit so they can be tested):
 *   click   (a choice, a button, a fold)            M, H if the hand is on the keyboard, P, BB
 *   type    into a field, with the mouse            M, H if on the keyboard, P, BB (to focus it), H, K per keystroke
 *   type    into the field that has focus           M, H if on the mouse, K per keystroke
 *   keys    (Tab, Enter)                            H if on the mouse, K each; M first when it is a decision
 *   check   a field seen and left as it is          M (a pre-filled time, a skipped optional field)
 *   read    words newly visible                     words / words-per-minute
 *   wait    for the system                          the measured seconds (KLM's R)
 * The hand starts on the mouse (the user has just clicked "Report a breach").
 */

export interface KlmParameters {
  /** Seconds per keystroke. */
  K: number;
  /** Seconds to point at a target. */
  P: number;
  /** Seconds per mouse-button press or release. */
  B: number;
  /** Seconds to move the hand between keyboard and mouse. */
  H: number;
  /** Seconds of mental preparation per decision or field. */
  M: number;
  /** Reading speed. */
  wordsPerMinute: number;
}

export const AVERAGE_TYPIST: KlmParameters = { K: 0.28, P: 1.1, B: 0.1, H: 0.4, M: 1.35, wordsPerMinute: 200 };
export const SLOW_TYPIST: KlmParameters = { ...AVERAGE_TYPIST, K: 0.5 };

/** Issue #5: a first-time user logs a simple incident in under five minutes. */
export const FIVE_MINUTES_S = 300;

export type Interaction =
  | { kind: "step"; title: string }
  | { kind: "read"; words: number }
  | { kind: "click"; target: string }
  | { kind: "type"; target: string; keystrokes: number; via: "mouse" | "focus" }
  | { kind: "keys"; count: number; decided: boolean }
  | { kind: "check"; target: string }
  | { kind: "wait"; seconds: number; what: string };

export interface Seconds {
  reading: number;
  keystrokes: number;
  /** P and B: pointing at targets and clicking them. */
  pointing: number;
  /** H: moving the hand between keyboard and mouse. */
  homing: number;
  mental: number;
  waiting: number;
  total: number;
}

export interface OperatorCounts {
  K: number;
  P: number;
  B: number;
  H: number;
  M: number;
  words: number;
}

export interface Prediction {
  parameters: KlmParameters;
  seconds: Seconds;
  counts: OperatorCounts;
  /** The same, per wizard step (interactions before the first step count under "start"). */
  steps: Array<{ title: string; seconds: Seconds; counts: OperatorCounts }>;
}

/** Keys pressed to type the text on a US/UK layout: one per character, plus Shift for capitals and shifted symbols. */
export function keystrokesOf(text: string): number {
  let keys = 0;
  for (const character of text) keys += /[A-Z~!@#$%^&*()_+{}|:"<>?]/.test(character) ? 2 : 1;
  return keys;
}

/** Words as a reader counts them: runs of text holding at least one letter or digit ("72-hour" is one). */
export function wordsOf(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const zeroCounts = (): OperatorCounts => ({ K: 0, P: 0, B: 0, H: 0, M: 0, words: 0 });

function secondsOf(counts: OperatorCounts, waiting: number, p: KlmParameters): Seconds {
  const seconds = {
    reading: (counts.words / p.wordsPerMinute) * 60,
    keystrokes: counts.K * p.K,
    pointing: counts.P * p.P + counts.B * p.B,
    homing: counts.H * p.H,
    mental: counts.M * p.M,
    waiting,
  };
  return { ...seconds, total: Object.values(seconds).reduce((sum, value) => sum + value, 0) };
}

/** The predicted time of the recorded interactions, in total and per step. */
export function predict(interactions: readonly Interaction[], parameters: KlmParameters = AVERAGE_TYPIST): Prediction {
  let hand: "mouse" | "keyboard" = "mouse";
  const total = zeroCounts();
  let totalWaiting = 0;
  const steps: Array<{ title: string; counts: OperatorCounts; waiting: number }> = [{ title: "start", counts: zeroCounts(), waiting: 0 }];
  const add = (operator: keyof OperatorCounts, n = 1) => {
    total[operator] += n;
    steps[steps.length - 1]!.counts[operator] += n;
  };
  const handTo = (device: "mouse" | "keyboard") => {
    if (hand !== device) add("H");
    hand = device;
  };
  const pointAndClick = () => {
    handTo("mouse");
    add("P");
    add("B", 2);
  };

  for (const interaction of interactions) {
    switch (interaction.kind) {
      case "step":
        steps.push({ title: interaction.title, counts: zeroCounts(), waiting: 0 });
        break;
      case "read":
        add("words", interaction.words);
        break;
      case "click":
        add("M");
        pointAndClick();
        break;
      case "type":
        add("M");
        if (interaction.via === "mouse") pointAndClick();
        handTo("keyboard");
        add("K", interaction.keystrokes);
        break;
      case "keys":
        if (interaction.decided) add("M");
        handTo("keyboard");
        add("K", interaction.count);
        break;
      case "check":
        add("M");
        break;
      case "wait":
        totalWaiting += interaction.seconds;
        steps[steps.length - 1]!.waiting += interaction.seconds;
        break;
    }
  }
  return {
    parameters,
    seconds: secondsOf(total, totalWaiting, parameters),
    counts: total,
    steps: steps
      .filter((step) => step.title !== "start" || Object.values(step.counts).some((n) => n > 0) || step.waiting > 0)
      .map((step) => ({ title: step.title, seconds: secondsOf(step.counts, step.waiting, parameters), counts: step.counts })),
  };
}

const s = (value: number) => value.toFixed(1).padStart(6);

/** The prediction as a small table: one line per step, then the total, in seconds. */
export function formatPrediction(name: string, prediction: Prediction): string {
  const header = `${name} (K=${prediction.parameters.K} s, ${prediction.parameters.wordsPerMinute} wpm)`;
  const columns = "step                              reading  keys  point  hands  mental  wait   total | words  K   P  H  M";
  const line = (title: string, seconds: Seconds, counts: OperatorCounts) =>
    `${title.slice(0, 32).padEnd(32)} ${s(seconds.reading)} ${s(seconds.keystrokes)} ` +
    `${s(seconds.pointing)} ${s(seconds.homing)} ${s(seconds.mental)} ${s(seconds.waiting)} ` +
    `${s(seconds.total)} | ${String(counts.words).padStart(5)} ${String(counts.K).padStart(3)} ` +
    `${String(counts.P).padStart(3)} ${String(counts.H).padStart(2)} ${String(counts.M).padStart(2)}`;
  return [
    header,
    columns,
    ...prediction.steps.map((step) => line(step.title, step.seconds, step.counts)),
    line("TOTAL", prediction.seconds, prediction.counts),
  ].join("\n");
}
