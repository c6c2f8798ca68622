-- An account's posts: what the cross-post rules need, nothing more (no content).
CREATE TABLE IF NOT EXISTS posts (
  post_id     TEXT PRIMARY KEY,
  date        TEXT NOT NULL,          -- ISO 8601: scheduled or published date
  channel     TEXT,
  promotional INTEGER NOT NULL,       -- 0/1, the engine's verdict
  hash        TEXT NOT NULL,          -- exact-repeat hash of the normalised prose
  signature   TEXT NOT NULL,          -- MinHash signature, JSON array of 64 uint32
  origin      TEXT NOT NULL,          -- "review" (a draft checked) or "published"
  updated_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS posts_by_date ON posts (date);
