// The pack builder: the questions of `lac init` as web pages. Everything runs in this page; nothing
// typed is sent anywhere. The renderer, the templates and the HTML writer load while the person reads
// the first page; the Word writer on the first download of a pack with Word files.
import "./styles.css";
import type { ConfigProblem, CouncilConfig } from "@lac/council";
import {
  choicesOf,
  councilConfigErrorMap,
  councilConfigSchema,
  descriptionOf,
  parseCouncilConfig,
  readCouncilYaml,
  schemaAt,
  schemaDefault,
  stringifyCouncilConfig,
  validateCouncilConfig,
} from "@lac/council";
import type {
  Answers,
  ConfigPath,
  FieldQuestion,
  GroupQuestion,
  MoreChoices,
  Question,
  SectionQuestion,
} from "@lac/questions";
import {
  choiceLabel,
  itemName,
  messageInQuestionWords,
  moreChoicesOf,
  offeredChoices,
  tickableChoices,
  withAlwaysChosen,
  problemInQuestionWords,
  questionLabel,
  councilQuestions,
  expandMissingAnswers,
  formatConfigPath,
  getAt,
  resolveAnswers,
  setAt,
  textFromValue,
  valueFromText,
  choiceListWords,
} from "@lac/questions";
import type * as z from "zod";
import { fieldId, removeAt } from "./answers-edit.js";
import {
  isWelshAnswer,
  pageProblemMessage,
  pageWords,
  pathOfPlace,
  sectionPartsKey,
  shownQuestionPaths,
} from "./question-lookup.js";
import { answerDisplayLabel, answerDisplayText } from "./answer-display.js";
import { changeLinkLabel } from "./change-link-label.js";
import { listFieldTexts, listFromFieldTexts, listFromTicked, listQuestionWords } from "./list-answer.js";
import type * as EngineModule from "./pack/engine.js";
import { sameAnswers, withSchemaLine } from "./config-text.js";
import { h, saveFile, type Child } from "./dom.js";
import { onlyMissingAnswers, uploadedText } from "./upload-text.js";
import type { Topic } from "./topics.js";
import { topicInfoOf, topicsOf } from "./topics.js";

const EXAMPLE_NAME = "wendleshire.lac.config.yaml";
const DRAFT_KEY = "lac-pack-builder-draft";
/** The start page's file upload, which an uploaded file's problems link to. */
const UPLOAD_ID = "upload";
const topics = topicsOf(councilQuestions);

interface Source {
  readonly name: string;
  readonly text: string;
  readonly answers: Answers;
}

interface ShownProblem {
  readonly text: string;
  /** The id of the control it is about, when there is one on the page. */
  readonly target?: string;
  /** The page the control is on (check page). */
  readonly route?: string;
}

const state: {
  answers: Answers;
  source: Source | undefined;
  draftConsent: boolean;
  /** Problems of the current page, by control id, after the person pressed Continue. */
  fieldErrors: Map<string, string>;
  summary: { title: string; problems: ShownProblem[] } | undefined;
  /** The page the problems are about: another page shows none of them (GOV.UK shows them after that page's submit). */
  problemsPage: string | undefined;
} = {
  answers: {},
  source: undefined,
  draftConsent: false,
  fieldErrors: new Map(),
  summary: undefined,
  problemsPage: undefined,
};

// --- answers -------------------------------------------------------------------------------------

const fieldCheck = (schema: z.core.$ZodType, value: unknown): true | string => {
  const result = (schema as z.ZodType).safeParse(value, { error: councilConfigErrorMap });
  return result.success ? true : (result.error.issues[0]?.message ?? "This answer is not valid.");
};

function storeDraft(): void {
  if (!state.draftConsent) return;
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ answers: state.answers, source: state.source }));
  } catch {
    // Storage full or refused: the draft is optional.
  }
}

function update(answers: Answers): void {
  state.answers = answers;
  storeDraft();
}

async function withDefaults(questions: readonly Question[]): Promise<void> {
  let answers = state.answers;
  for (const question of questions) {
    if (question.kind !== "group" || question.min === 0) continue;
    const list = getAt(answers, question.path.split("."));
    if (!Array.isArray(list) || list.length === 0) answers = setAt(answers, question.path.split("."), [{}]);
  }
  answers = await resolveAnswers(
    questions,
    { schema: councilConfigSchema, check: fieldCheck },
    { answers, yes: true },
  );
  // resolveAnswers leaves the defaults of a part given elsewhere unwritten, as an answers file that
  // gives `output` keeps the schema's defaults for the keys it leaves out; the languages, asked on the
  // council page, give `output`. A page shows every question it asks filled in with its default, like
  // those of a part not given yet: the formats on the last page, say.
  const shown = new Set(shownQuestionPaths(questions, answers));
  for (const question of questions) {
    if (question.kind === "group" || question.kind === "section" || !shown.has(question.path)) continue;
    const path = question.path.split(".");
    if (getAt(answers, path) !== undefined) continue;
    const fallback = schemaDefault(schemaAt(councilConfigSchema, path));
    if (fallback !== undefined) answers = setAt(answers, path, fallback);
  }
  if (!sameAnswers(answers, state.answers)) update(answers);
}

function validation(): {
  config?: CouncilConfig;
  problems: ConfigProblem[];
  warnings: readonly ConfigProblem[];
} {
  const result = validateCouncilConfig(state.answers, { cap: false });
  if (result.ok) return { config: result.config, problems: [], warnings: result.warnings };
  // A missing answer in its question's words, wherever it is missing (not the schema's key name), and
  // a message's keys and values as the questions' words ("council.nation": "Nation", "cy": "Welsh").
  return {
    problems: expandMissingAnswers(result.errors, councilQuestions, state.answers).map((problem) => ({
      ...problem,
      message: pageProblemMessage(councilQuestions, problem, state.answers),
    })),
    warnings: [],
  };
}

/** The text of lac.config.yaml: the uploaded file as it was when nothing changed, as lac init keeps it. */
function configText(config?: CouncilConfig): string {
  if (state.source && sameAnswers(state.answers, state.source.answers))
    return withSchemaLine(state.source.text);
  return stringifyCouncilConfig((config ?? state.answers) as Parameters<typeof stringifyCouncilConfig>[0]);
}

function downloadConfig(): void {
  saveFile("lac.config.yaml", configText(validation().config), "application/yaml");
}

// --- routing -------------------------------------------------------------------------------------

const main = document.getElementById("main") as HTMLElement;

/** The page shown: `#/council`, the start page without a fragment; others (the skip link's `#main`) leave it as it is. */
let currentRoute = location.hash.startsWith("#/") ? location.hash.slice(2) : "start";
function route(): string {
  return currentRoute;
}

function go(to: string, focusId?: string): void {
  state.fieldErrors = new Map();
  state.summary = undefined;
  pendingFocus = focusId;
  if (route() === to) void render();
  else location.hash = `#/${to}`;
}

let pendingFocus: string | undefined;
/**
 * The question page opened from Check your answers (a Change link, a problem's link there): its
 * Continue goes back there, as GOV.UK's check answers pattern does, not on through the pages after it.
 * Any other page drawn forgets it.
 */
let changingFromCheck: string | undefined;
window.addEventListener("hashchange", () => {
  // No fragment is the start page, as when the builder was opened: the browser's back button from the
  // first question page leads there.
  if (location.hash !== "" && !location.hash.startsWith("#/")) return;
  currentRoute = location.hash === "" ? "start" : location.hash.slice(2);
  void render();
});

function setTitle(heading: string, hasErrors: boolean): void {
  document.title = `${hasErrors ? "Error: " : ""}${heading} – LAC pack builder`;
}

/**
 * The fields of the page's lists as the person left them, empty ones too, by the list's path: a page
 * drawn again (to show its problems, or for Add another partner) shows them so. Only the items typed are
 * the answer; the fields are forgotten when the page is left.
 */
const listDrafts = new Map<string, string[]>();
/**
 * The choice questions of the page whose last choice (a kind of the other nation) is chosen with none of
 * the choices it opens chosen yet, by path: a page drawn again shows it still chosen. There is no answer
 * to keep: the answer is a choice it opens, never the last choice itself.
 */
const moreOpen = new Set<string>();
/** The page last drawn: another one forgets the fields of its lists. */
let drawnRoute: string | undefined;

let firstRender = true;
async function render(): Promise<void> {
  const current = route();
  if (current !== drawnRoute) {
    listDrafts.clear();
    moreOpen.clear();
  }
  drawnRoute = current;
  if (changingFromCheck !== current) changingFromCheck = undefined;
  // The problems of another page (left by the Back link or the browser's back button) are not this one's.
  if (state.problemsPage !== current) {
    state.fieldErrors = new Map();
    state.summary = undefined;
    state.problemsPage = undefined;
  }
  const topic = topics.find((candidate) => candidate.id === current);
  let focusTarget: HTMLElement | null = null;
  if (topic) {
    await withDefaults(topic.questions);
    main.replaceChildren(topicPage(topic));
  } else if (current === "check") main.replaceChildren(checkPage());
  else if (current === "pack") main.replaceChildren(packPage());
  else main.replaceChildren(startPage());
  const summary = main.querySelector<HTMLElement>(".error-summary");
  if (pendingFocus) focusTarget = document.getElementById(pendingFocus);
  else if (summary) focusTarget = summary;
  else focusTarget = main.querySelector("h1");
  pendingFocus = undefined;
  // Not when the page opens: the person starts at the top, where Tab reaches the skip link first.
  if (firstRender) firstRender = false;
  else focusTarget?.focus();
  if (focusTarget === main.querySelector("h1")) window.scrollTo(0, 0);
  warmTemplateParts();
}

/** How to draw each place on the page for a question that an answer may show or hide. */
const slotDrawers = new WeakMap<HTMLElement, () => HTMLElement | null>();

/**
 * The place of a question that an answer may show or hide (`key` as shownQuestionPaths names it):
 * empty while the question is not asked, so that showAndHide can draw it there when it is.
 */
function questionSlot(key: string, shown: boolean, draw: () => HTMLElement | null): HTMLElement {
  const slot = h("div", { "data-question": key });
  slotDrawers.set(slot, draw);
  const drawn = shown ? draw() : null;
  if (drawn) slot.append(drawn);
  return slot;
}

/**
 * After an answer is given on a question page: draws the questions it shows (with their defaults, as
 * a page is drawn) and takes away those it hides. Nothing else is drawn again, so the field or radio
 * being answered keeps its focus, its caret and what screen readers said of it, and other fields keep
 * what was typed in them.
 */
async function showAndHide(): Promise<void> {
  const topic = topics.find((candidate) => candidate.id === route());
  if (!topic) return;
  const slots = () => [...main.querySelectorAll<HTMLElement>("[data-question]")];
  const differs = (shown: ReadonlySet<string>, slot: HTMLElement) =>
    shown.has(slot.dataset.question!) !== slot.hasChildNodes();
  let shown = new Set(shownQuestionPaths(topic.questions, state.answers));
  if (!slots().some((slot) => differs(shown, slot))) return;
  await withDefaults(topic.questions);
  if (route() !== topic.id) return;
  shown = new Set(shownQuestionPaths(topic.questions, state.answers));
  // In the order of the page: a slot taken away or drawn anew takes the slots inside it with it.
  for (const slot of slots()) {
    if (!slot.isConnected || !differs(shown, slot)) continue;
    if (slot.hasChildNodes()) {
      slot.replaceChildren();
      continue;
    }
    const drawn = slotDrawers.get(slot)?.();
    if (drawn) slot.append(drawn);
  }
}

// --- pieces --------------------------------------------------------------------------------------

function errorSummary(): HTMLElement | null {
  const summary = state.summary;
  if (!summary || summary.problems.length === 0) return null;
  return h(
    "div",
    { class: "error-summary", tabindex: "-1", role: "alert", "aria-labelledby": "error-summary-title" },
    h("h2", { id: "error-summary-title", class: "error-summary-title" }, summary.title),
    h(
      "ul",
      { class: "error-summary-list" },
      summary.problems.map((problem) => {
        if (!problem.target) return h("li", {}, problem.text);
        const link = h("a", { href: `#${problem.target}` }, problem.text);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          if (problem.route && problem.route !== route()) {
            if (route() === "check") changingFromCheck = problem.route;
            go(problem.route, problem.target);
            return;
          }
          const control = document.getElementById(problem.target!);
          control?.focus();
          control?.scrollIntoView({ block: "center" });
        });
        return h("li", {}, link);
      }),
    ),
  );
}

function button(text: string, onClick: () => void, kind: "primary" | "secondary" = "primary") {
  const element = h("button", { type: "button", class: `button button-${kind}` }, text);
  element.addEventListener("click", onClick);
  return element;
}

function hintFor(question: FieldQuestion, path: ConfigPath): string | undefined {
  return question.help ?? descriptionOf(schemaAt(councilConfigSchema, path));
}

/**
 * One question: a label, its hint, its error and its control. `within`: the item of another list that
 * the question is in, as a list's buttons name it (see listControl).
 */
function fieldControl(
  question: FieldQuestion,
  path: ConfigPath,
  label: string,
  within?: () => string,
): HTMLElement {
  const id = fieldId(path);
  const hint = hintFor(question, path);
  const error = state.fieldErrors.get(id);
  const value = getAt(state.answers, path);
  const describedBy =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const hintElement = hint ? h("div", { class: "hint", id: `${id}-hint` }, hint) : null;
  const errorElement = error ? errorMessage(`${id}-error`, error) : null;
  const schema = schemaAt(councilConfigSchema, path);
  // The list item (or section) the question is in, for the choices that depend on it.
  const item = (getAt(state.answers, path.slice(0, path.length - question.path.split(".").length)) ??
    {}) as Answers;
  const schemaChoices = question.kind === "choice" ? choicesOf(schema) : undefined;
  const offered = schemaChoices && offeredChoices(question, schemaChoices, state.answers, item);
  // The others behind a last choice (a kind of body of the other nation, for a partner across the border).
  const more =
    schemaChoices && offered && moreChoicesOf(question, schemaChoices, offered, state.answers, item);
  // Only those that apply to the answers so far (a council in Wales is offered no integrated care board),
  // with a value given another way (an uploaded file) kept, so that it still shows as chosen: behind the
  // last choice when it is one of those.
  const choices =
    schemaChoices &&
    offered &&
    schemaChoices.filter(
      (choice) => offered.includes(choice) || (choice === value && !more?.values.includes(choice)),
    );
  // A list whose items are a fixed set of choices (the formats): a checkbox for each.
  const listChoices = question.kind === "list" ? choicesOf(schema) : undefined;
  if (listChoices)
    return checkboxesControl(
      question,
      path,
      label,
      listChoices,
      item,
      hintElement,
      errorElement,
      describedBy,
    );
  if (question.kind === "list") return listControl(question, path, label, hintElement, describedBy, within);

  if (question.kind === "boolean" || choices) {
    const options: { value: string; label: string }[] = choices
      ? choices.map((choice) => ({
          value: choice,
          label: choiceLabel(question, choice, state.answers, item),
        }))
      : [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ];
    const checked =
      question.kind === "boolean" ? (value === true ? "yes" : value === false ? "no" : undefined) : value;
    const name = id;
    const moreParts = more ? moreChoicesRadios(more, path, options.length, value) : undefined;
    return fieldsetGroup(
      { error: Boolean(error), describedBy },
      label,
      hintElement,
      errorElement,
      h(
        "div",
        { class: `radios${options.length <= 2 ? " radios-inline" : ""}` },
        options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          const input = h("input", {
            class: "radios-input",
            type: "radio",
            id: optionId,
            name,
            value: option.value,
            checked: checked === option.value,
          });
          input.addEventListener("change", () => {
            const chosen = question.kind === "boolean" ? option.value === "yes" : option.value;
            moreParts?.close();
            update(setAt(state.answers, path, chosen));
            // Later questions may depend on this answer (`when`): only they are shown or hidden.
            void showAndHide();
          });
          return h(
            "div",
            { class: "radios-item" },
            input,
            h("label", { class: "radios-label", for: optionId }, option.label),
          );
        }),
        moreParts?.elements,
      ),
    );
  }

  const input = h("input", {
    class: `input${error ? " input-error" : ""}${question.kind === "integer" || question.kind === "number" ? " input-short" : ""}`,
    type: "text",
    id,
    name: id,
    value: textFromValue(question.kind, value) ?? "",
    "aria-describedby": describedBy,
    inputmode: question.kind === "integer" ? "numeric" : question.kind === "number" ? "decimal" : undefined,
    autocomplete: "off",
    spellcheck: question.kind === "text" ? undefined : "false",
    lang: isWelshAnswer(path) ? "cy" : undefined,
  });
  const liveError = h("p", { class: "error-message", id: `${id}-live`, hidden: true });
  // A field left empty has no answer, as one never typed in: an optional question is not answered, a
  // required one is missing ("Missing: ONS GSS code of the council."), not an empty answer the schema
  // calls wrong ('"" is not a GSS code'). Not a question with a default, which would take it unseen.
  const emptyIsNoAnswer = question.optional === true || schemaDefault(schema) === undefined;
  input.addEventListener("input", () => {
    const typed = input.value;
    if (emptyIsNoAnswer && typed.trim() === "") update(removeAt(state.answers, path));
    else update(setAt(state.answers, path, valueFromText(question.kind, typed)));
    // An answer that shows or hides other questions (a partner's ICO registration number hides its
    // exemption): only they are shown or hidden, this field is left as it is.
    void showAndHide();
  });
  input.addEventListener("change", () => {
    // Checked as the person leaves the field, with the field's own schema and messages: what the field
    // holds when the message is shown, so that a message put off until a press is over is never one
    // for what the field held before.
    afterPointerRelease(() => {
      const typed = input.value;
      showLiveError(
        (emptyIsNoAnswer && typed.trim() === "") || !schema
          ? true
          : fieldCheck(schema, valueFromText(question.kind, typed)),
      );
    });
  });
  const showLiveError = (verdict: true | string) => {
    if (verdict === true || error) {
      liveError.hidden = true;
      liveError.textContent = "";
      input.setAttribute("aria-describedby", describedBy ?? "");
      if (!describedBy) input.removeAttribute("aria-describedby");
    } else {
      liveError.replaceChildren(h("span", { class: "visually-hidden" }, "Error: "), verdict);
      liveError.hidden = false;
      input.setAttribute("aria-describedby", [describedBy, `${id}-live`].filter(Boolean).join(" "));
    }
  };
  return h(
    "div",
    { class: `form-group${error ? " form-group-error" : ""}` },
    h("label", { class: "label", for: id }, label),
    hintElement,
    errorElement,
    liveError,
    input,
  );
}

/**
 * A list answer (a neighbourhood's places, what a partner shares): a field for each item, with Add
 * another and Remove, as the GOV.UK "add another" pattern has it, so that an item may hold a comma
 * ("Brackenford Homes, Housing Services"). The list is what the fields hold, in their order; an empty
 * field is no item. The first field has the question's id, for the error summary and the Change links.
 * In an item of another list (a partner's information), the buttons also say that item, `within`
 * ("Remove kind of information 1 of Wendle District Council"), so that no two buttons of the page
 * have the same name, as GOV.UK's "add another" asks.
 */
function listControl(
  question: FieldQuestion,
  path: ConfigPath,
  label: string,
  hintElement: HTMLElement | null,
  describedBy: string | undefined,
  within: (() => string) | undefined,
): HTMLElement {
  const id = fieldId(path);
  const words = listQuestionWords(label);
  const error = state.fieldErrors.get(id);
  const schema = schemaAt(councilConfigSchema, path);
  const given = getAt(state.answers, path);
  // The fields as the person left them on this page, while they still give the answer (not once the
  // answer was given another way).
  const draft = listDrafts.get(path.join("."));
  const texts = draft && sameAnswers(listFromFieldTexts(draft), given ?? []) ? draft : listFieldTexts(given);
  listDrafts.set(path.join("."), texts);
  const itemId = (index: number) => (index === 0 ? id : fieldId([...path, index]));
  const errorElement = error ? errorMessage(`${id}-error`, error) : null;
  const liveError = h("p", { class: "error-message", id: `${id}-live`, hidden: true });
  const noneHint = question.optional
    ? h("div", { class: "hint", id: `${id}-none` }, "Leave it empty if there are none.")
    : null;
  const fieldsetDescribedBy = [describedBy, noneHint ? `${id}-none` : "", `${id}-live`]
    .filter(Boolean)
    .join(" ");
  /** What one item is called ("ward or place"), for each field's label and the buttons. */
  const noun = question.item ?? "item";
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  /** Says what Add another and Remove did, for screen readers: the focus moves to another field. */
  const status = h("p", { class: "visually-hidden", role: "status", id: `${id}-status` });
  const items = h("div", { class: "list-answer-items" });
  const list = () => listFromFieldTexts(texts);
  const store = () => {
    const value = list();
    if (question.optional && value.length === 0) update(removeAt(state.answers, path));
    else update(setAt(state.answers, path, value));
  };
  const showLiveError = () => {
    const value = list();
    const verdict = (question.optional && value.length === 0) || !schema ? true : fieldCheck(schema, value);
    if (verdict === true || error) {
      liveError.hidden = true;
      liveError.textContent = "";
    } else {
      liveError.replaceChildren(h("span", { class: "visually-hidden" }, "Error: "), verdict);
      liveError.hidden = false;
    }
  };
  const draw = (focusIndex?: number) => {
    items.replaceChildren(
      ...texts.map((text, index) => {
        const inputId = itemId(index);
        const itemError = index === 0 ? undefined : state.fieldErrors.get(inputId);
        const input = h("input", {
          class: `input${error || itemError ? " input-error" : ""}`,
          type: "text",
          id: inputId,
          name: inputId,
          value: text,
          autocomplete: "off",
          spellcheck: "false",
          "aria-describedby": itemError ? `${inputId}-error` : undefined,
        });
        input.addEventListener("input", () => {
          texts[index] = input.value;
          store();
          // An answer may show or hide other questions (the languages, the Welsh ones): only they are drawn.
          void showAndHide();
        });
        input.addEventListener("change", () => afterPointerRelease(showLiveError));
        const remove =
          texts.length > 1
            ? button(
                "Remove",
                () => {
                  texts.splice(index, 1);
                  store();
                  draw(Math.min(index, texts.length - 1));
                  status.textContent = `${Noun} ${index + 1} removed. ${texts.length} left.`;
                  void showAndHide();
                },
                "secondary",
              )
            : null;
        remove?.append(
          within
            ? itemWordsSpan(() => ` ${noun} ${index + 1} of ${within()}`)
            : h("span", { class: "visually-hidden" }, ` ${noun} ${index + 1}`),
        );
        return h(
          "div",
          { class: "list-answer-item" },
          h("label", { class: "label", for: inputId }, `${Noun} ${index + 1}`),
          itemError ? errorMessage(`${inputId}-error`, itemError) : null,
          h("div", { class: "list-answer-row" }, input, remove),
        );
      }),
    );
    if (focusIndex !== undefined) document.getElementById(itemId(focusIndex))?.focus();
  };
  draw();
  const add = button(
    `Add another ${noun}`,
    () => {
      texts.push("");
      draw(texts.length - 1);
      status.textContent = `${Noun} ${texts.length} added.`;
    },
    "secondary",
  );
  add.id = `${id}-add`;
  if (within) add.append(itemWordsSpan(() => ` to ${within()}`));
  return fieldsetGroup(
    { error: Boolean(error), fieldsetClass: "list-answer", describedBy: fieldsetDescribedBy },
    words,
    hintElement,
    noneHint,
    errorElement,
    liveError,
    items,
    add,
    status,
  );
}

/**
 * A list whose items are a fixed set of choices (the languages, the formats, the directions of a
 * partner's anonymised figures): a checkbox for each choice, with its label, as the GOV.UK checkboxes
 * have it. The list is the boxes ticked, in the boxes' order (the schema's). The first box has the
 * question's id, for the error summary and the Change links.
 */
function checkboxesControl(
  question: FieldQuestion,
  path: ConfigPath,
  label: string,
  schemaChoices: readonly string[],
  item: Answers,
  hintElement: HTMLElement | null,
  errorElement: HTMLElement | null,
  describedBy: string | undefined,
): HTMLElement {
  const id = fieldId(path);
  const error = state.fieldErrors.get(id);
  const schema = schemaAt(councilConfigSchema, path);
  const given = getAt(state.answers, path);
  const ticked = new Set(
    given === undefined ? [] : Array.isArray(given) ? given.map(String) : [String(given)],
  );
  // The choices that apply, and any value given another way (an uploaded file), so that it can be
  // unticked; not those every answer holds (the formats' Markdown): a box that could only be unticked
  // into an error. The hint says they are always there, and the answer holds them.
  const offered = offeredChoices(question, schemaChoices, state.answers, item);
  const options = tickableChoices(question, [
    ...schemaChoices.filter((choice) => offered.includes(choice) || ticked.has(choice)),
    ...[...ticked].filter((value) => !schemaChoices.includes(value)),
  ]);
  const liveError = h("p", { class: "error-message", id: `${id}-live`, hidden: true });
  const noneHint = question.optional
    ? h("div", { class: "hint", id: `${id}-none` }, "Leave every box unticked if none apply.")
    : null;
  const fieldsetDescribedBy = [describedBy, noneHint ? `${id}-none` : "", `${id}-live`]
    .filter(Boolean)
    .join(" ");
  const boxes = options.map((option, index) => {
    const optionId = index === 0 ? id : `${id}-option-${index}`;
    const input = h("input", {
      class: "checkboxes-input",
      type: "checkbox",
      id: optionId,
      name: id,
      value: option,
      checked: ticked.has(option),
    });
    input.addEventListener("change", () => {
      if (input.checked) ticked.add(option);
      else ticked.delete(option);
      const value = withAlwaysChosen(question, schemaChoices, listFromTicked(options, ticked));
      if (question.optional && value.length === 0) update(removeAt(state.answers, path));
      else update(setAt(state.answers, path, value));
      const verdict = (question.optional && value.length === 0) || !schema ? true : fieldCheck(schema, value);
      liveError.hidden = verdict === true || Boolean(error);
      liveError.replaceChildren(
        ...(liveError.hidden ? [] : [h("span", { class: "visually-hidden" }, "Error: "), verdict as string]),
      );
      // The languages show or hide the Welsh names' questions: only they are drawn.
      void showAndHide();
    });
    return h(
      "div",
      { class: "checkboxes-item" },
      input,
      h(
        "label",
        { class: "checkboxes-label", for: optionId },
        choiceLabel(question, option, state.answers, item),
      ),
    );
  });
  return fieldsetGroup(
    { error: Boolean(error), fieldsetClass: "list-answer", describedBy: fieldsetDescribedBy },
    choiceListWords(label),
    hintElement,
    noneHint,
    errorElement,
    liveError,
    h("div", { class: "checkboxes" }, boxes),
  );
}

/**
 * The last choice of a choice question that has more behind it (`moreChoices`: a kind of body only in
 * the other nation, for a partner across the border), as the GOV.UK radios have it: after an "or"
 * divider, a last radio that reveals a second set of radios below it, with the choices it opens and
 * their help. The answer is the choice made in that set, never the last radio itself. `index`: the
 * last radio's place among the question's radios, for its id.
 */
function moreChoicesRadios(
  more: MoreChoices,
  path: ConfigPath,
  index: number,
  value: unknown,
): { elements: HTMLElement[]; close: () => void } {
  const id = fieldId(path);
  const key = path.join(".");
  const chosen = typeof value === "string" && more.values.includes(value) ? value : undefined;
  const open = chosen !== undefined || (value === undefined && moreOpen.has(key));
  const revealId = `${id}-more-reveal`;
  const last = h("input", {
    class: "radios-input",
    type: "radio",
    id: `${id}-${index}`,
    name: id,
    value: "",
    checked: open,
    // As GOV.UK's radios link a radio to what it reveals; not aria-expanded, which ARIA does not allow on
    // a radio (axe's aria-allowed-attr).
    "aria-controls": revealId,
  });
  const reveal = h(
    "div",
    { class: "conditional", id: revealId, hidden: !open },
    fieldsetGroup(
      { error: false, describedBy: more.help ? `${id}-more-hint` : undefined },
      more.label.replace(/…$/, ""),
      more.help ? h("div", { class: "hint", id: `${id}-more-hint` }, more.help) : null,
      h(
        "div",
        { class: "radios" },
        more.values.map((choice, at) => {
          const optionId = `${id}-more${at === 0 ? "" : `-${at}`}`;
          const input = h("input", {
            class: "radios-input",
            type: "radio",
            id: optionId,
            name: `${id}-more`,
            value: choice,
            checked: choice === chosen,
          });
          input.addEventListener("change", () => {
            moreOpen.delete(key);
            update(setAt(state.answers, path, choice));
            void showAndHide();
          });
          return h(
            "div",
            { class: "radios-item" },
            input,
            h("label", { class: "radios-label", for: optionId }, more.labels?.[choice] ?? choice),
          );
        }),
      ),
    ),
  );
  last.addEventListener("change", () => {
    reveal.hidden = false;
    // The choice made in the set before, if any, is the answer again; none yet leaves no answer.
    const again = reveal.querySelector<HTMLInputElement>("input:checked")?.value;
    if (again === undefined) moreOpen.add(key);
    update(again === undefined ? removeAt(state.answers, path) : setAt(state.answers, path, again));
    void showAndHide();
  });
  return {
    elements: [
      h("div", { class: "radios-divider" }, "or"),
      h(
        "div",
        { class: "radios-item" },
        last,
        h("label", { class: "radios-label", for: last.id }, more.label),
      ),
      reveal,
    ],
    close: () => {
      moreOpen.delete(key);
      reveal.hidden = true;
    },
  };
}

/** A question's problem, under its label: "Error:" is said to screen readers, the colour shows it. */
function errorMessage(id: string, text: string): HTMLElement {
  return h("p", { class: "error-message", id }, h("span", { class: "visually-hidden" }, "Error: "), text);
}

/**
 * A question answered in a fieldset (radios, a list's fields): the form group, marked when it has a
 * problem, and its fieldset, whose legend is the question.
 */
function fieldsetGroup(
  options: { readonly error: boolean; readonly fieldsetClass?: string; readonly describedBy?: string },
  legend: string,
  ...children: Child[]
): HTMLElement {
  return h(
    "div",
    { class: `form-group${options.error ? " form-group-error" : ""}` },
    h(
      "fieldset",
      {
        class: options.fieldsetClass ? `fieldset ${options.fieldsetClass}` : "fieldset",
        "aria-describedby": options.describedBy,
      },
      h("legend", { class: "fieldset-legend" }, legend),
      ...children,
    ),
  );
}

/**
 * Whether a mouse button or a finger is down: the person is clicking or tapping something. Still so
 * just after the release, for the click (and a tap's mouse events) that it makes; but not once a key
 * is pressed: Chromium runs keys before timers, and a field emptied and left by keys straight after a
 * click (Backspace, Tab) would otherwise wait for the next press to show or hide its error.
 */
let pointerDown = false;
document.addEventListener("pointerdown", () => (pointerDown = true), true);
for (const type of ["pointerup", "pointercancel"])
  document.addEventListener(type, () => setTimeout(() => (pointerDown = false), 0), true);
document.addEventListener("keydown", () => (pointerDown = false), true);

/**
 * Runs `change` now, or, when the field was left by pressing on another control (Continue), once that
 * press is over: an error shown or hidden under the pointer moves what is below it, and the press would
 * not click the control it began on (the first click on Continue did nothing).
 */
function afterPointerRelease(change: () => void): void {
  if (!pointerDown) {
    change();
    return;
  }
  const done = () => {
    document.removeEventListener("pointerup", done, true);
    document.removeEventListener("pointercancel", done, true);
    setTimeout(change, 0); // after the click that the release makes
  };
  document.addEventListener("pointerup", done, true);
  document.addEventListener("pointercancel", done, true);
}

/** The words of a choice behind a choice question's last choice (a kind of the other nation), as its radio shows them. */
function moreChoiceLabel(
  question: Pick<FieldQuestion, "moreChoices">,
  value: string,
  item: Answers,
): string | undefined {
  const labels = question.moreChoices?.(state.answers, item)?.labels;
  return labels !== undefined && Object.hasOwn(labels, value) ? labels[value] : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function groupControl(question: GroupQuestion): HTMLElement {
  const path = question.path.split(".");
  const items = (getAt(state.answers, path) as Answers[] | undefined) ?? [];
  const item = capitalise(question.item);
  const addButton = button(
    items.length === 0 ? `Add a ${question.item}` : `Add another ${question.item}`,
    () => {
      update(setAt(state.answers, [...path, items.length], {}));
      pendingFocus = `${fieldId([...path, items.length])}-legend`;
      void render();
    },
    "secondary",
  );
  addButton.id = fieldId(path);
  /** The things each list of an item holds ("kind of information"): an item may have two lists of the same. */
  const listItems = question.questions.flatMap((inner) =>
    inner.kind === "list" && !inner.labels ? [inner.item] : [],
  );
  return h(
    "div",
    { class: "group" },
    h("p", { class: "hint" }, question.help ?? ""),
    items.length === 0 ? h("p", {}, `No ${question.item}s yet.`) : null,
    items.map((value, index) => {
      const itemPath = [...path, index];
      // The item's name as lac init says it when it asks for another ("Partner 2: Brackenshire Police"),
      // as it is typed.
      const numbered = `${item} ${index + 1}`;
      const name = () => itemName(question, getAt(state.answers, itemPath), index);
      const heading = () => (name() === numbered ? numbered : `${numbered}: ${name()}`);
      // What its lists' buttons say they are in: the item, and the list where another holds the same things.
      const within = (inner: FieldQuestion) => () => {
        const owner = name() === numbered ? `${question.item} ${index + 1}` : name();
        const twice = listItems.filter((listItem) => listItem === inner.item).length > 1;
        return twice ? `${owner} (${pageWords(inner)})` : owner;
      };
      const remove = button(
        `Remove ${question.item} ${index + 1}`,
        () => {
          update(removeAt(state.answers, itemPath));
          // The items after it move up: their lists' fields are drawn from their answers.
          for (const key of listDrafts.keys()) {
            const [list, at] = [key.slice(0, question.path.length), key.slice(question.path.length + 1)];
            if (list === question.path && parseInt(at, 10) >= index) listDrafts.delete(key);
          }
          pendingFocus = fieldId(path);
          void render();
        },
        // A secondary button, as GOV.UK's "add another" removes an item: a warning button is for an
        // action with serious consequences, and the item can be added again.
        "secondary",
      );
      const removable = items.length > question.min;
      const legend = h(
        "legend",
        { class: "fieldset-legend fieldset-legend-m", id: `${fieldId(itemPath)}-legend`, tabindex: "-1" },
        heading(),
      );
      const fieldset = h(
        "fieldset",
        { class: "fieldset list-item" },
        legend,
        question.questions.map((inner) =>
          questionSlot(
            `${question.path}.${index}.${inner.path}`,
            !inner.when || inner.when(state.answers, value),
            () => fieldControl(inner, [...itemPath, ...inner.path.split(".")], inner.message, within(inner)),
          ),
        ),
        removable ? remove : null,
      );
      // The name, as it is typed (after its field has taken it), names the heading and the lists' buttons.
      const nameId = fieldId([...itemPath, question.itemName]);
      fieldset.addEventListener("input", (event) => {
        if ((event.target as HTMLElement).id !== nameId) return;
        legend.textContent = heading();
        for (const span of fieldset.querySelectorAll<HTMLElement>("[data-item-words]"))
          span.textContent = itemWords.get(span)?.() ?? span.textContent;
      });
      return fieldset;
    }),
    addButton,
  );
}

/** The words of the hidden parts of buttons that name a list's item (see itemWordsSpan), by part. */
const itemWords = new WeakMap<HTMLElement, () => string>();

/**
 * The hidden part of a button's name that names the list's item it is in: said again when the item's
 * name is typed (groupControl).
 */
function itemWordsSpan(words: () => string): HTMLElement {
  const span = h("span", { class: "visually-hidden", "data-item-words": true }, words());
  itemWords.set(span, words);
  return span;
}

function sectionControl(question: SectionQuestion): HTMLElement {
  const path = question.path.split(".");
  const value = getAt(state.answers, path);
  const included = value !== undefined;
  const id = fieldId(path);
  const radio = (answer: boolean, index: number) => {
    const optionId = index === 0 ? id : `${id}-${index}`;
    const input = h("input", {
      class: "radios-input",
      type: "radio",
      id: optionId,
      name: id,
      value: answer ? "yes" : "no",
      checked: included === answer,
    });
    input.addEventListener("change", () => {
      const now = getAt(state.answers, path);
      update(answer ? setAt(state.answers, path, now ?? {}) : removeAt(state.answers, path));
      // The section's questions are shown or hidden below it: nothing else on the page is drawn again.
      void showAndHide();
    });
    return h(
      "div",
      { class: "radios-item" },
      input,
      h("label", { class: "radios-label", for: optionId }, answer ? "Yes" : "No"),
    );
  };
  return h(
    "div",
    { class: "form-group" },
    h(
      "fieldset",
      { class: "fieldset", "aria-describedby": question.help ? `${id}-hint` : undefined },
      h("legend", { class: "fieldset-legend" }, question.message),
      question.help ? h("div", { class: "hint", id: `${id}-hint` }, question.help) : null,
      h("div", { class: "radios radios-inline" }, radio(true, 0), radio(false, 1)),
    ),
    questionSlot(sectionPartsKey(question.path), included, () =>
      h(
        "div",
        { class: "conditional" },
        question.questions.map((inner) => {
          const answer = (getAt(state.answers, path) ?? {}) as Answers;
          return questionSlot(
            `${question.path}.${inner.path}`,
            !inner.when || inner.when(state.answers, answer),
            () => fieldControl(inner, [...path, ...inner.path.split(".")], inner.message),
          );
        }),
      ),
    ),
  );
}

function questionControl(question: Question): HTMLElement | null {
  if (question.when && !question.when(state.answers, state.answers)) return null;
  if (question.kind === "group") return groupControl(question);
  if (question.kind === "section") return sectionControl(question);
  return fieldControl(question, question.path.split("."), question.message);
}

/** The id of the control a problem is about: the field itself, or the nearest part of the page. */
function targetOf(path: ConfigPath): string | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const id = fieldId(path.slice(0, length));
    if (document.getElementById(id) || main.querySelector(`#${CSS.escape(id)}`)) return id;
  }
  return undefined;
}

function problemText(problem: ConfigProblem): string {
  const where = problem.pathText ? `${problem.pathText}: ` : "";
  return `${where}${problem.message}`;
}

/** A problem as the error summary says it: the question's own words, then what is wrong. */
function peopleText(problem: ConfigProblem, target: string | undefined): string {
  if (problem.message.startsWith("Missing")) return problem.message;
  const control = target ? document.getElementById(target) : null;
  const fieldset = control?.closest("fieldset");
  const legend = fieldset?.querySelector("legend")?.textContent;
  // A list answer in a list's item: the item too ("Neighbourhood 1: Abbey, wards or places it covers").
  const item = fieldset?.classList.contains("list-answer")
    ? fieldset.parentElement?.closest("fieldset")?.querySelector("legend")?.textContent
    : undefined;
  const label =
    (item && legend ? `${item}, ${changeLinkLabel(legend)}` : legend) ??
    (target ? document.querySelector(`label[for="${CSS.escape(target)}"]`)?.textContent : undefined);
  return label ? `${label}: ${problem.message}` : problemText(problem);
}

// --- pages ---------------------------------------------------------------------------------------

function startPage(): HTMLElement {
  setTitle("Build your implementation pack", state.summary !== undefined);
  const uploadError = state.fieldErrors.get(UPLOAD_ID);
  const fileInput = h("input", {
    class: uploadError ? "file-upload input-error" : "file-upload",
    type: "file",
    id: UPLOAD_ID,
    name: UPLOAD_ID,
    accept: ".yaml,.yml,application/yaml,text/yaml",
    "aria-describedby": uploadError ? `${UPLOAD_ID}-hint ${UPLOAD_ID}-error` : `${UPLOAD_ID}-hint`,
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file
      .arrayBuffer()
      .then((buffer) => loadConfig(file.name, uploadedText(file.name, new Uint8Array(buffer))));
  });
  const consent = h("input", {
    class: "checkboxes-input",
    type: "checkbox",
    id: "draft-consent",
    name: "draft-consent",
    checked: state.draftConsent,
    "aria-describedby": "draft-hint",
  });
  consent.addEventListener("change", () => {
    state.draftConsent = consent.checked;
    if (consent.checked) storeDraft();
    else localStorage.removeItem(DRAFT_KEY);
    clearDraft.hidden = !consent.checked;
    draftStatus.textContent = consent.checked
      ? "Your answers are kept in this browser as you type."
      : "Nothing is kept in this browser.";
  });
  const draftStatus = h(
    "p",
    { id: "draft-status", role: "status" },
    state.draftConsent
      ? "Your answers are kept in this browser as you type."
      : "Nothing is kept in this browser.",
  );
  // Only while a draft is kept: a button that would clear nothing is not offered.
  const clearDraft = button(
    "Clear the saved draft",
    () => {
      localStorage.removeItem(DRAFT_KEY);
      state.draftConsent = false;
      consent.checked = false;
      clearDraft.hidden = true;
      draftStatus.textContent = "The saved draft is cleared. Nothing is kept in this browser.";
      // The button is gone: the focus goes to the box that keeps a draft again.
      consent.focus();
    },
    // A secondary button: the answers stay on the page and can be kept again, so clearing the draft
    // is not the serious, lasting loss a GOV.UK warning button is for.
    "secondary",
  );
  clearDraft.hidden = !state.draftConsent;
  const hasAnswers = Object.keys(state.answers).length > 0;
  return h(
    "div",
    {},
    errorSummary(),
    h(
      "h1",
      { class: "heading-xl", tabindex: "-1" },
      "Build your Local Area Coordination implementation pack",
    ),
    h(
      "p",
      { class: "lead" },
      "Answer the questions about your council's programme, check your answers, preview the documents and download the pack: the implementation plan, role descriptions, data-protection documents and data-sharing agreements, in Word, HTML and Markdown.",
    ),
    h(
      "p",
      {},
      "Everything happens in this browser. Nothing you type is sent anywhere. Every document is a draft for your council's legal, HR and information-governance review.",
    ),
    h("h2", { class: "heading-l" }, "Start"),
    h(
      "p",
      { id: "how-it-works" },
      `There are ${topics.length} pages of questions. Answer every question unless it says it is optional or may be left empty. To carry on later, download lac.config.yaml on any question page and upload it here.`,
    ),
    hasAnswers ? h("p", {}, "You have answers in progress.") : null,
    h(
      "div",
      { class: "button-group" },
      hasAnswers ? button("Continue with your answers", () => go(topics[0]!.id)) : null,
      button(
        "Start with a blank form",
        () => {
          state.source = undefined;
          update({});
          go(topics[0]!.id);
        },
        hasAnswers ? "secondary" : "primary",
      ),
      button(
        "Start from the fictional example",
        // With the renderer (pack/engine.ts), usually fetched already while this page was read.
        () =>
          void loadEngine().then((engine) =>
            loadConfig(EXAMPLE_NAME, { ok: true, text: engine.exampleText }),
          ),
        "secondary",
      ),
    ),
    h("h2", { class: "heading-l" }, "Upload a lac.config.yaml"),
    h(
      "div",
      { class: uploadError ? "form-group form-group-error" : "form-group" },
      h("label", { class: "label", for: UPLOAD_ID }, "Upload your council's lac.config.yaml"),
      h(
        "div",
        { class: "hint", id: `${UPLOAD_ID}-hint` },
        "A file made by lac init or by this builder. It is read in this browser and checked as lac validate checks it.",
      ),
      uploadError ? errorMessage(`${UPLOAD_ID}-error`, uploadError) : null,
      fileInput,
    ),
    h("h2", { class: "heading-l" }, "Keep a draft in this browser"),
    h(
      "div",
      { class: "form-group" },
      h(
        "div",
        { class: "checkboxes-item" },
        consent,
        h(
          "label",
          { class: "checkboxes-label", for: "draft-consent" },
          "Keep a draft of my answers in this browser",
        ),
      ),
      h(
        "div",
        { class: "hint checkboxes-hint", id: "draft-hint" },
        "Only if this is your own device: the draft is kept in this browser's local storage until you clear it. It is never sent anywhere.",
      ),
      draftStatus,
      clearDraft,
    ),
  );
}

function loadConfig(name: string, file: ReturnType<typeof uploadedText>): void {
  // A file that is not text (a Word document chosen by mistake), or not UTF-8, is said so, not read as YAML.
  const notText = file.ok ? undefined : file.problem;
  const text = file.ok ? file.text : "";
  const read = notText === undefined ? readCouncilYaml(text, { fileName: name }) : undefined;
  const parsed = notText === undefined ? parseCouncilConfig(text, { fileName: name }) : undefined;
  // An unfinished file (only answers missing, as a question page's download may be) is carried on with.
  const unfinished = read?.ok === true && parsed?.ok === false && onlyMissingAnswers(parsed.errors);
  if (read === undefined || parsed === undefined || !read.ok || (!parsed.ok && !unfinished)) {
    const errors =
      notText !== undefined
        ? [notText]
        : (parsed?.ok === false ? parsed.errors : []).map(
            (problem) =>
              // The hint too: for a slip in the file's syntax (a line out of step, a quote not closed) it is the fix.
              `${name}${problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : ""} ${problemText(problem)}${problem.hint ? ` ${problem.hint}` : ""}`,
          );
    state.summary = {
      title: `There is a problem with ${name}`,
      problems: [
        // As the GOV.UK error summary: each problem links to the field it is about, the file upload.
        ...errors.map((said) => ({ text: said, target: UPLOAD_ID })),
        { text: "Nothing was loaded: your answers are as they were. Correct the file and upload it again." },
      ],
    };
    // The upload field says it too, under its label: what is wrong and what to do.
    const count = errors.length === 1 ? "problem" : `${errors.length} problems`;
    state.fieldErrors = new Map([
      [UPLOAD_ID, `${name} was not loaded: correct the ${count} listed above and upload it again.`],
    ]);
    state.problemsPage = "start";
    pendingFocus = undefined;
    if (route() !== "start") location.hash = "#/start";
    else void render();
    return;
  }
  state.source = { name, text, answers: read.data };
  update(structuredClone(read.data));
  go("check");
}

function topicPage(topic: Topic): HTMLElement {
  const index = topics.indexOf(topic);
  setTitle(topic.title, state.summary !== undefined);
  const form = h(
    "form",
    { novalidate: true, id: "questions" },
    topic.questions.map((question) =>
      questionSlot(question.path, !question.when || question.when(state.answers, state.answers), () =>
        questionControl(question),
      ),
    ),
    h(
      "div",
      { class: "button-group" },
      h("button", { type: "submit", class: "button button-primary" }, "Continue"),
      button("Download lac.config.yaml", downloadConfig, "secondary"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void continueFrom(topic);
  });
  const previous = index > 0 ? topics[index - 1]!.id : "start";
  const back = h("a", { href: `#/${previous}`, class: "back-link" }, "Back");
  return h(
    "div",
    {},
    back,
    errorSummary(),
    h("span", { class: "caption" }, `Question page ${index + 1} of ${topics.length}`),
    h("h1", { class: "heading-xl", tabindex: "-1" }, topic.title),
    h("p", { class: "lead" }, topic.lead),
    form,
  );
}

async function continueFrom(topic: Topic): Promise<void> {
  await withDefaults(topic.questions);
  const problems = validation().problems.filter(
    (problem) => topicInfoOf(formatConfigPath(problem.path)).id === topic.id,
  );
  if (problems.length > 0) {
    main.replaceChildren(topicPage(topic)); // draw the controls, so that each problem can find its own
    const fieldErrors = new Map<string, string>();
    const shown: ShownProblem[] = [];
    for (const problem of problems) {
      const target = targetOf(problem.path);
      const text = peopleText(problem, target);
      if (target && !fieldErrors.has(target)) fieldErrors.set(target, problem.message);
      shown.push({ text, ...(target ? { target } : {}) });
    }
    // In the order of the questions on the page, as the GOV.UK error summary lists them.
    const position = (problem: ShownProblem) => {
      const control = problem.target ? document.getElementById(problem.target) : null;
      return control ? [...main.querySelectorAll("[id]")].indexOf(control) : Number.MAX_SAFE_INTEGER;
    };
    shown.sort((a, b) => position(a) - position(b));
    state.fieldErrors = fieldErrors;
    state.summary = { title: "There is a problem", problems: shown };
    state.problemsPage = topic.id;
    pendingFocus = undefined;
    await render();
    return;
  }
  const index = topics.indexOf(topic);
  go(changingFromCheck === topic.id || index + 1 >= topics.length ? "check" : topics[index + 1]!.id);
}

function summaryRows(topic: Topic): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const row = (
    label: string,
    given: unknown,
    question: Pick<FieldQuestion, "kind" | "labels" | "offered" | "moreChoices">,
    path: ConfigPath,
    item: Answers = state.answers,
  ) => {
    const kind = question.kind;
    // An answer not given that the schema gives a default: the value the documents use, said so.
    const fallback = given === undefined ? schemaDefault(schemaAt(councilConfigSchema, path)) : undefined;
    const value = given ?? fallback;
    const shown = (one: unknown) =>
      kind === "choice" && typeof one === "string"
        ? (moreChoiceLabel(question, one, item) ?? choiceLabel(question, one, state.answers, item))
        : (textFromValue(kind, one === true ? "Yes" : one === false ? "No" : one) ?? "");
    // A list's items one a line: an item may hold a comma.
    const items =
      kind === "list" && Array.isArray(value) && value.length > 0
        ? h(
            "ul",
            { class: "summary-list-items" },
            // A list of choices (the formats) by their labels, as its checkboxes show them.
            value.map((one) => h("li", {}, choiceLabel(question, String(one), state.answers, item))),
          )
        : null;
    const text =
      value === undefined
        ? "Not given"
        : items
          ? ""
          : Array.isArray(value) && value.length === 0
            ? "None"
            : typeof value === "string" || typeof value === "number"
              ? answerDisplayText(
                  schemaAt(councilConfigSchema, path),
                  typeof value === "number" ? value : shown(value),
                )
              : shown(value);
    const defaultNote = fallback !== undefined ? " (the default)" : "";
    const change = h(
      "a",
      { href: `#/${topic.id}`, class: "link" },
      "Change",
      h("span", { class: "visually-hidden" }, ` ${changeLinkLabel(label)}`),
    );
    change.addEventListener("click", (event) => {
      event.preventDefault();
      changingFromCheck = topic.id;
      go(topic.id, fieldId(path));
    });
    rows.push(
      h(
        "div",
        { class: "summary-list-row" },
        h("dt", { class: "summary-list-key" }, label),
        h(
          "dd",
          { class: "summary-list-value", lang: text && isWelshAnswer(path) ? "cy" : undefined },
          items ?? (text || "Not given"),
          defaultNote,
        ),
        h("dd", { class: "summary-list-actions" }, change),
      ),
    );
  };
  const fields = (list: readonly FieldQuestion[], prefix: ConfigPath, labelPrefix: string, item: Answers) => {
    for (const question of list) {
      if (question.when && !question.when(state.answers, item)) continue;
      const path = [...prefix, ...question.path.split(".")];
      const label = answerDisplayLabel(schemaAt(councilConfigSchema, path), pageWords(question));
      row(`${labelPrefix}${label}`, getAt(state.answers, path), question, path, item);
    }
  };
  for (const question of topic.questions) {
    if (question.when && !question.when(state.answers, state.answers)) continue;
    const path = question.path.split(".");
    if (question.kind === "group") {
      const items = (getAt(state.answers, path) as Answers[] | undefined) ?? [];
      if (items.length === 0) row(`${capitalise(question.item)}s`, undefined, { kind: "text" }, path);
      items.forEach((item, index) =>
        fields(question.questions, [...path, index], `${capitalise(question.item)} ${index + 1}: `, item),
      );
    } else if (question.kind === "section") {
      const value = getAt(state.answers, path) as Answers | undefined;
      row(question.message, value !== undefined, { kind: "boolean" }, path);
      if (value !== undefined) fields(question.questions, path, "", value);
    } else fields([question], [], "", state.answers);
  }
  return rows;
}

/**
 * A warning in the questions' words, placed as lac init places it (`problemPlace`: by the question its
 * path or message names). One that no question places is placed by its page, its message still in the
 * questions' words, rather than in lac.config.yaml's keys.
 */
function warningInQuestionWords(warning: ConfigProblem, pageTitle: string): ConfigProblem {
  const shown = problemInQuestionWords(
    councilQuestions,
    warning,
    state.answers,
    "lac.config.yaml",
    pageWords,
  );
  if (shown !== warning) return shown;
  const message = messageInQuestionWords(councilQuestions, warning, state.answers, pageWords);
  return {
    ...warning,
    pathText: pageTitle,
    message: `${message} (${formatConfigPath(warning.path)} in lac.config.yaml)`,
  };
}

/**
 * The warnings of valid answers (a partner that is a service of the council itself, say), as lac init
 * tells a person at its prompt: in the question's words, with the item's name and the place in
 * lac.config.yaml, each linking to its page.
 */
function warningList(warnings: readonly ConfigProblem[]): HTMLElement | null {
  if (warnings.length === 0) return null;
  return h(
    "div",
    { class: "warnings", id: "warnings" },
    h("h2", { class: "heading-m" }, "Things to check"),
    h(
      "ul",
      { class: "list" },
      warnings.map((warning) => {
        const shown = warningInQuestionWords(warning, topicInfoOf(formatConfigPath(warning.path)).title);
        // The question the warning names, where a question is so called: the link focuses it, as the
        // error summary's do (a list's item by its heading); otherwise the top of the warning's page.
        const place = shown.pathText
          ? pathOfPlace(councilQuestions, state.answers, shown.pathText)
          : undefined;
        const topic = topicInfoOf(formatConfigPath(place ?? warning.path));
        const target =
          place === undefined
            ? undefined
            : `${fieldId(place)}${typeof place.at(-1) === "number" ? "-legend" : ""}`;
        const link = h("a", { href: `#/${topic.id}`, class: "link" }, shown.pathText);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          go(topic.id, target);
        });
        return h("li", {}, link, `: ${shown.message}`);
      }),
    ),
  );
}

function checkPage(): HTMLElement {
  const { problems, config, warnings } = validation();
  state.summary =
    problems.length > 0
      ? {
          title: "There is a problem",
          problems: problems.map((problem) => {
            const topic = topicInfoOf(formatConfigPath(problem.path));
            const label = questionLabel(councilQuestions, problem.path, pageWords);
            // The question's words, as on its page, rather than the configuration's path.
            const text = problem.message.startsWith("Missing")
              ? problem.message
              : label !== undefined
                ? `${label}: ${problem.message}`
                : problemText(problem);
            return { text, target: fieldId(problem.path), route: topic.id };
          }),
        }
      : undefined;
  setTitle("Check your answers", problems.length > 0);
  return h(
    "div",
    {},
    h("a", { href: `#/${topics[topics.length - 1]!.id}`, class: "back-link" }, "Back"),
    errorSummary(),
    h("h1", { class: "heading-xl", tabindex: "-1" }, "Check your answers"),
    state.source ? h("p", {}, `Loaded from ${state.source.name}.`) : null,
    warningList(warnings),
    topics.flatMap((topic) => [
      h("h2", { class: "heading-m" }, topic.title),
      h("dl", { class: "summary-list" }, summaryRows(topic)),
    ]),
    h(
      "div",
      { class: "button-group" },
      config
        ? button("Continue to your pack", () => go("pack"))
        : h("p", {}, "Correct the problems above to make your pack."),
      button("Download lac.config.yaml", downloadConfig, "secondary"),
    ),
  );
}

type Engine = typeof EngineModule;
let enginePromise: Promise<Engine> | undefined;
const loadEngine = () => (enginePromise ??= import("./pack/engine.js"));

/** The documents rendered for the last answers shown on the pack page, and their previews' HTML. */
let renderCache:
  | {
      readonly text: string;
      readonly rendered: Awaited<ReturnType<Engine["renderDocuments"]>>;
      readonly html: Map<string, string>;
    }
  | undefined;

/** Starts converting the pack page's previews again (after another logo is chosen). */
let preparePreviews: (() => void) | undefined;

/**
 * Converts the previews of the pack page's documents while the browser is idle, one document at a time
 * (a few tens of milliseconds each), so that a preview is usually ready when it is asked for; one that is
 * not is converted then, as before. Stops when the page is left or the answers change.
 */
function prepareInIdleTime(
  html: Map<string, string>,
  rendered: Extract<Awaited<ReturnType<Engine["renderDocuments"]>>, { ok: true }>,
  previewHtml: EngineModule.PreviewWriter,
  logoFile: () => Parameters<EngineModule.PreviewWriter>[2],
  page: HTMLElement,
): void {
  const whenIdle = (next: (deadline: { timeRemaining(): number }) => void) => {
    if ("requestIdleCallback" in window) requestIdleCallback(next, { timeout: 2000 });
    else setTimeout(() => next({ timeRemaining: () => 10 }), 50);
  };
  const step = (deadline: { timeRemaining(): number }) => {
    if (!page.isConnected || renderCache?.html !== html) return;
    const document = rendered.documents.find((each) => !html.has(each.path));
    if (document === undefined) return;
    if (deadline.timeRemaining() > 0) html.set(document.path, previewHtml(rendered, document, logoFile()));
    whenIdle(step);
  };
  whenIdle(step);
}

/** The council's logo, chosen on the pack page when lac.config.yaml names one (output.style.logo). */
let chosenLogo: { readonly path: string; readonly name: string; readonly bytes: Uint8Array } | undefined;

function packPage(): HTMLElement {
  setTitle("Your pack", false);
  const { config } = validation();
  const status = h("p", { role: "status", id: "pack-status" }, config ? "Making your documents…" : "");
  const list = h("ul", { class: "document-list" });
  const preview = h("div", { class: "preview", id: "preview" });
  const page = h(
    "div",
    {},
    h("a", { href: "#/check", class: "back-link" }, "Back"),
    h("h1", { class: "heading-xl", tabindex: "-1" }, "Your pack"),
    status,
  );
  if (!config) {
    status.textContent = "Your answers have problems: check your answers first.";
    page.append(h("a", { href: "#/check", class: "link" }, "Check your answers"));
    return page;
  }
  const text = configText(config);
  const logoPath = config.output.style.logo;
  const wantsWord = config.output.formats.includes("docx");
  const logoGroup = logoPath === undefined ? null : logoField(config, logoPath);
  // The parts of the builder the download still has to fetch: named once the renderer is here, and
  // again when the HTML writer arrives and after a download.
  const fetchNote = h("p", { class: "hint", id: "fetch-note", hidden: true });
  void loadEngine().then(async (engine) => {
    const showFetchNote = () => {
      const note = engine.partsToFetchNote(config);
      fetchNote.textContent = note ?? "";
      fetchNote.hidden = note === undefined;
    };
    // Rendered once for these answers: coming back to the page, or previewing again, costs nothing.
    if (renderCache?.text !== text)
      renderCache = { text, rendered: await engine.renderDocuments(config), html: new Map() };
    const { rendered, html } = renderCache;
    if (!rendered.ok) {
      status.textContent = `The pack could not be made: ${rendered.problems.join(" ")}`;
      return;
    }
    status.textContent = `${rendered.documents.length} documents are ready. Every document is a draft for your council's legal, HR and information-governance review.`;
    showFetchNote();
    /** The logo the person chose for the path lac.config.yaml gives, if any. */
    const logoFile = () =>
      chosenLogo !== undefined && chosenLogo.path === logoPath ? chosenLogo : undefined;
    const problem = h("p", { class: "error-message", id: "pack-problem", role: "alert" });
    const download = button("Download the pack (.zip)", () => {
      const slug =
        config.council.shortName
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "") || "council";
      // Not `disabled`: a disabled button loses the focus to the page, and a keyboard user their place.
      if (download.getAttribute("aria-disabled") === "true") return;
      problem.textContent = "";
      download.setAttribute("aria-disabled", "true");
      status.textContent = wantsWord ? "Making the pack, with its Word files…" : "Making the pack…";
      engine
        .packFiles(rendered, text, logoFile())
        .then(async (made) => {
          if (!made.ok) {
            status.textContent = "";
            problem.textContent = made.message;
            return;
          }
          saveFile(`${slug}-lac-pack.zip`, await engine.zipPack(made.files), "application/zip");
          status.textContent = `The pack is downloaded: ${slug}-lac-pack.zip. Every document is a draft for your council's legal, HR and information-governance review.`;
        })
        // The parts of the builder a download needs are named in made.message when they cannot be
        // fetched (engine.ts, downloadParts): anything else is not expected.
        .catch((error: unknown) => {
          status.textContent = "";
          problem.textContent = `The pack could not be made (${error instanceof Error ? error.message : String(error)}). Download again; if it fails again, download lac.config.yaml and make the pack with lac init.`;
        })
        .finally(() => {
          download.removeAttribute("aria-disabled");
          showFetchNote();
        });
    });
    download.id = "download-pack";
    list.replaceChildren(
      ...rendered.documents.map((document, index) => {
        // A Welsh document's title is Welsh: marked so, for screen readers to read it in Welsh.
        const titleLang = document.language === "cy" && !document.bilingual ? "cy" : undefined;
        const show = h(
          "button",
          { type: "button", class: "button-link", "aria-controls": "preview" },
          "Preview ",
          h("span", { lang: titleLang }, document.title),
        );
        show.addEventListener("click", () => {
          const frame = h("iframe", {
            id: "preview-frame",
            class: "preview-frame",
            title: `Preview of ${document.title}`,
            sandbox: "",
          });
          // Converted in idle time (prepareInIdleTime), or now if not yet (once the HTML writer is
          // here, if it is not yet); again when another logo is chosen.
          const key = document.path;
          const previewed = html.get(key);
          if (previewed !== undefined) frame.srcdoc = previewed;
          else
            void engine.loadPreviewWriter().then(
              (previewHtml) => {
                // Not if another preview was asked for meanwhile, or the page was left.
                if (!frame.isConnected) return;
                const made = html.get(key) ?? previewHtml(rendered, document, logoFile());
                html.set(key, made);
                frame.srcdoc = made;
              },
              () => {
                if (frame.isConnected)
                  frame.replaceWith(
                    h(
                      "p",
                      { class: "error-message", role: "alert" },
                      "The HTML writer, which makes the previews, could not be loaded from this site: check that you are online, then preview again.",
                    ),
                  );
              },
            );
          preview.replaceChildren(
            h(
              "h2",
              { class: "heading-m", id: "preview-heading", tabindex: "-1", lang: titleLang },
              document.title,
            ),
            frame,
          );
          preview.querySelector<HTMLElement>("#preview-heading")?.focus();
        });
        show.id = `preview-${index}`;
        return h("li", {}, show, h("span", { class: "hint" }, ` ${document.path}`));
      }),
    );
    // The HTML writer is usually here, fetched while the first page was read (see the start); if not,
    // it is asked for now, and the list of documents does not wait for it.
    preparePreviews = () =>
      void engine.loadPreviewWriter().then(
        (previewHtml) => {
          showFetchNote();
          prepareInIdleTime(html, rendered, previewHtml, logoFile, page);
        },
        // Not fetched: a preview asked for says so.
        () => {},
      );
    preparePreviews();
    page
      .querySelector("#pack-actions")
      ?.replaceChildren(download, button("Download lac.config.yaml", downloadConfig, "secondary"), problem);
  });
  page.append(
    ...[
      h(
        "p",
        {},
        "The .zip holds every document in Markdown and in the formats your answers chose, lac.config.yaml, and lac's records in .lac/, so that lac generate and lac update work on the folder later.",
      ),
      fetchNote,
      logoGroup,
      h("div", { id: "pack-actions", class: "button-group" }),
      h("h2", { class: "heading-m" }, "Documents"),
      list,
      preview,
    ].filter((element) => element !== null),
  );
  return page;
}

/** The file input for the council's logo, named in lac.config.yaml as output.style.logo. */
function logoField(config: CouncilConfig, logoPath: string): HTMLElement {
  const input = h("input", {
    class: "file-upload",
    type: "file",
    id: "logo-upload",
    name: "logo-upload",
    accept: "image/png,image/jpeg,image/svg+xml",
    "aria-describedby": "logo-hint logo-status",
  });
  const chosenText = () =>
    chosenLogo?.path === logoPath ? `Chosen: ${chosenLogo.name}.` : "No logo chosen yet.";
  const logoStatus = h("p", { class: "hint", id: "logo-status", role: "status" }, chosenText());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.arrayBuffer().then((buffer) => {
      chosenLogo = { path: logoPath, name: file.name, bytes: new Uint8Array(buffer) };
      renderCache?.html.clear();
      preparePreviews?.();
      logoStatus.textContent = chosenText();
      // Checked at once, as lac checks it: a file that will not do is said so now, not on download.
      void loadEngine().then((engine) => {
        const checked = engine.councilLogo(config, chosenLogo);
        if (!checked.ok) logoStatus.textContent = `${chosenText()} ${checked.message}`;
      });
    });
  });
  return h(
    "div",
    { class: "form-group" },
    h("label", { class: "label", for: "logo-upload" }, "Your council's logo"),
    h(
      "div",
      { class: "hint", id: "logo-hint" },
      `Your lac.config.yaml puts a logo in every Word and HTML document (output.style.logo: ${logoPath}). Choose that file, a PNG or JPEG of at most 1 MiB (SVG for HTML only): it stays in this browser, goes into each document, and is added to the .zip at ${logoPath}, so that lac generate finds it there later.`,
    ),
    input,
    logoStatus,
  );
}

// --- start ---------------------------------------------------------------------------------------

function restoreDraft(): void {
  try {
    const saved = localStorage.getItem(DRAFT_KEY);
    if (!saved) return;
    const draft = JSON.parse(saved) as { answers?: Answers; source?: Source };
    if (draft.answers && typeof draft.answers === "object") {
      state.answers = draft.answers;
      state.source = draft.source;
      state.draftConsent = true;
    }
  } catch {
    // No storage, or a damaged draft: start afresh.
  }
}

/**
 * Fetches, once the renderer is here, the parts of the templates the council's pack needs as far as
 * the answers tell (its nation, and whether its documents include Welsh): an English council's
 * builder never fetches the Welsh documents. Called after each page is drawn; a part is fetched once.
 */
function warmTemplateParts(): void {
  if (enginePromise === undefined) return;
  const nation = getAt(state.answers, ["council", "nation"]);
  if (typeof nation !== "string") return;
  const languages = getAt(state.answers, ["output", "languages"]);
  void enginePromise.then((engine) =>
    engine.fetchTemplateParts(
      engine.templatePartsOf(nation, Array.isArray(languages) ? languages.map(String) : undefined),
    ),
  );
}

restoreDraft();
void render().then(() => {
  // Fetch the renderer, then the HTML writer, while the person reads the first page, and the templates
  // their council needs once the answers name its nation, so that the questions, the previews and
  // Markdown and HTML packs work offline from then on. The Word writer (and the configuration's JSON
  // Schema) is fetched only when a pack is first downloaded.
  const warm = () =>
    loadEngine()
      .then((engine) => engine.loadPreviewWriter())
      .then(
        () => {
          document.documentElement.setAttribute("data-loaded", "renderer");
          warmTemplateParts();
        },
        () => document.documentElement.setAttribute("data-loaded", "failed"),
      );
  if ("requestIdleCallback" in window) requestIdleCallback(() => void warm(), { timeout: 2000 });
  else setTimeout(() => void warm(), 500);
});
