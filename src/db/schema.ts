import type { Queryable } from './connection.ts';

/**
 * A plain-text description of the public schema: tables, columns, constraints, indexes and
 * triggers, in a stable order, so a migration's effect can be compared with a committed snapshot.
 */
export async function describeSchema(db: Queryable): Promise<string> {
  const columns = await db.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
  }>(
    `select table_name, column_name, data_type, is_nullable, column_default, is_identity
     from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const constraints = await db.query<{ table_name: string; definition: string }>(
    `select cl.relname as table_name, pg_get_constraintdef(c.oid) as definition
     from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_namespace n on n.oid = cl.relnamespace
     where n.nspname = 'public' and c.contype <> 'n'`,
  );
  const indexes = await db.query<{ tablename: string; indexdef: string }>(
    `select tablename, indexdef from pg_indexes where schemaname = 'public' order by tablename, indexname`,
  );
  const triggers = await db.query<{ table_name: string; trigger_name: string }>(
    `select distinct event_object_table as table_name, trigger_name from information_schema.triggers
     where trigger_schema = 'public' order by 1, 2`,
  );
  const lines: string[] = [];
  let table = '';
  for (const c of columns) {
    if (c.table_name !== table) {
      table = c.table_name;
      lines.push(`table ${table}`);
    }
    const extras = [
      c.is_nullable === 'NO' ? 'not null' : '',
      c.is_identity === 'YES' ? 'identity' : '',
      c.column_default ? `default ${c.column_default}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    lines.push(`  ${c.column_name} ${c.data_type}${extras ? ` ${extras}` : ''}`);
  }
  // Sorted here, not in SQL, so the server's collation cannot change the order.
  const sorted = (xs: string[]) => xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  lines.push(...sorted(constraints.map((c) => `constraint ${c.table_name}: ${c.definition}`)));
  lines.push(...sorted(indexes.map((i) => `index ${i.indexdef}`)));
  lines.push(...sorted(triggers.map((t) => `trigger ${t.table_name}: ${t.trigger_name}`)));
  return `${lines.join('\n')}\n`;
}
