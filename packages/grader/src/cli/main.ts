import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { type Exercise, exerciseSource, exercises } from '@xent/course';
import { formatReport } from '../report/format-text.ts';
import type { GradeReport } from '../report/report-types.ts';
import { buildReport } from '../report/summarise.ts';
import { findCourseRoot } from '../runner/paths.ts';
import { gradeRestricted } from '../runner/restricted-grading.ts';
import type { GradeTarget } from '../runner/run-suites.ts';
import { colours, wantsColour } from './colours.ts';
import type { CliEnvironment } from './environment.ts';
import { hintStateFile, nextHint } from './hints.ts';
import { type GradeCommand, helpText, parseArgs, UsageError } from './parse-args.ts';
import { ResetError, resetExercise } from './reset.ts';
import { watch } from './watch.ts';

/** Runs `grade` and returns its exit status: 0 all passed, 1 something did not, 2 usage error. */
export async function main(io: CliEnvironment): Promise<number> {
  const ids = exercises.map((e) => e.id);
  const c = colours(wantsColour(io.env, Boolean(io.stdout.isTTY)));
  try {
    const command = parseArgs(io.argv, ids);
    if (command.help) {
      io.stdout.write(`${helpText(ids)}\n`);
      return 0;
    }
    const courseRoot = findCourseRoot(io.cwd);
    if (command.reset !== undefined) {
      const dir = targetFolder(command, courseRoot, io.cwd);
      return await resetExercise({
        id: command.reset,
        yes: command.yes,
        exercisesDir: dir,
        folder: displayFolder(dir, io.cwd),
        stateDir: path.dirname(hintStateFile(io.env)),
        known: exercises,
        ask: terminalQuestion(io),
        out: io.stdout,
      });
    }
    if (command.hint !== undefined) {
      const exercise = exercises.find((e) => e.id === command.hint) as Exercise;
      const hint = nextHint(
        hintStateFile(io.env),
        courseRoot ?? io.cwd,
        exercise.id,
        exercise.hints,
      );
      io.stdout.write(
        `${c.bold(`Hint ${hint.number} of ${exercise.hints.length} for ${exercise.title}`)}\n  ${hint.text}\n`,
      );
      if (hint.number === exercise.hints.length)
        io.stdout.write(c.dim('  That is the last hint; the lesson has the rest.\n'));
      return 0;
    }
    const dir = targetFolder(command, courseRoot, io.cwd);
    const selected =
      command.ids.length > 0 ? exercises.filter((e) => command.ids.includes(e.id)) : [...exercises];
    const folder = displayFolder(dir, io.cwd);
    if (command.json)
      checkJsonPath(path.resolve(io.cwd, command.json), [
        dir,
        ...(courseRoot
          ? [path.join(courseRoot, 'exercises'), path.join(courseRoot, 'solutions')]
          : []),
      ]);
    if (command.watch) return await watch({ dir, folder, selected, colours: c, io });
    const report = await gradeFolder(dir, selected, io.stdout.isTTY ? io.stderr : undefined);
    io.stdout.write(formatReport(report, { folder, exercises }, c));
    if (command.json) writeJson(path.resolve(io.cwd, command.json), report);
    return report.exercises.every((e) => e.status === 'passed') ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`grade: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ResetError) {
      io.stderr.write(`grade --reset: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Grades the given exercises of one folder and builds the report. */
export async function gradeFolder(
  dir: string,
  selected: readonly Exercise[],
  progress?: { write(text: string): unknown },
): Promise<GradeReport> {
  const target: GradeTarget = {
    label: 'learner',
    exercises: selected.map((exercise) => ({
      exercise,
      file: exerciseSource(dir, exercise.id),
    })),
  };
  let done = 0;
  progress?.write(`grading ${selected.length} exercise${selected.length === 1 ? '' : 's'}…`);
  const reports = await gradeRestricted(target, () => {
    done += 1;
    progress?.write(`\rgrading ${done}/${selected.length}…`);
  });
  progress?.write('\r\u001b[2K');
  return buildReport(dir, reports);
}

/** A folder as the learner should read it: relative to where they stand when it is below. */
function displayFolder(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir);
  return relative.startsWith('..') ? dir : relative || '.';
}

/** A yes/no question on the terminal, or undefined when standard input is not one. */
function terminalQuestion(
  io: CliEnvironment,
): ((question: string) => Promise<boolean>) | undefined {
  const stdin = io.stdin ?? process.stdin;
  if (!stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({
      input: stdin,
      output: io.stdout as NodeJS.WritableStream,
      terminal: false,
    });
    try {
      return /^\s*y(es)?\s*$/i.test(await rl.question(question));
    } finally {
      rl.close();
    }
  };
}

function targetFolder(command: GradeCommand, courseRoot: string | undefined, cwd: string): string {
  if (command.target.kind === 'folder') {
    const dir = path.resolve(cwd, command.target.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(`--exercises: '${command.target.dir}' is not a folder`);
    return dir;
  }
  if (!courseRoot)
    throw new UsageError(
      'cannot find an exercises/ folder here or in any folder above; run pnpm grade inside the course',
    );
  return path.join(courseRoot, command.target.kind);
}

function checkJsonPath(file: string, protectedFolders: string[]): void {
  for (const folder of protectedFolders) {
    if (!path.relative(folder, file).startsWith('..')) {
      throw new UsageError(
        `--json: the grader never writes into ${path.basename(folder)}/; choose a file outside it`,
      );
    }
  }
}

function writeJson(file: string, report: GradeReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify(report, (key, value) => (key === 'output' ? undefined : value), 2)}\n`,
  );
}
