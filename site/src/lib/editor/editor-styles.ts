/** The editor's styles, loaded with it; colours follow Starlight's `data-theme` through CSS variables. */
export const EDITOR_CSS = `
.xe { --xe-keyword: #a626a4; --xe-string: #50a14f; --xe-number: #986801; --xe-comment: #6a737d;
  --xe-type: #c18401; --xe-function: #4078f2; --xe-active-line: rgba(0, 0, 0, 0.04); --xe-selection: rgba(64, 120, 242, 0.25);
  display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; margin-top: 1rem; }
.exercise-card__editor { container-type: inline-size; }
@container (min-width: 56rem) { .xe { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); } }
:root[data-theme='dark'] .xe { --xe-keyword: #c678dd; --xe-string: #98c379; --xe-number: #d19a66; --xe-comment: #8b949e;
  --xe-type: #e5c07b; --xe-function: #61afef; --xe-active-line: rgba(255, 255, 255, 0.05); --xe-selection: rgba(97, 175, 239, 0.3); }
.xe__task { max-height: 24rem; overflow: auto; padding: 0.5rem 0.75rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.35rem; font-size: var(--sl-text-sm); }
.xe__task:focus-visible { outline: 2px solid var(--sl-color-text-accent); }
.xe__task pre { overflow-x: auto; padding: 0.5rem; background: var(--sl-color-gray-6); }
.xe__code { border: 1px solid var(--sl-color-gray-5); border-radius: 0.35rem; overflow: hidden; }
.xe__code .cm-editor { max-height: 28rem; }
.xe__code .cm-scroller { overflow: auto; }
.xe__buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.6rem 0; }
.xe__buttons button { font: inherit; font-size: var(--sl-text-sm); padding: 0.3rem 0.75rem; border-radius: 0.3rem;
  border: 1px solid var(--sl-color-gray-4); background: var(--sl-color-gray-6); color: var(--sl-color-white); cursor: pointer; }
.xe__buttons button.xe__primary { background: var(--sl-color-accent); border-color: var(--sl-color-accent); color: var(--sl-color-black); font-weight: 600; }
.xe__buttons button:disabled { opacity: 0.6; cursor: default; }
.xe__buttons button:focus-visible { outline: 2px solid var(--sl-color-text-accent); outline-offset: 2px; }
.xe__hints { margin: 0.25rem 0 0.5rem 1.25rem; font-size: var(--sl-text-sm); }
.xe__status { font-weight: 700; margin: 0.25rem 0; }
.xe__status--passed { color: var(--sl-color-green-high, green); }
.xe__status--failed, .xe__status--error, .xe__status--timeout { color: var(--sl-color-red-high, #b00); }
.xe__checks { list-style: none; padding: 0; margin: 0; font-size: var(--sl-text-sm); }
.xe__checks li { margin: 0.2rem 0; }
.xe__checks pre, .xe__problem, .xe__output { white-space: pre-wrap; margin: 0.2rem 0 0.4rem 1.2rem; padding: 0.4rem 0.6rem;
  background: var(--sl-color-gray-6); border-radius: 0.25rem; font-size: var(--sl-text-xs); }
`;
