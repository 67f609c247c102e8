/** Runs `callback` once the next frame has been painted (two animation frames later). */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}
