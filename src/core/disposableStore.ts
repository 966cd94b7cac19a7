/** Anything that releases what it holds when disposed: VS Code's disposables, and stores themselves. */
export interface Disposable {
  dispose(): void;
}

/**
 * Owns disposables and disposes them together. Disposing twice is harmless, one that throws does not stop the
 * rest, and one added after disposal is disposed at once, so a listener registered late cannot leak.
 */
export class DisposableStore implements Disposable {
  private readonly items = new Set<Disposable>();
  private disposed = false;

  add<T extends Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.add(item);
    return item;
  }

  /** Disposes one item now and forgets it, for things that end before their owner (a closed panel's listeners). */
  delete(item: Disposable): void {
    if (this.items.delete(item)) item.dispose();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const items = [...this.items];
    this.items.clear();
    const errors: unknown[] = [];
    for (const item of items) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  }
}
