import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { typescriptLanguage } from '@codemirror/lang-javascript';
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  LanguageSupport,
  syntaxHighlighting,
} from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { WorkerHandle } from '@xent/grader/src/browser/protocol.ts';
import { gradeInWorker } from '@xent/grader/src/browser/supervise.ts';
import type { ExerciseReport } from '@xent/grader/src/report/report-types.ts';
import type { ExerciseTask } from '../exercise-task.ts';
import { loadSaved, progressLabel, save } from '../progress-store.ts';
import { EDITOR_CSS } from './editor-styles.ts';

/** Colours from CSS variables that follow Starlight's light and dark themes (see EDITOR_CSS). */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.modifier, tags.controlKeyword], color: 'var(--xe-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--xe-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--xe-number)' },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: 'var(--xe-comment)',
    fontStyle: 'italic',
  },
  { tag: [tags.typeName, tags.className], color: 'var(--xe-type)' },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: 'var(--xe-function)',
  },
]);

const theme = EditorView.theme({
  '&': {
    color: 'var(--sl-color-white)',
    backgroundColor: 'var(--sl-color-black)',
    fontSize: '0.85rem',
  },
  '.cm-content': {
    fontFamily: 'var(--sl-font-mono, monospace)',
    caretColor: 'var(--sl-color-white)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--sl-color-gray-6)',
    color: 'var(--sl-color-gray-3)',
    border: 'none',
  },
  '.cm-activeLine': { backgroundColor: 'var(--xe-active-line)' },
  '&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--xe-selection) !important',
  },
});

interface OpenEditor {
  view: EditorView;
  panel: HTMLElement;
}

const open = new WeakMap<HTMLElement, OpenEditor>();

/** Opens the editor of a card (building it the first time), or closes it when it is open. */
export async function toggleEditor(card: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const panel = card.querySelector<HTMLElement>('[data-editor]');
  if (!panel) return;
  if (!open.has(card)) open.set(card, buildEditor(card, panel));
  const editor = open.get(card) as OpenEditor;
  const opening = panel.hidden;
  panel.hidden = !opening;
  button.setAttribute('aria-expanded', String(opening));
  button.textContent = opening ? 'Close the editor' : 'Try it here';
  if (opening) editor.view.focus();
}

function taskOf(card: HTMLElement): ExerciseTask {
  const json = card.querySelector('[data-exercise-task]')?.textContent ?? '{}';
  return JSON.parse(json) as ExerciseTask;
}

function buildEditor(card: HTMLElement, panel: HTMLElement): OpenEditor {
  injectStyles();
  const task = taskOf(card);
  const readme = card.querySelector<HTMLTemplateElement>('[data-exercise-readme]');
  panel.innerHTML = `
    <div class="xe">
      <section class="xe__task" aria-label="The task" tabindex="0"></section>
      <div class="xe__work">
        <div class="xe__code" aria-label="Your ${task.id}.ts"></div>
        <div class="xe__buttons" role="group" aria-label="Editor actions">
          <button type="button" data-action="check" class="xe__primary">Check</button>
          <button type="button" data-action="hint">Hint</button>
          <button type="button" data-action="reset">Reset</button>
          <button type="button" data-action="copy">Copy</button>
          <button type="button" data-action="download">Download ${task.id}.ts</button>
        </div>
        <ol class="xe__hints" aria-label="Hints" hidden></ol>
        <div class="xe__result" role="status" aria-live="polite"></div>
      </div>
    </div>`;
  const taskBox = panel.querySelector('.xe__task') as HTMLElement;
  if (readme) taskBox.append(readme.content.cloneNode(true));
  const saved = loadSaved(task.id);
  const view = new EditorView({
    parent: panel.querySelector('.xe__code') as HTMLElement,
    state: EditorState.create({
      doc: saved.code ?? task.stub,
      extensions: [
        lineNumbers(),
        history(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        // The TypeScript grammar alone: completion and linting would double the editor's size.
        new LanguageSupport(typescriptLanguage),
        syntaxHighlighting(highlight),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': `Code of ${task.id}.ts` }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) save(task.id, { code: update.state.doc.toString() });
        }),
      ],
    }),
  });
  const result = panel.querySelector('.xe__result') as HTMLElement;
  const hints = panel.querySelector('.xe__hints') as HTMLOListElement;
  showHints(hints, task, saved.hintsShown ?? 0);
  if (saved.status) result.textContent = `Last check: ${progressLabel(saved)}`;
  let warm: WorkerHandle | undefined = startWorker(task.id);
  const spawn = () => {
    const worker = warm ?? startWorker(task.id);
    warm = undefined;
    return worker;
  };
  const actions: Record<string, (button: HTMLButtonElement) => void | Promise<void>> = {
    check: async (button) => {
      button.disabled = true;
      result.textContent = 'Checking…';
      try {
        const report = await gradeInWorker(spawn, task.exercise, view.state.doc.toString());
        warm = startWorker(task.id);
        renderReport(result, report);
        save(task.id, { status: report.status, score: report.score, maxScore: report.maxScore });
        updateCardProgress(card, task.id);
        dispatchEvent(new Event('xent:progress'));
      } catch (error) {
        result.textContent = `The check could not run: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        button.disabled = false;
      }
    },
    hint: () => {
      const shown = Math.min((loadSaved(task.id).hintsShown ?? 0) + 1, task.hints.length);
      save(task.id, { hintsShown: shown });
      showHints(hints, task, shown);
    },
    reset: () => {
      if (!window.confirm(`Put the stub back? Your code for ${task.id}.ts will be replaced.`))
        return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: task.stub } });
    },
    copy: async () => {
      await navigator.clipboard?.writeText(view.state.doc.toString());
      result.textContent = 'Copied your code.';
    },
    download: () => {
      const url = URL.createObjectURL(
        new Blob([view.state.doc.toString()], { type: 'text/typescript' }),
      );
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `${task.id}.ts`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.addEventListener('click', () => void actions[button.dataset.action ?? '']?.(button));
  }
  return { view, panel };
}

/** A Web Worker for an exercise, started ahead so that Check does not wait for it to load. */
function startWorker(id: string): WorkerHandle {
  const worker = new Worker(new URL('./grade-worker.ts', import.meta.url), {
    type: 'module',
    name: id,
  });
  return {
    post: (request) => worker.postMessage(request),
    onMessage: (handler) => worker.addEventListener('message', (event) => handler(event.data)),
    onError: (handler) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        handler(event.message || 'the grading worker could not start');
      }),
    terminate: () => worker.terminate(),
  };
}

function showHints(list: HTMLOListElement, task: ExerciseTask, shown: number): void {
  list.replaceChildren(
    ...task.hints
      .slice(0, shown)
      .map((hint) => Object.assign(document.createElement('li'), { textContent: hint })),
  );
  list.hidden = shown === 0;
  const button = list.parentElement?.querySelector<HTMLButtonElement>('[data-action="hint"]');
  if (button) {
    button.textContent =
      shown >= task.hints.length ? 'No more hints' : `Hint ${shown + 1} of ${task.hints.length}`;
    button.disabled = shown >= task.hints.length;
  }
}

const STATUS_TEXT: Record<string, string> = {
  passed: 'Passed',
  failed: 'Not yet',
  'not-started': 'Not started',
  error: 'Could not run',
  timeout: 'Timed out',
};

/** The report as the CLI words it: the status and points, then each check, failures with their message. */
function renderReport(box: HTMLElement, report: ExerciseReport): void {
  const head = document.createElement('p');
  head.className = `xe__status xe__status--${report.status}`;
  head.textContent = `${STATUS_TEXT[report.status] ?? report.status}: ${report.score} / ${report.maxScore} points (${report.durationMs} ms)`;
  const parts: HTMLElement[] = [head];
  if (report.problem)
    parts.push(
      Object.assign(document.createElement('pre'), {
        className: 'xe__problem',
        textContent: report.problem,
      }),
    );
  // as pnpm grade shows it: what the learner probably believes, before the raw differences
  report.diagnoses.forEach((diagnosis, i) => {
    const box = Object.assign(document.createElement('div'), { className: 'xe__diagnosis' });
    box.append(
      Object.assign(document.createElement('p'), {
        textContent: `${i === 0 ? 'Looks like:' : 'Or perhaps:'} ${diagnosis.title} (${diagnosis.id})`,
      }),
      Object.assign(document.createElement('p'), { textContent: diagnosis.nudge }),
      Object.assign(document.createElement('p'), { textContent: `Reread: ${diagnosis.lesson}` }),
    );
    parts.push(box);
  });
  const list = document.createElement('ul');
  list.className = 'xe__checks';
  for (const test of report.tests) {
    const item = document.createElement('li');
    item.dataset.status = test.status;
    const name = Object.assign(document.createElement('span'), {
      className: 'xe__check-name',
      textContent: `${test.status === 'passed' ? '✓' : '✗'} ${test.name}`,
    });
    item.append(name);
    if (test.message)
      item.append(Object.assign(document.createElement('pre'), { textContent: test.message }));
    list.append(item);
  }
  if (report.status === 'not-started' || report.status === 'passed') {
    // Every check says the same for a stub, and nothing for a pass: the list stays folded.
    const fold = document.createElement('details');
    fold.append(
      Object.assign(document.createElement('summary'), {
        textContent: `${report.tests.length} checks`,
      }),
      list,
    );
    parts.push(fold);
  } else {
    parts.push(list);
  }
  if (report.output?.length) {
    parts.push(
      Object.assign(document.createElement('pre'), {
        className: 'xe__output',
        textContent: report.output.join('\n'),
      }),
    );
  }
  box.replaceChildren(...parts);
}

function updateCardProgress(card: HTMLElement, id: string): void {
  const slot = card.querySelector<HTMLElement>('[data-progress]');
  if (slot) slot.textContent = progressLabel(loadSaved(id));
}

let stylesInjected = false;

function injectStyles(): void {
  if (stylesInjected) return;
  stylesInjected = true;
  document.head.append(Object.assign(document.createElement('style'), { textContent: EDITOR_CSS }));
}
