// If a screen fails to render, say so plainly instead of leaving a blank window; saved work is
// on disk, so reloading is safe.
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error(error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="screen" aria-labelledby="crash-title">
        <h1 id="crash-title" className="screen__title">
          This screen could not be shown
        </h1>
        <p>Everything saved so far is safe on disk. Reload to continue; if it happens again, the message below helps find the cause.</p>
        <pre className="crash-details">{this.state.error.message}</pre>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
