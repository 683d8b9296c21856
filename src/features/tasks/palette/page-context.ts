import { matchPath } from 'react-router-dom';
import { routePatterns } from '@/config/paths';
import { RECORD_KINDS, type RecordRef } from '@/domain/types';
import { parseBoardParams, type BoardFilters } from '../board-params';

// What "Create a task" starts from: on a person's, company's or opportunity's page, that record;
// on the board, the board's filters that name a field (who it is assigned to, due today).

export type PageContext =
  | { kind: 'record'; record: RecordRef }
  | { kind: 'board'; filters: BoardFilters }
  | { kind: 'other' };

export function pageContext(pathname: string, search: string): PageContext {
  for (const kind of RECORD_KINDS) {
    const id = matchPath(routePatterns.record(kind), pathname)?.params.id;
    if (id) return { kind: 'record', record: { kind, id } };
  }
  if (pathname === routePatterns.tasks || pathname === routePatterns.home) {
    return { kind: 'board', filters: parseBoardParams(new URLSearchParams(search)) };
  }
  return { kind: 'other' };
}
