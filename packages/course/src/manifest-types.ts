/** A lesson section a check sends learners back to: the lesson's slug and the heading's exact text. */
export interface SectionRef {
  lesson: string;
  heading: string;
}

/** One exercise of the course, as the manifest lists it. */
export interface Exercise {
  /** Folder and file name under exercises/ and solutions/: `exercises/<id>/<id>.ts`. */
  id: string;
  title: string;
  /** Slug of the lesson page that shows this exercise's card. */
  lesson: string;
  points: number;
  /** Named exports the checks call. */
  exports: string[];
  /** Progressive hints: from the idea to the step, never the code or the final formula. */
  hints: string[];
  /** The lesson sections the checks refer to, by a short key the checks use. */
  sections: Record<string, SectionRef>;
}

/** The whole course: the lessons in reading order (slugs) and the exercises in the order to take them. */
export interface CourseManifest {
  formatVersion: 2;
  lessons: string[];
  exercises: Exercise[];
}

/** A lesson with its number (its place in the course, from 0) and its title (from the page). */
export interface Lesson {
  slug: string;
  number: number;
  title: string;
}
