// The terminal progress line of long CLI runs (shown only when stderr is a TTY).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startProgress', () => {
  test('rows/s, share done and ETA when the total is known', () => {
    vi.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
    const p = startProgress('read', 1000);
    for (let i = 1; i <= 250; i++) {
      vi.setSystemTime(i * 4); // 250 rows/s, 1 s for a quarter of the bytes
      p.tick(i);
    }
    const last = lines.at(-1)!;
    expect(last).toMatch(/^\r250 rows read, 250 rows\/s, 25%, ETA 3s/);
    p.end('; done');
    expect(lines.at(-1)).toMatch(/^\r250 rows read in 1\.0 s; done/);
  });

  test('no ETA without a total; at most five updates a second', () => {
    vi.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
    const p = startProgress('written', undefined);
    for (let i = 1; i <= 1000; i++) {
      vi.setSystemTime(i);
      p.tick(i);
    }
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.join('')).not.toMatch(/ETA/);
  });

  test('long runs show minutes and hours', () => {
    vi.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
    const p = startProgress('read', 100_000);
    vi.setSystemTime(60_000);
    p.tick(1000); // 1% in a minute: 99 minutes to go
    expect(lines.at(-1)).toMatch(/ETA 1h39m/);
  });
});

test('the first update waits for a rate worth showing; seconds never read 60', () => {
  vi.useFakeTimers({ now: 1_000_000 });
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
  const p = startProgress('read', 1000);
  vi.setSystemTime(1_000_001);
  p.tick(1);
  expect(lines).toEqual([]);
  vi.setSystemTime(1_000_000 + 599_700); // 599.7 s for 50%: 9m60s if rounded per part
  p.tick(500);
  expect(lines.at(-1)).toMatch(/ETA 10m00s/);
  vi.useRealTimers();
});
