import { cues } from './cues.js';
import { type Context, sentencesIn } from './context.js';
import { resolveDate } from './dates.js';
import { type Sentence } from './text.js';
import { type FollowUpProposal } from './types.js';

const MAX_TEXT = 600;
/** "mong muốn của hai bên" is a noun (the wishes of), not a wish being made. */
const NOUN_AFTER = new Set(['của', 'of']);

/**
 * Commitments and wishes: a sentence with "sẽ", "đề nghị", "mong muốn", "thống nhất", "will",
 * "agreed to", "akan"… Its due date is a date in the same sentence after the cue (often only a year).
 */
export function extractFollowUps(ctx: Context, titleSentence: Sentence | null): FollowUpProposal[] {
  const c = cues();
  const tokens = ctx.doc.tokens;
  const out: FollowUpProposal[] = [];
  for (const s of sentencesIn(ctx)) {
    // The headline restates the story; its wish is found again in the body.
    if (s === titleSentence) continue;
    const cue = c.followUp.findAll(tokens, s.first, s.last).find((m) => !NOUN_AFTER.has(tokens[m.last]?.lower ?? ''));
    if (!cue) continue;
    if (c.followUpExclude.findAll(tokens, s.first, s.last).length > 0) continue;
    // Captions and headlines are short; a commitment needs a few words after its cue.
    if (s.last - cue.last < 4) continue;
    const cueStart = tokens[cue.first]!.start;
    const date = ctx.dates.find((d) => d.span.start >= cueStart && d.span.end <= s.end);
    const text = ctx.doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    out.push({
      text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
      due: date ? resolveDate(date.start, ctx.ref) : null,
      evidence: { start: s.start, end: s.end },
    });
  }
  return out;
}
