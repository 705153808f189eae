/**
 * Toasts live outside React's tree so any mutation can raise one: "marked as junk — undo".
 * Each toast may carry an undo callback; it disappears after a while or when used.
 */
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  text: string;
  undo?: () => void;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function dismiss(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function showToast(text: string, undo?: () => void): void {
  const id = nextId++;
  toasts = [...toasts.slice(-3), { id, text, undo }];
  emit();
  setTimeout(() => dismiss(id), 10_000);
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
}
