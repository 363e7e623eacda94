/** A record found by the one search box. */
export interface SearchHit {
  /** organization, person, delegation, gift, agreement or follow_up */
  entity: string;
  id: string;
  title: string;
  subtitle: string;
}
