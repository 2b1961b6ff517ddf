// The development queries (tests/fixtures/eval): recall@1 ≥ 97%, no wrong entity, at most one
// hard negative resolved to one of the listed entities.
import { describe, expect, test } from 'vitest';
import { findEntity, lookup } from '../../src/index.js';
import { fixtureLines } from '../helpers.js';

interface Query { query: string; expected: string | null; kind: string }
const listed = fixtureLines('eval', 'entities.jsonl').map((l) => JSON.parse(l) as { id: string; type: string; canonical: string });
const queries = fixtureLines('eval', 'queries.jsonl').map((l) => JSON.parse(l) as Query);
const listedIds = new Set(listed.map((e) => e.id));

describe('development queries', () => {
  test('every listed entity is in the bundled glossary with its type', () => {
    for (const e of listed) expect(findEntity(e.id)?.type, e.id).toBe(e.type);
  });

  const positives = queries.filter((q) => q.expected !== null);
  const negatives = queries.filter((q) => q.expected === null);
  const results = queries.map((q) => ({ ...q, got: lookup(q.query)?.entity.id }));

  test(`recall@1 ≥ 97% on ${positives.length} queries, no wrong entity`, () => {
    const pos = results.filter((r) => r.expected !== null);
    const wrong = pos.filter((r) => r.got !== undefined && r.got !== r.expected).map((r) => `${r.query} → ${r.got} (expected ${r.expected})`);
    const found = pos.filter((r) => r.got === r.expected).length;
    expect(wrong).toEqual([]);
    expect(found / pos.length).toBeGreaterThanOrEqual(0.97);
  });

  test(`at most 1 of ${negatives.length} hard negatives resolves to a listed entity`, () => {
    const bad = results.filter((r) => r.expected === null && r.got !== undefined && listedIds.has(r.got));
    expect(bad.length).toBeLessThanOrEqual(1);
  });
});
