import { resolveColumn, type ObjectMeta } from '../metadata.ts';
import type { FilterNode } from './types.ts';

// The columns a filter keeps non-null in every row it returns: those its top-level AND tests with
// `[is]:NOT_NULL` or with any value comparison (`eq`, `gt`, `in`... are never true for NULL).
// After a page sorted by such a column a cursor only ever meets values, which Twenty's keyset
// paging follows correctly; cursor.ts refuses a nullable sort key that is not in this set.

export function notNullColumns(node: FilterNode | undefined, meta: ObjectMeta): Set<string> {
  const columns = new Set<string>();
  const visit = (n: FilterNode) => {
    if (n.kind === 'and') n.children.forEach(visit);
    if (n.kind !== 'atom') return;
    if (n.comparator === 'is' && n.value !== 'NOT_NULL') return;
    const column = resolveColumn(meta, n.field)?.column;
    if (column) columns.add(column);
  };
  if (node) visit(node);
  return columns;
}
