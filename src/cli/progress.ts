/** A one-line progress report for a terminal's stderr (callers create it only when stderr is a TTY). */
export interface Progress {
  /** One more row; `position` is how far through `total` the run is (bytes or rows). */
  tick(position: number): void;
  end(message: string): void;
}

function seconds(value: number): string {
  const s = Math.round(value);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** `verb`: what the rows are going through (`read`, `written`); `total`: of `position`, when known. */
export function startProgress(verb: string, total: number | undefined): Progress {
  const t0 = Date.now();
  let rows = 0;
  // The first update comes after 200 ms, when the rate means something.
  let last = t0;
  return {
    tick(position) {
      rows++;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const elapsed = Math.max(0.001, (now - t0) / 1000);
      let line = `${rows.toLocaleString('en')} rows ${verb}, ${Math.round(rows / elapsed).toLocaleString('en')} rows/s`;
      if (total !== undefined && total > 0 && position > 0) {
        const share = Math.min(1, position / total);
        line += `, ${(share * 100).toFixed(0)}%, ETA ${seconds((elapsed * (1 - share)) / share)}`;
      }
      process.stderr.write(`\r${line}\u001b[K`);
    },
    end(message) {
      process.stderr.write(`\r${rows.toLocaleString('en')} rows ${verb} in ${((Date.now() - t0) / 1000).toFixed(1)} s${message}\u001b[K\n`);
    },
  };
}
