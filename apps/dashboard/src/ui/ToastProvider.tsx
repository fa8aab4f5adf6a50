import { useCallback, useState, type ReactNode } from 'react';
import { ToastContext, type Toast, type ToastTone } from './toast-context';

const TOAST_MS = 4_000;
const MAX_TOASTS = 4;
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (text: string, tone: ToastTone = 'info') => {
      const id = nextId++;
      setToasts((current) => [...current.slice(-(MAX_TOASTS - 1)), { id, tone, text }]);
      setTimeout(() => dismiss(id), tone === 'error' ? TOAST_MS * 2 : TOAST_MS);
    },
    [dismiss],
  );

  return (
    <ToastContext value={show}>
      {children}
      <div className="toasts" aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid="toast" role="status">
            <span>{toast.text}</span>
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}
