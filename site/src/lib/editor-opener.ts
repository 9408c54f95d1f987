import { loadSaved, progressLabel } from './progress-store.ts';

/**
 * The only editor code a lesson page loads up front: it wires each card's "Try it here" button and
 * imports the editor (CodeMirror, the worker) the first time one is pressed.
 */
export function wireEditorButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-editor]')) {
    if (button.dataset.wired) continue;
    button.dataset.wired = 'true';
    button.addEventListener('click', async () => {
      const card = button.closest<HTMLElement>('.exercise-card');
      if (!card) return;
      button.disabled = true;
      try {
        const { toggleEditor } = await import('./editor/exercise-editor.ts');
        await toggleEditor(card, button);
      } finally {
        button.disabled = false;
      }
    });
  }
}

/** Shows each card's saved result next to its button. */
export function showSavedProgress(): void {
  for (const card of document.querySelectorAll<HTMLElement>('.exercise-card[data-exercise-id]')) {
    const id = card.dataset.exerciseId ?? '';
    const slot = card.querySelector<HTMLElement>('[data-progress]');
    if (slot) slot.textContent = progressLabel(loadSaved(id));
  }
}
