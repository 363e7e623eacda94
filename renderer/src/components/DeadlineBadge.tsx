import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/** Red when overdue, orange when due soon, quiet otherwise. Colours chosen to pass contrast with white text. */
export function DeadlineBadge({
  state,
  children,
}: {
  state: 'overdue' | 'due_soon' | 'ok' | 'done';
  children: ReactNode;
}) {
  const color = { overdue: 'red.9', due_soon: 'orange.9', ok: 'gray.7', done: 'teal.9' }[state];
  return (
    <Badge color={color} variant={state === 'ok' ? 'outline' : 'filled'}>
      {children}
    </Badge>
  );
}
