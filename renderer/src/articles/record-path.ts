import type { ProvenanceEntity } from '../../../shared/domain/article.js';

/** Where each kind of record is shown. */
export function recordPath(entity: ProvenanceEntity, id: string): string {
  switch (entity) {
    case 'delegation':
      return `/delegations/${id}`;
    case 'person':
      return `/people/${id}`;
    case 'organization':
      return `/organizations/${id}`;
    case 'gift':
      return `/gifts/${id}`;
    case 'agreement':
      return `/agreements/${id}`;
    case 'follow_up':
      return `/follow-ups`;
  }
}
