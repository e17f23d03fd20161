/**
 * Versioned migrations of the PostgreSQL store, applied in order at start (each in its own transaction,
 * all under one advisory lock so instances starting together do not race). Applied versions are kept in
 * `schema_migrations`. Never edit a released migration: add the next one.
 *
 * Standard SQL only (types, constraints, indexes), so that PostgreSQL-compatible databases such as
 * KingbaseES and openGauss run them too. JSON is kept as TEXT; times as TIMESTAMP WITH TIME ZONE.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversation state, turns, feedback, answered messages, rate hits',
    sql: [
      `CREATE TABLE user_state (
        user_id VARCHAR(200) PRIMARY KEY,
        state TEXT NOT NULL,
        updated_at TIMESTAMP WITH TIME ZONE NOT NULL
      )`,
      // One row per question answered (or fallen back). day = the office's calendar day, for daily stats;
      // qkey = the normalised masked text, for the unanswered list. Stats are counted from these rows.
      `CREATE TABLE turns (
        id VARCHAR(64) PRIMARY KEY,
        seq BIGINT NOT NULL,
        at TIMESTAMP WITH TIME ZONE NOT NULL,
        day CHAR(10) NOT NULL,
        user_id VARCHAR(200) NOT NULL,
        channel VARCHAR(32) NOT NULL,
        text VARCHAR(2000) NOT NULL,
        qkey VARCHAR(2000) NOT NULL,
        intent VARCHAR(200),
        confidence DOUBLE PRECISION NOT NULL,
        fallback BOOLEAN NOT NULL,
        report VARCHAR(300),
        answer TEXT
      )`,
      `CREATE INDEX turns_day ON turns (day)`,
      `CREATE INDEX turns_at ON turns (at)`,
      `CREATE INDEX turns_user ON turns (user_id, at, seq)`,
      `CREATE INDEX turns_fallback ON turns (fallback, qkey)`,
      // one vote per (user, turn)
      `CREATE TABLE feedback (
        user_id VARCHAR(200) NOT NULL,
        turn_id VARCHAR(64) NOT NULL,
        intent VARCHAR(200),
        useful BOOLEAN NOT NULL,
        at TIMESTAMP WITH TIME ZONE NOT NULL,
        PRIMARY KEY (user_id, turn_id)
      )`,
      `CREATE INDEX feedback_at ON feedback (at)`,
      // platform message ids already answered (a redelivered webhook update is not answered twice)
      `CREATE TABLE answered_messages (
        message_id VARCHAR(200) PRIMARY KEY,
        turn_id VARCHAR(64) NOT NULL,
        at TIMESTAMP WITH TIME ZONE NOT NULL
      )`,
      `CREATE INDEX answered_messages_at ON answered_messages (at)`,
      // shared per-user rate limit (sliding window)
      `CREATE TABLE rate_hits (
        user_id VARCHAR(200) NOT NULL,
        at TIMESTAMP WITH TIME ZONE NOT NULL
      )`,
      `CREATE INDEX rate_hits_user ON rate_hits (user_id, at)`,
    ],
  },
];
