// The diagnostic section: answers (grid, participants, CSV import, pass-the-laptop), results, and
// the target level with its recommendations.
import { useState } from 'react';
import { FRAMEWORK_ATTRIBUTION } from '../../../shared/diagnostic/levels';
import { ThenAndNowPanel } from '../earlier/ThenAndNowPanel';
import { AnswersPanel } from './AnswersPanel';
import { ResultsPanel } from './ResultsPanel';
import { TargetPanel } from './TargetPanel';

const tabs = [
  { id: 'answers', label: 'Answers' },
  { id: 'results', label: 'Results' },
  { id: 'then-now', label: 'Then and now' },
  { id: 'target', label: 'Target & recommendations' },
] as const;
type Tab = (typeof tabs)[number]['id'];

export function DiagnosticView() {
  const [tab, setTab] = useState<Tab>('answers');

  function onTabKey(event: React.KeyboardEvent, index: number) {
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : null;
    if (next === null) return;
    const target = tabs[(next + tabs.length) % tabs.length]!;
    setTab(target.id);
    document.getElementById(`diagnostic-tab-${target.id}`)?.focus();
    event.preventDefault();
  }

  return (
    <section className="diagnostic" aria-labelledby="diagnostic-title">
      <h2 id="diagnostic-title" className="section-title">
        Alignment diagnostic
      </h2>
      <div role="tablist" aria-label="Diagnostic" className="tabs">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            id={`diagnostic-tab-${t.id}`}
            role="tab"
            type="button"
            className="tabs__tab"
            aria-selected={tab === t.id}
            aria-controls={`diagnostic-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`diagnostic-panel-${tab}`} role="tabpanel" aria-labelledby={`diagnostic-tab-${tab}`} className="tabs__panel">
        {tab === 'answers' && <AnswersPanel />}
        {tab === 'results' && <ResultsPanel />}
        {tab === 'then-now' && <ThenAndNowPanel />}
        {tab === 'target' && <TargetPanel />}
      </div>
      <p className="attribution">{FRAMEWORK_ATTRIBUTION}</p>
    </section>
  );
}
