import history from "../../migrations/0001_history.sql";
import settings from "../../migrations/0002_settings.sql";

/** Versioned migrations, in order. A new file in migrations/ is listed here once. */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  { version: 1, name: "0001_history", sql: history },
  { version: 2, name: "0002_settings", sql: settings },
];

/** Applies the migrations this database has not seen yet, each recorded in `_migrations`. */
export async function migrate(sql: SqlStorage): Promise<number[]> {
  sql.exec("CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const done = new Set(sql.exec<{ version: number }>("SELECT version FROM _migrations").toArray().map((r) => r.version));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    sql.exec(m.sql);
    sql.exec("INSERT INTO _migrations (version, name, applied_at) VALUES (?, ?, ?)", m.version, m.name, new Date().toISOString());
    applied.push(m.version);
  }
  return applied;
}
