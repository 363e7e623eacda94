import type { Store } from '../connection.js';

/** Does the store hold any active record yet? (An empty store is offered the sample data.) */
export function storeHasRecords(db: Store): boolean {
  return (
    db
      .prepare<[], { any: number }>(
        `SELECT EXISTS (SELECT 1 FROM organizations WHERE deleted_at IS NULL)
             OR EXISTS (SELECT 1 FROM people WHERE deleted_at IS NULL)
             OR EXISTS (SELECT 1 FROM delegations WHERE deleted_at IS NULL) AS any`,
      )
      .get()!.any === 1
  );
}
