import { type FSWatcher, watch as watchFiles } from 'node:fs';
import path from 'node:path';
import { type Exercise, exerciseSource, exercises } from '@xent/course';
import type { TestModule, Vitest } from 'vitest/node';
import { formatReport } from '../report/format-text.ts';
import type { ExerciseReport } from '../report/report-types.ts';
import { buildReport, summariseExercise } from '../report/summarise.ts';
import { suiteFile } from '../runner/paths.ts';
import { createGradingVitest, type GradeTarget } from '../runner/run-suites.ts';
import type { Colours } from './colours.ts';
import type { CliEnvironment } from './environment.ts';
import { hintStateFile, nextHint } from './hints.ts';

interface WatchOptions {
  dir: string;
  folder: string;
  selected: readonly Exercise[];
  colours: Colours;
  io: CliEnvironment;
  /** Standard input to read keys from (defaults to the process's). */
  stdin?: NodeJS.ReadStream;
}

const DEBOUNCE_MS = 40;

/**
 * Grades everything once, then re-grades an exercise each time a file in its folder is saved, keeping
 * one Vitest instance warm so a re-grade costs a suite run, not a start-up. Keys: r re-runs all,
 * h shows the next hint for the exercise to work on, q quits.
 */
export async function watch(options: WatchOptions): Promise<number> {
  const { dir, folder, selected, colours: c, io } = options;
  const stdin = options.stdin ?? process.stdin;
  const target: GradeTarget = {
    label: 'learner',
    exercises: selected.map((exercise) => ({
      exercise,
      file: exerciseSource(dir, exercise.id),
    })),
  };
  const reports = new Map<string, ExerciseReport>();
  const output = new Map<string, string[]>();
  let message = '';
  const vitest: Vitest = await createGradingVitest([target], {
    onExerciseDone: (_t, id, module: TestModule) => {
      const exercise = selected.find((e) => e.id === id);
      if (exercise) reports.set(id, summariseExercise(exercise, module, output.get(id)));
    },
    onExerciseOutput: (_t, id, line) => output.set(id, [...(output.get(id) ?? []), line]),
  });
  const project = vitest.projects[0];
  // Workers are reused between runs, so a saved file must be forgotten by them and by the server.
  if (!project) throw new Error('grade --watch: no project to run');
  const specFor = (id: string) =>
    project.createSpecification(path.join(vitest.config.root, 'suites', `${id}.test.ts`));

  const render = () => {
    const report = buildReport(
      dir,
      selected.map((e) => reports.get(e.id)).filter((r): r is ExerciseReport => r !== undefined),
    );
    const screen = [
      io.stdout.isTTY ? '\u001b[2J\u001b[H' : '',
      formatReport(report, { folder, exercises }, c),
      message ? `\n${message}\n` : '',
      c.dim(`\nWatching ${folder}/ · save a file to re-grade it · r re-run all · h hint · q quit`),
      c.dim(
        'If saving does not re-grade (some editors and network drives hide changes), press r or run pnpm grade <id>.\n',
      ),
    ];
    io.stdout.write(screen.join('\n'));
  };

  let running: Promise<void> = Promise.resolve();
  const grade = (ids: string[]) => {
    running = running.then(async () => {
      for (const id of ids) {
        output.delete(id);
        forgetExercise(vitest, id, exerciseSource(dir, id));
      }
      await vitest.runTestSpecifications(ids.map(specFor));
      render();
    });
    return running;
  };

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const onChange = (file: string | null) => {
    const id = file?.split(/[\\/]/)[0];
    if (!id || !selected.some((e) => e.id === id)) return;
    pending.add(id);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const ids = [...pending];
      pending.clear();
      message = '';
      void grade(ids);
    }, DEBOUNCE_MS);
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watchFiles(dir, { recursive: true }, (_event, file) => onChange(file));
  } catch (error) {
    message = c.yellow(
      `File watching is not available here (${(error as Error).message}); press r to re-grade.`,
    );
  }

  await vitest.init();
  await grade(selected.map((e) => e.id));

  return new Promise<number>((resolve) => {
    const quit = async () => {
      watcher?.close();
      clearTimeout(timer);
      stdin.off('data', onKey);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      (stdin as { unref?: () => void }).unref?.();
      await running;
      await vitest.close();
      resolve(0);
    };
    const onKey = (data: Buffer | string) => {
      for (const key of String(data)) {
        if (key === 'q' || key === '\u0003') return void quit();
        if (key === 'r') {
          message = '';
          void grade(selected.map((e) => e.id));
        }
        if (key === 'h') {
          const next = selected.find((e) => reports.get(e.id)?.status !== 'passed') ?? selected[0];
          if (next) {
            const hint = nextHint(hintStateFile(io.env), path.dirname(dir), next.id, next.hints);
            message = `${c.bold(`Hint ${hint.number} of ${next.hints.length} for ${next.title}`)}\n  ${hint.text}`;
            render();
          }
        }
      }
    };
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.on('data', onKey);
    stdin.resume();
  });
}

/**
 * Makes the next run compile and load an exercise's file afresh: its suite is transformed again, so it
 * resolves `@exercise/<id>` to the module of the file's new version (see `exerciseModuleId`).
 */
function forgetExercise(vitest: Vitest, id: string, file: string): void {
  vitest.invalidateFile(file);
  vitest.invalidateFile(suiteFile(id));
}
