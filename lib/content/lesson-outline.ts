/** A heading of a compiled lesson, for the table of contents and search anchors. */
export type TocEntry = { depth: 2 | 3; id: string; text: string };

/** The text under one heading (or before the first, with id ""), for the search index. */
export type LessonSection = { id: string; heading: string; text: string };
