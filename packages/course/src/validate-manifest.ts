import type { CourseManifest, Exercise, SectionRef } from './manifest-types.ts';

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const KEY_PATTERN = /^[a-z][A-Za-z0-9]*$/;
const WHERE = 'course manifest';

/** Checks the shape of a parsed manifest and returns it typed; throws naming the entry and field. */
export function validateManifest(value: unknown): CourseManifest {
  if (!isRecord(value)) throw new TypeError(`${WHERE}: expected an object`);
  if (value.formatVersion !== 2) {
    throw new TypeError(`${WHERE}: formatVersion = ${String(value.formatVersion)}, expected 2`);
  }
  const lessons = value.lessons;
  if (!isStringList(lessons) || lessons.length === 0) {
    throw new TypeError(`${WHERE}: lessons must be a non-empty list of lesson slugs`);
  }
  lessons.forEach((slug, index) => {
    if (!ID_PATTERN.test(slug)) {
      throw new TypeError(`${WHERE}: lessons[${index}] = '${slug}' is not a lower-case-kebab slug`);
    }
    if (lessons.indexOf(slug) !== index) {
      throw new TypeError(`${WHERE}: lessons[${index}] = '${slug}' appears twice`);
    }
  });
  const entries: unknown = value.exercises;
  if (!Array.isArray(entries)) throw new TypeError(`${WHERE}: exercises must be an array`);
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const exercise = validateExercise(entry, `${WHERE}: exercises[${index}]`, new Set(lessons));
    if (seen.has(exercise.id)) {
      throw new TypeError(`${WHERE}: exercises[${index}].id = '${exercise.id}' appears twice`);
    }
    seen.add(exercise.id);
    const previous = entries[index - 1] as Exercise | undefined;
    if (previous && lessons.indexOf(exercise.lesson) < lessons.indexOf(previous.lesson)) {
      throw new TypeError(
        `${WHERE}: exercises[${index}] ('${exercise.id}') is on lesson '${exercise.lesson}', which comes before the lesson of the exercise above it ('${previous.id}' on '${previous.lesson}'); list exercises in lesson order`,
      );
    }
  });
  return value as unknown as CourseManifest;
}

function validateExercise(entry: unknown, where: string, lessons: Set<string>): Exercise {
  if (!isRecord(entry)) throw new TypeError(`${where}: expected an object`);
  const { id, title, lesson, points, exports, hints, sections } = entry;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new TypeError(`${where}.id = ${JSON.stringify(id)} is not a lower-case-kebab id`);
  }
  const named = `${where} ('${id}')`;
  if (typeof title !== 'string' || title.trim() === '') {
    throw new TypeError(`${named}.title must be a non-empty string`);
  }
  checkLesson(lesson, `${named}.lesson`, lessons);
  if (typeof points !== 'number' || !Number.isInteger(points) || points <= 0) {
    throw new TypeError(`${named}.points = ${JSON.stringify(points)} must be a positive integer`);
  }
  if (!isStringList(exports) || exports.length === 0) {
    throw new TypeError(`${named}.exports must be a non-empty list of export names`);
  }
  if (!isStringList(hints) || hints.length !== 3) {
    throw new TypeError(`${named}.hints must hold three hints, from the idea to the step`);
  }
  if (!isRecord(sections) || Object.keys(sections).length === 0) {
    throw new TypeError(`${named}.sections must name at least one lesson section`);
  }
  for (const [key, section] of Object.entries(sections)) {
    validateSection(key, section, `${named}.sections.${key}`, lessons);
  }
  return entry as unknown as Exercise;
}

function validateSection(
  key: string,
  value: unknown,
  where: string,
  lessons: Set<string>,
): SectionRef {
  if (!KEY_PATTERN.test(key)) {
    throw new TypeError(`${where}: the key '${key}' must be a camelCase word`);
  }
  if (!isRecord(value)) throw new TypeError(`${where} must be { "lesson": …, "heading": … }`);
  checkLesson(value.lesson, `${where}.lesson`, lessons);
  if (typeof value.heading !== 'string' || value.heading.trim() === '') {
    throw new TypeError(`${where}.heading must be the exact text of a heading of that lesson`);
  }
  return value as unknown as SectionRef;
}

function checkLesson(value: unknown, where: string, lessons: Set<string>): void {
  if (typeof value !== 'string' || !lessons.has(value)) {
    throw new TypeError(`${where} = ${JSON.stringify(value)} is not one of the manifest's lessons`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
}
