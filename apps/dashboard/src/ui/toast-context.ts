import { createContext, useContext } from 'react';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  text: string;
}

export type ShowToast = (text: string, tone?: ToastTone) => void;

export const ToastContext = createContext<ShowToast | null>(null);

/** Shows a short message in the corner (announced politely to screen readers). */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}
