import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliEnvironment } from '@xent/grader/src/cli/main.ts';
import { checkCourse } from './course-check.ts';
import { gradebookOf } from './gradebook.ts';
import { courseLayout, findCourseRootAbove, InstructorError, readManifest } from './layout.ts';
import { newExercise } from './new-exercise.ts';
import { releaseCourse } from './release.ts';
import { removeExercise } from './remove-exercise.ts';
import { syncCourse } from './sync.ts';

const COURSE_HELP = `Usage: pnpm course <command> [options]

  pnpm course sync                     write the files derived from the course model (module
                                       declarations, suites, lesson titles, Classroom workflow)
  pnpm course check [--files-only]     check the course: manifest, files, lessons and their
                                       headings, generated files, imports; then grade every stub,
                                       solution and wrong implementation once
  pnpm course remove <id>              remove an exercise: its manifest entry and its own files
  pnpm course release <dir>            write the learner copy of the course into <dir>
  pnpm course gradebook <report.json…> [--out <file.csv>]
                                       combine pnpm grade --json reports into a CSV gradebook;
                                       the learner is the file name (ada.json → ada), or the
                                       folder name for a file called report.json

  --root <dir>   the course to work on (default: the one around the current folder)
Exit status: 0 when all is well, 1 when the course has problems, 2 for a usage error.`;

const NEW_EXERCISE_HELP = `Usage: pnpm new-exercise <id> --lesson <slug> [--title "…"] [--root <dir>]

Adds an exercise to the course: its manifest entry, then files in its own places only (stub and
task README, model solution, checks, a first wrong implementation), and runs pnpm course sync.
Prints what is left to write and the card to place on the lesson page.`;

/** Arguments split into positionals and `--flag value` options. */
export function splitArgs(
  argv: string[],
  valueFlags: readonly string[],
  switches: readonly string[],
): { positional: string[]; values: Map<string, string>; switches: Set<string> } {
  const out = {
    positional: [] as string[],
    values: new Map<string, string>(),
    switches: new Set<string>(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (switches.includes(arg)) out.switches.add(arg);
    else if (valueFlags.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new InstructorError(`${arg} needs a value`, 2);
      out.values.set(arg, value);
    } else if (arg.startsWith('-'))
      throw new InstructorError(`unknown option '${arg}' (see --help)`, 2);
    else out.positional.push(arg);
  }
  return out;
}

/** Runs `course`: check, release or gradebook. */
export async function courseMain(io: CliEnvironment): Promise<number> {
  return guarded('course', io, async () => {
    const args = splitArgs(io.argv, ['--root', '--out'], ['--files-only', '--help', '-h']);
    const [command, ...rest] = args.positional;
    if (args.switches.has('--help') || args.switches.has('-h') || command === undefined) {
      io.stdout.write(`${COURSE_HELP}\n`);
      return command === undefined && !args.switches.size ? 2 : 0;
    }
    const root = () => rootOf(args.values.get('--root'), io.cwd);
    if (command === 'sync') {
      const layout = courseLayout(root());
      const result = await syncCourse(layout, readManifest(layout));
      const lines = [
        ...result.written.map((file) => `  ~ ${file}`),
        ...result.removed.map((file) => `  - ${file}`),
      ];
      io.stdout.write(
        lines.length === 0
          ? 'course sync: every generated file is up to date\n'
          : `course sync: ${lines.length} file${lines.length === 1 ? '' : 's'} written\n${lines.join('\n')}\n`,
      );
      return 0;
    }
    if (command === 'check') {
      const progress = io.stdout.isTTY ? io.stderr : undefined;
      const start = performance.now();
      const result = await checkCourse(root(), {
        grade: !args.switches.has('--files-only'),
        onProgress: (done, total) => progress?.write(`\rgrading ${done}/${total}…`),
      });
      progress?.write('\r\u001b[2K');
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      const table = result.lines.length ? `${result.lines.join('\n')}\n` : '';
      if (result.problems.length === 0) {
        io.stdout.write(`${table}course check: all good · ${result.summary} · ${seconds} s\n`);
        return 0;
      }
      const list = result.problems.map((p) => `  ✗ ${p}`).join('\n');
      io.stdout.write(
        `${table}course check: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} to fix\n${list}\n${result.summary} · ${seconds} s\n`,
      );
      return 1;
    }
    if (command === 'remove') {
      const [id, ...extra] = rest;
      if (id === undefined || extra.length > 0)
        throw new InstructorError('give exactly one exercise id: pnpm course remove <id>', 2);
      const done = await removeExercise(courseLayout(root()), id);
      const lines = [
        `course remove: removed '${id}'`,
        ...done.removed.map((f) => `  - ${f}`),
        ...done.changed.map((f) => `  ~ ${f}`),
        ...(done.card ? ['', `Left to do: delete ${done.card.tag} from ${done.card.page}`] : []),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }
    if (command === 'release') {
      const [dir] = rest;
      if (dir === undefined)
        throw new InstructorError('course release needs a folder: pnpm course release <dir>', 2);
      const dest = path.resolve(io.cwd, dir);
      const files = releaseCourse(root(), dest);
      io.stdout.write(
        `course release: ${files} files in ${dest}\n  next: cd ${dir} && git init && pnpm install && pnpm grade, then push it as a template repository\n`,
      );
      return 0;
    }
    if (command === 'gradebook') {
      if (rest.length === 0)
        throw new InstructorError(
          'course gradebook needs report files: pnpm course gradebook reports/*.json',
          2,
        );
      const csv = gradebookOf(rest.map((file) => path.resolve(io.cwd, file)));
      const out = args.values.get('--out');
      if (out === undefined) io.stdout.write(csv);
      else {
        writeFileSync(path.resolve(io.cwd, out), csv);
        io.stdout.write(`course gradebook: ${rest.length} learners in ${out}\n`);
      }
      return 0;
    }
    throw new InstructorError(
      `unknown command '${command}'; use sync, check, remove, release or gradebook`,
      2,
    );
  });
}

/** Runs `new-exercise <id>`. */
export async function newExerciseMain(io: CliEnvironment): Promise<number> {
  return guarded('new-exercise', io, async () => {
    const args = splitArgs(io.argv, ['--title', '--lesson', '--root'], ['--help', '-h']);
    if (args.switches.size > 0) {
      io.stdout.write(`${NEW_EXERCISE_HELP}\n`);
      return 0;
    }
    const [id, ...extra] = args.positional;
    if (id === undefined || extra.length > 0)
      throw new InstructorError('give exactly one exercise id: pnpm new-exercise <id>', 2);
    const title = args.values.get('--title');
    const lesson = args.values.get('--lesson');
    if (lesson === undefined)
      throw new InstructorError(
        'say which lesson the exercise belongs to: pnpm new-exercise <id> --lesson <slug>',
        2,
      );
    const done = await newExercise(courseLayout(rootOf(args.values.get('--root'), io.cwd)), {
      id,
      lesson,
      ...(title === undefined ? {} : { title }),
    });
    const lines = [
      `new-exercise: added '${id}'`,
      ...done.created.map((f) => `  + ${f}`),
      ...done.changed.map((f) => `  ~ ${f}`),
      '',
      'Left to write:',
      ...done.checklist.map((item) => `  [ ] ${item}`),
      `  [ ] place ${done.card.tag} in ${done.card.page}, where the lesson practises it`,
      '',
      'Then: pnpm course check',
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}

function rootOf(option: string | undefined, cwd: string): string {
  return option === undefined ? findCourseRootAbove(cwd) : path.resolve(cwd, option);
}

/** Runs a command, turning an InstructorError into a one-line message and its exit status. */
async function guarded(
  name: string,
  io: CliEnvironment,
  run: () => Promise<number>,
): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InstructorError) {
      io.stderr.write(`${name}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
