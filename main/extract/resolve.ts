import { fold } from '../../shared/text/fold.js';
import { type Context } from './context.js';
import { type Mention } from './people.js';
import { type NamedTitle, type PersonMention } from './types.js';

/** Named mentions, first titled appearance of each person (honorific-only mentions fill in nothing). */
export function distinctPeople(ctx: Context): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const m of ctx.mentions) {
    if (!m.key || m.first >= ctx.end) continue;
    const known = byKey.get(m.key);
    if (!known) byKey.set(m.key, m);
    else if (known.title === null && m.title !== null)
      byKey.set(m.key, { ...m, span: known.span, sentence: known.sentence });
  }
  return [...byKey.values()];
}

/** The person a nameless title stands for ("Phó Thị trưởng thành phố Gyeongju" → Song Ho-jun). */
export function resolveMention(ctx: Context, m: Mention): Mention {
  if (m.name) return m;
  const title = fold(m.title ?? '');
  const places = new Set(m.places.map((p) => p.name));
  let best: Mention | null = null;
  for (const o of ctx.mentions) {
    if (!o.name || fold(o.title ?? '') !== title) continue;
    const samePlace = places.size === 0 || o.places.length === 0 || o.places.some((p) => places.has(p.name));
    if (!samePlace) continue;
    if (!best || (best.places.length === 0 && o.places.length > 0)) best = o;
  }
  return best ?? m;
}

export function namedTitle(m: Mention): NamedTitle | null {
  if (!m.name) return null;
  return { name: m.name, title: m.title };
}

export function personOutput(m: Mention): PersonMention {
  return { name: m.name ?? '', title: m.title, organization: m.organization, evidence: m.span };
}

/** "Title Organisation Name" as one label, for a giver or recipient with no name. */
export function mentionLabel(m: Mention): string {
  if (m.name) return m.name;
  return [m.title, m.organization].filter(Boolean).join(' ');
}
