-- An account's stored default config (the .postlint.yml schema, as JSON).
CREATE TABLE IF NOT EXISTS settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
