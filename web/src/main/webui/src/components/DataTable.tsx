import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable } from '@tanstack/react-table';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useState } from 'react';

interface Props<T> {
  data: T[];
  columns: ColumnDef<T, any>[];
  caption: string;
  /** Sort in the browser (for a complete list; a server-paged list sorts on the server). */
  sortable?: boolean;
  footer?: React.ReactNode;
  testId?: string;
  /** Sorted by the server: the order shown comes from the API, a click asks for another (columns with enableSorting). */
  serverSorting?: { sorting: SortingState; onSortingChange: (sorting: SortingState) => void };
}

/** A table of rows (TanStack Table): a caption for screen readers, sortable headers that work with the keyboard. */
export function DataTable<T>({ data, columns, caption, sortable = false, footer, testId, serverSorting }: Props<T>) {
  const [localSorting, setLocalSorting] = useState<SortingState>([]);
  const sorting = serverSorting ? serverSorting.sorting : localSorting;
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (serverSorting) serverSorting.onSortingChange(next);
      else setLocalSorting(next);
    },
    enableSorting: sortable || !!serverSorting,
    manualSorting: !!serverSorting,
    enableMultiSort: false,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const canSort = sortable || !!serverSorting;
  return (
    <div className="table-wrap">
      <table data-testid={testId} className="stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={(header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric ? 'numeric' : undefined}>
                    {canSort && header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={(cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric ? 'numeric' : undefined}
                    data-label={typeof cell.column.columnDef.header === 'string' ? cell.column.columnDef.header : undefined}>
                  <div className="cell">{flexRender(cell.column.columnDef.cell, cell.getContext())}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}
