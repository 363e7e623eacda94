import { format } from 'date-fns';
import type { DelegationSummary } from '../../shared/domain/delegation.js';

/**
 * Has this visit taken place? A completed one has; a confirmed one whose first day has come has too
 * (staff often forget to mark it completed); a planned or cancelled one has not.
 */
export function isMeetingHeld(visit: DelegationSummary, now: Date): boolean {
  if (visit.status === 'completed') return true;
  return visit.status === 'confirmed' && visit.startDate <= format(now, 'yyyy-MM-dd');
}
