import type { CourseManifest } from '@xent/course';
import { stringify } from 'yaml';

/** The install step: the pinned grader's tarballs, outside the learner's repository. */
const INSTALL = `if [ -z "$XENT_GRADER_URL" ]; then
  echo "::error::Set the variable XENT_GRADER_URL to the release folder that holds xent-core-$XENT_GRADER_VERSION.tgz and xent-grader-$XENT_GRADER_VERSION.tgz"
  exit 1
fi
npm install -g pnpm@10
dir="$RUNNER_TEMP/xent-grader" && mkdir -p "$dir" && cd "$dir"
for p in core grader; do
  curl -fsSL -o "xent-$p.tgz" "$XENT_GRADER_URL/xent-$p-$XENT_GRADER_VERSION.tgz"
done
cat > package.json <<JSON
{"name": "xent-classroom", "private": true, "type": "module",
 "devDependencies": {"@xent/grader": "file:./xent-grader.tgz"},
 "pnpm": {"overrides": {"@xent/core": "file:./xent-core.tgz"},
          "onlyBuiltDependencies": ["esbuild"]}}
JSON
pnpm install
`;

const COMMENT = `# GitHub Classroom autograding for a learner's repository (a \`pnpm course release\` copy). Each
# exercise is one test of classroom-resources/autograding-command-grader: \`grade <id>\` of the
# PINNED grader exits 0 when the exercise passes, which earns its points (the manifest's points).
# The grader is installed outside the repository, so edits to the learner's suites or
# configuration change nothing. In the course repository itself (it has solutions/) it does nothing.
# XENT_GRADER_URL: where the pinned grader's tarballs are (\`pnpm pack\` of packages/core and
# packages/grader), e.g. the assets of a release of the course repository: set the repository or
# organisation variable XENT_GRADER_URL to that folder. Change XENT_GRADER_VERSION to re-pin.`;

/** A GitHub Actions expression, `${{ … }}`. */
const expression = (text: string) => `\${{ ${text} }}`;

/** The Classroom workflow: one grading step per exercise of the manifest, for its points. */
export function classroomWorkflow(manifest: CourseManifest): string {
  const grade = (id: string) =>
    `${expression('runner.temp')}/xent-grader/node_modules/.bin/grade ${id} --exercises exercises`;
  const workflow = {
    name: 'Autograding',
    on: ['push', 'workflow_dispatch', 'repository_dispatch'],
    permissions: { checks: 'write', actions: 'read', contents: 'read' },
    env: {
      XENT_GRADER_URL: expression('vars.XENT_GRADER_URL'),
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
          { name: 'Install the pinned grader', run: INSTALL },
          ...manifest.exercises.map(({ id, points }) => ({
            name: id,
            id,
            uses: 'classroom-resources/autograding-command-grader@v1',
            with: {
              'test-name': id,
              command: grade(id),
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
