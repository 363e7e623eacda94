import { Paper, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { TextSpan } from '../../../shared/domain/article.js';

/**
 * The article as plain text (never HTML), with the characters a proposal came from marked and scrolled
 * into view. The text is split into three text nodes around the mark, so nothing in it can run.
 */
export function ArticleText({ body, highlight, label }: { body: string; highlight: TextSpan | null; label: string }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlight?.start, highlight?.end]);
  const span = highlight && highlight.end <= body.length ? highlight : null;
  return (
    <Paper withBorder p="md" aria-label={label} style={{ maxHeight: '75vh', overflowY: 'auto' }}>
      <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} dir="auto">
        {span ? (
          <>
            {body.slice(0, span.start)}
            <mark ref={mark} data-testid="evidence">
              {body.slice(span.start, span.end)}
            </mark>
            {body.slice(span.end)}
          </>
        ) : (
          body
        )}
      </Text>
    </Paper>
  );
}
