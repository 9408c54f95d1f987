import type { CourseManifest } from '@xent/course';
import { stringify } from 'yaml';

/** Where the job keeps the pinned grader and its report, outside the learner's repository. */
const GRADER_DIR = '"$RUNNER_TEMP/xent-grader"';
export const REPORT = 'xent-report.json';

/** Downloads the pinned grader's tarballs (core and grader; the course model is inside the grader). */
const DOWNLOAD = `if [ -z "$XENT_GRADER_URL" ] || [ -z "$XENT_GRADER_SHA512SUMS" ]; then
  echo "::error::Set the variables XENT_GRADER_URL (the release folder that holds xent-core-$XENT_GRADER_VERSION.tgz and xent-grader-$XENT_GRADER_VERSION.tgz) and XENT_GRADER_SHA512SUMS (the output of sha512sum xent-*.tgz for them)"
  exit 1
fi
mkdir -p ${GRADER_DIR} && cd ${GRADER_DIR}
for p in core grader; do
  curl -fsSL -O "$XENT_GRADER_URL/xent-$p-$XENT_GRADER_VERSION.tgz"
done
`;

/** Checks the tarballs against the pinned sums before anything of them runs, then installs them. */
export const VERIFY_AND_INSTALL = `cd ${GRADER_DIR}
printf '%s\\n' "$XENT_GRADER_SHA512SUMS" | sha512sum -c -
cat > package.json <<JSON
{"name": "xent-classroom", "private": true, "type": "module",
 "devDependencies": {"@xent/grader": "file:./xent-grader-$XENT_GRADER_VERSION.tgz"},
 "pnpm": {"overrides": {"@xent/core": "file:./xent-core-$XENT_GRADER_VERSION.tgz"},
          "onlyBuiltDependencies": ["esbuild"]}}
JSON
command -v pnpm >/dev/null || npm install -g pnpm@10
pnpm install --prefer-offline
`;

/**
 * Grades every exercise in one run of the pinned grader, before which no learner code has run, into
 * a report; exit status 1 (something failed) is a normal outcome here, 2 or more is not.
 */
export const GRADE_ALL = `status=0
${GRADER_DIR}/node_modules/.bin/grade --exercises exercises --json "$RUNNER_TEMP/${REPORT}" || status=$?
[ "$status" -le 1 ]
`;

/** The command of an exercise's points step: exit 0 when the report says it passed. It runs no grader code. */
export function pointsCommand(id: string, runnerTemp = expression('runner.temp')): string {
  const script =
    "const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); process.exit(r.exercises.some((e) => e.id === process.argv[2] && e.status === 'passed') ? 0 : 1)";
  return `node -e "${script}" "${runnerTemp}/${REPORT}" ${id}`;
}

const COMMENT = `# GitHub Classroom autograding for a learner's repository (a \`pnpm course release\` copy). The
# PINNED grader is downloaded, checked against the SHA-512 sums the instructor pinned, installed
# outside the repository, and grades every exercise in ONE step, before which no learner code has
# run; then each exercise is one test of classroom-resources/autograding-command-grader that reads
# its result from that report (for the manifest's points) and runs no grader code. So no step can
# change the suites another step grades with. In the course repository (it has solutions/) it does
# nothing. Set the repository or organisation variables XENT_GRADER_URL (where the tarballs of
# \`pnpm pack\` in packages/core and packages/grader are, e.g. a release's assets) and
# XENT_GRADER_SHA512SUMS (the output of \`sha512sum xent-*.tgz\` for them). Change
# XENT_GRADER_VERSION to re-pin.`;

/** A GitHub Actions expression, `${{ … }}`. */
const expression = (text: string) => `\${{ ${text} }}`;

/** The Classroom workflow: one grading step per exercise of the manifest, for its points. */
export function classroomWorkflow(manifest: CourseManifest): string {
  const workflow = {
    name: 'Autograding',
    on: ['push', 'workflow_dispatch', 'repository_dispatch'],
    permissions: { checks: 'write', actions: 'read', contents: 'read' },
    env: {
      XENT_GRADER_URL: expression('vars.XENT_GRADER_URL'),
      XENT_GRADER_SHA512SUMS: expression('vars.XENT_GRADER_SHA512SUMS'),
      XENT_GRADER_VERSION: '0.1.0',
    },
    jobs: {
      detect: {
        'runs-on': 'ubuntu-latest',
        outputs: { learner: expression('steps.kind.outputs.learner') },
        steps: [
          { uses: 'actions/checkout@v4' },
          {
            id: 'kind',
            run: 'echo "learner=$([ -d solutions ] && echo false || echo true)" >> "$GITHUB_OUTPUT"',
          },
        ],
      },
      autograding: {
        needs: 'detect',
        if: "needs.detect.outputs.learner == 'true' && github.actor != 'github-classroom[bot]'",
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 15,
        steps: [
          { uses: 'actions/checkout@v4' },
          { uses: 'actions/setup-node@v4', with: { 'node-version': 20 } },
          { name: 'Download the pinned grader', run: DOWNLOAD },
          { name: 'Verify and install the pinned grader', run: VERIFY_AND_INSTALL },
          { name: 'Grade every exercise', run: GRADE_ALL },
          ...manifest.exercises.map(({ id, points }) => ({
            name: id,
            id,
            uses: 'classroom-resources/autograding-command-grader@v1',
            with: {
              'test-name': id,
              command: pointsCommand(id),
              timeout: 5,
              'max-score': points,
            },
          })),
          {
            name: 'Report the points per exercise',
            uses: 'classroom-resources/autograding-grading-reporter@v1',
            env: Object.fromEntries(
              manifest.exercises.map(({ id }) => [
                `${id.toUpperCase()}_RESULTS`,
                expression(`steps.${id}.outputs.result`),
              ]),
            ),
            with: { runners: manifest.exercises.map((e) => e.id).join(',') },
          },
        ],
      },
    },
  };
  return `${COMMENT}\n${stringify(workflow, { lineWidth: 0 })}`;
}
