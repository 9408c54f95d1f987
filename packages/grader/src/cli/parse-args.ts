/** What the learner asked for on the command line. */
export interface GradeCommand {
  ids: string[];
  target: { kind: 'exercises' } | { kind: 'solutions' } | { kind: 'folder'; dir: string };
  json?: string;
  watch: boolean;
  hint?: string;
  /** Put this exercise's stub back (after a backup). */
  reset?: string;
  /** Confirms --reset without asking. */
  yes: boolean;
  help: boolean;
}

/** A mistake on the command line: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUE_FLAGS = new Set(['--json', '--exercises', '--hint', '--reset']);
const SWITCHES = new Set(['--watch', '--solutions', '--yes', '--help', '-h']);

/** Parses `grade` arguments; throws a UsageError naming the bad argument. */
export function parseArgs(argv: string[], validIds: readonly string[]): GradeCommand {
  const command: GradeCommand = {
    ids: [],
    target: { kind: 'exercises' },
    watch: false,
    yes: false,
    help: false,
  };
  const validList = `valid exercise ids: ${validIds.join(', ')}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new UsageError(`${flag} needs a value`);
      if (flag === '--json') command.json = value;
      else if (flag === '--exercises') setTarget(command, { kind: 'folder', dir: value });
      else if (flag === '--reset') command.reset = value;
      else command.hint = value;
    } else if (SWITCHES.has(flag)) {
      if (flag === '--watch') command.watch = true;
      else if (flag === '--solutions') setTarget(command, { kind: 'solutions' });
      else if (flag === '--yes') command.yes = true;
      else command.help = true;
    } else if (flag.startsWith('-')) {
      throw new UsageError(`unknown option '${arg}' (see --help)`);
    } else if (!validIds.includes(arg)) {
      throw new UsageError(`unknown exercise '${arg}'; ${validList}`);
    } else if (!command.ids.includes(arg)) {
      command.ids.push(arg);
    }
  }
  if (command.hint !== undefined && !validIds.includes(command.hint)) {
    throw new UsageError(`unknown exercise '${command.hint}' for --hint; ${validList}`);
  }
  if (command.watch && command.json) throw new UsageError('--watch and --json cannot be combined');
  checkReset(command, validIds, validList);
  return command;
}

/** --reset takes one known id and nothing else but --yes; --yes means nothing without it. */
function checkReset(command: GradeCommand, validIds: readonly string[], validList: string): void {
  if (command.reset === undefined) {
    if (command.yes) throw new UsageError('--yes only confirms --reset <id>');
    return;
  }
  if (!validIds.includes(command.reset))
    throw new UsageError(`unknown exercise '${command.reset}' for --reset; ${validList}`);
  const others = [
    command.ids.length > 0 ? command.ids.join(' ') : '',
    command.watch ? '--watch' : '',
    command.json ? '--json' : '',
    command.hint !== undefined ? '--hint' : '',
    command.target.kind === 'solutions' ? '--solutions' : '',
    command.target.kind === 'folder' ? '--exercises' : '',
  ].filter(Boolean);
  if (others.length > 0)
    throw new UsageError(
      `--reset works alone on your exercises/ folder; drop ${others.join(', ')}`,
    );
}

function setTarget(command: GradeCommand, target: GradeCommand['target']): void {
  if (command.target.kind !== 'exercises')
    throw new UsageError('use only one of --solutions and --exercises');
  command.target = target;
}

/** The `--help` text. */
export function helpText(validIds: readonly string[]): string {
  return `Usage: pnpm grade [<id>…] [options]

Grades your exercises with the course's hidden suites and says what to do next.

  pnpm grade                 grade every exercise in exercises/
  pnpm grade <id>…           grade only these exercises
  pnpm grade --hint <id>     show the next hint for an exercise (one more each time)
  pnpm grade --watch         re-grade an exercise each time you save it
  pnpm grade --reset <id>    put an exercise's stub back; your version is backed up first
                             (asks on a terminal; add --yes to confirm without asking)
  pnpm grade --solutions     grade the model solutions in solutions/
  pnpm grade --exercises <dir>
                             grade another folder laid out like exercises/ (a submission)
  pnpm grade --json <file>   also write the report as JSON to <file>
  pnpm grade --help          show this help

Exercise ids: ${validIds.join(', ')}
Exit status: 0 when every graded exercise passes, 1 when one does not, 2 for a usage error.
Colour follows the terminal; set NO_COLOR=1 to turn it off.`;
}
