/** Decision thresholds of the engine, measured on the question sets (see `npm run eval`). */
export const THRESHOLDS = {
  /** A candidate at or above this answers. */
  answer: 0.42,
  /** Between clarify and answer, or two candidates within `margin`: ask which one. */
  clarify: 0.3,
  margin: 0.04,
  /** Share of unknown content words above which a question is off-topic. */
  unknown: 0.5,
  /** Passage answers need this share of the question's content words. */
  coverage: 0.6,
};
