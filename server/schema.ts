import type { Db } from './db.ts';
import { createDialectSchema, DIALECT_TABLES } from './dialects/index.ts';
import { OBJECTS, TASK_TARGET_KEYS, type ObjectMeta, type ObjectName } from './metadata.ts';
import { objectColumns, SQL_TYPES, type ColumnMeta } from './records/columns.ts';
import { SESSIONS_DDL, SESSIONS_TABLE } from './session/session-store.ts';
import { ident } from './sql.ts';

// DDL generated from metadata. Every statement is IF NOT EXISTS, so running it on an existing
// data folder is a no-op. Constraints are named so that a database error can be mapped back to
// the field that caused it (see records/db-errors.ts).

/** A task relation belongs to its task and its target: it goes when either goes. */
const cascades = (meta: ObjectMeta) => meta.namePlural === 'taskTargets';

export const fkConstraintName = (meta: ObjectMeta, column: string) => `fk_${meta.table}_${column}`;
export const ONE_TARGET_CONSTRAINT = 'chk_task_targets_one_target';

/** Tables in an order where every referenced table comes before the tables referring to it. */
export function tablesInDependencyOrder(): ObjectMeta[] {
  const done = new Set<ObjectName>();
  const ordered: ObjectMeta[] = [];
  const visit = (meta: ObjectMeta, path: Set<ObjectName>) => {
    if (done.has(meta.namePlural)) return;
    if (path.has(meta.namePlural)) throw new Error(`relation cycle at ${meta.namePlural}`);
    path.add(meta.namePlural);
    for (const rel of meta.relations) {
      if (rel.kind === 'manyToOne' && rel.target !== meta.namePlural)
        visit(OBJECTS[rel.target], path);
    }
    done.add(meta.namePlural);
    ordered.push(meta);
  };
  for (const meta of Object.values(OBJECTS)) visit(meta, new Set());
  return ordered;
}

function columnDefinition(meta: ObjectMeta, column: ColumnMeta): string {
  const parts = [ident(column.column), SQL_TYPES[column.type]];
  if (column.column === 'id') parts.push('PRIMARY KEY DEFAULT gen_random_uuid()');
  else if (!column.nullable) parts.push('NOT NULL');
  if (column.column === 'createdAt' || column.column === 'updatedAt') parts.push('DEFAULT now()');
  // The records layer always sets a position; the default only serves direct SQL (tests, tools).
  if (column.column === 'position') parts.push('DEFAULT 0');
  if (meta.namePlural === 'taskTargets' && column.column === 'taskId') parts.push('NOT NULL');
  if (column.type === 'enum' && column.enumValues) {
    const values = column.enumValues.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
    parts.push(`CHECK (${ident(column.column)} IN (${values}))`);
  }
  const rel = meta.relations.find((r) => r.kind === 'manyToOne' && r.foreignKey === column.column);
  if (rel) {
    parts.push(
      `CONSTRAINT ${ident(fkConstraintName(meta, column.column))}`,
      `REFERENCES ${ident(OBJECTS[rel.target].table)} ("id")`,
      `ON DELETE ${cascades(meta) ? 'CASCADE' : 'SET NULL'}`,
    );
  }
  return parts.join(' ');
}

/** Dates clients sort lists by (createdAt, dueAt, closeDate). */
const isSortColumn = (column: ColumnMeta) =>
  column.type === 'datetime' && !column.sub && !['updatedAt', 'deletedAt'].includes(column.column);

function tableStatements(meta: ObjectMeta): string[] {
  const columns = objectColumns(meta);
  const definitions = columns.map((c) => columnDefinition(meta, c));
  if (meta.namePlural === 'taskTargets') {
    const keys = TASK_TARGET_KEYS.map(ident).join(', ');
    definitions.push(
      `CONSTRAINT ${ident(ONE_TARGET_CONSTRAINT)} CHECK (num_nonnulls(${keys}) = 1)`,
    );
  }
  const table = ident(meta.table);
  const statements = [`CREATE TABLE IF NOT EXISTS ${table} (\n  ${definitions.join(',\n  ')}\n)`];
  const index = (name: string, cols: string[], order = '') =>
    statements.push(
      `CREATE INDEX IF NOT EXISTS ${ident(`idx_${meta.table}_${name}`)} ON ${table} (${cols.map((c) => `${ident(c)} ${order}`.trim()).join(', ')})`,
    );
  for (const rel of meta.relations) {
    if (rel.kind === 'manyToOne') index(rel.foreignKey, [rel.foreignKey]);
  }
  // Every list ends its ORDER BY with "id" ASC NULLS FIRST, which the primary key (NULLS LAST)
  // cannot serve. Sort columns get both NULLS placements: read forwards or backwards, the pair
  // covers all four directions, and PostgreSQL finishes the id tie-break with an incremental sort.
  index('id_nulls_first', ['id'], 'ASC NULLS FIRST');
  const sortColumns = ['position', ...columns.filter(isSortColumn).map((c) => c.column)];
  for (const column of sortColumns) {
    index(`${column}_nulls_first`, [column], 'ASC NULLS FIRST');
    index(`${column}_nulls_last`, [column], 'ASC NULLS LAST');
  }
  // depth=1 reads each one-to-many relation oldest first, per parent: (fk, createdAt, id) hands
  // every parent's first rows over in order, with no sort.
  for (const other of Object.values(OBJECTS)) {
    for (const rel of other.relations) {
      if (rel.kind === 'oneToMany' && rel.target === meta.namePlural) {
        index(`${rel.foreignKey}_createdAt_id`, [rel.foreignKey, 'createdAt', 'id']);
      }
    }
  }
  for (const [name, keys] of Object.entries(APP_SORTS[meta.namePlural] ?? {})) {
    statements.push(
      `CREATE INDEX IF NOT EXISTS ${ident(`idx_${meta.table}_${name}`)} ON ${table} (${keys.join(', ')}, "id" ASC NULLS FIRST)`,
    );
  }
  return statements;
}

/**
 * The lists the app asks for (src/backends/dalil: task-pages.ts, record-query.ts,
 * dalil-members.ts), each with the id tie-break every list ends with, so a page is read straight
 * off an index with no sort. A board column filters on status, so its sorts lead with status.
 */
const APP_SORTS: Partial<Record<ObjectName, Record<string, string[]>>> = {
  tasks: {
    status_dueAt_asc: ['"status"', '"dueAt" ASC NULLS LAST'],
    status_dueAt_desc: ['"status"', '"dueAt" DESC NULLS LAST'],
    status_createdAt_asc: ['"status"', '"createdAt" ASC NULLS LAST'],
    status_createdAt_desc: ['"status"', '"createdAt" DESC NULLS LAST'],
    // The Done column: most recently changed first.
    status_updatedAt_desc: ['"status"', '"updatedAt" DESC NULLS LAST'],
  },
  people: { createdAt_desc_id: ['"createdAt" DESC NULLS LAST'] },
  companies: { createdAt_desc_id: ['"createdAt" DESC NULLS LAST'] },
  opportunities: { createdAt_desc_id: ['"createdAt" DESC NULLS LAST'] },
  workspaceMembers: {
    name_id: ['"nameFirstName" ASC NULLS LAST', '"nameLastName" ASC NULLS LAST'],
  },
};

/** Creates every table, constraint and index the records layer needs; safe to run on every start. */
export async function createSchema(db: Db): Promise<void> {
  const statements = tablesInDependencyOrder().flatMap(tableStatements);
  await db.transaction(async (tx) => {
    for (const sql of statements) await tx.query(sql);
    await createDialectSchema(tx);
    for (const sql of SESSIONS_DDL) await tx.query(sql);
  });
  // PGlite runs no autovacuum, so the planner has statistics only when we gather them. Only our
  // own tables: a PostgreSQL database may hold much else.
  await db.query(`ANALYZE ${ownedTables().map(ident).join(', ')}`);
}

/** Every table tasklink creates, referenced ones first. */
export const ownedTables = () => [
  ...tablesInDependencyOrder().map((meta) => meta.table),
  ...DIALECT_TABLES,
  SESSIONS_TABLE,
];

/** Drops every table tasklink owns (db:reset on PostgreSQL): nothing else in the database. */
export async function dropSchema(db: Db): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${ownedTables().reverse().map(ident).join(', ')} CASCADE`);
}
