// The line shown while an export runs: a progress bar named for the job, what is being done and the
// seconds so far. It is mounted only while the export runs, so the time starts at zero each run, and
// its ticks re-render this line alone rather than the panel around it.
import { useEffect, useState } from 'react';

export function ExportProgress({ label, text }: { label: string; text: string }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const id = setInterval(() => setElapsed(Date.now() - started), 200);
    return () => clearInterval(id);
  }, []);
  return (
    <p className="export-progress">
      <progress aria-label={label} />
      {text}… {(elapsed / 1000).toFixed(1)} s
    </p>
  );
}
