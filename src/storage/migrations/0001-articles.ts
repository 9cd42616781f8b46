/**
 * 0001: the `article` table and its full-text index. Articles are immutable rows; a changed
 * text at a known URL is a new row (a revision) sharing `lineage_id` (SPEC §3).
 *
 * Where SQL must differ it branches on the dialect: SQLite cannot combine a text primary key
 * with AUTOINCREMENT, so there `seq` is the INTEGER PRIMARY KEY and `id` is UNIQUE; the FTS5
 * index is an external-content table kept in step by triggers. PostgreSQL uses a stored,
 * generated `tsvector` column with a GIN index.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'sqlite') await upSqlite(db)
      else await upPostgres(db)
      await db.schema.createIndex('article_lineage_idx').on('article')
        .columns(['lineage_id', 'revision']).unique().execute()
      await db.schema.createIndex('article_url_idx').on('article').column('url').execute()
      // One lineage per URL even when two writers race to store its first revision.
      await sql`create unique index article_url_first_idx on article (url) where revision = 1`.execute(db)
    },
  }
}

function columns(db: Kysely<any>, dialect: DialectName) {
  let t = db.schema.createTable('article')
  t = dialect === 'sqlite'
    ? t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('id', 'text', (c) => c.notNull().unique())
    : t.addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull().unique().generatedAlwaysAsIdentity())
  return t
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('author', 'text')
    .addColumn('published', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
}

async function upSqlite(db: Kysely<any>) {
  await columns(db, 'sqlite').execute()
  // INFO: unicode61 with remove_diacritics 2 lets "Mbappe" find "Mbappé" (SPEC §11 folds accents too)
  await sql`create virtual table article_fts using fts5(
    title, raw_text, content='article', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2')`.execute(db)
  await sql`create trigger article_fts_ai after insert on article begin
    insert into article_fts(rowid, title, raw_text) values (new.seq, new.title, new.raw_text);
  end`.execute(db)
  await sql`create trigger article_fts_ad after delete on article begin
    insert into article_fts(article_fts, rowid, title, raw_text)
    values ('delete', old.seq, old.title, old.raw_text);
  end`.execute(db)
  await sql`create trigger article_fts_au after update on article begin
    insert into article_fts(article_fts, rowid, title, raw_text)
    values ('delete', old.seq, old.title, old.raw_text);
    insert into article_fts(rowid, title, raw_text) values (new.seq, new.title, new.raw_text);
  end`.execute(db)
}

async function upPostgres(db: Kysely<any>) {
  await columns(db, 'postgres')
    .addColumn('search_tsv', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('simple', raw_text), 'B')`).stored())
    .execute()
  await sql`create index article_search_idx on article using gin (search_tsv)`.execute(db)
}
