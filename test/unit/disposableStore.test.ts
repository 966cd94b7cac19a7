import assert from 'node:assert/strict';
import { DisposableStore } from '../../src/core/disposableStore';

/** A disposable that counts its disposals. */
function counted(): { dispose(): void; count: number } {
  return {
    count: 0,
    dispose() {
      this.count++;
    },
  };
}

describe('DisposableStore', () => {
  it('disposes everything it holds once, however often it is disposed', () => {
    const store = new DisposableStore();
    const items = [store.add(counted()), store.add(counted())];
    store.dispose();
    store.dispose();
    assert.deepEqual(items.map((item) => item.count), [1, 1]);
  });

  it('disposes an item added after the store was disposed at once', () => {
    const store = new DisposableStore();
    store.dispose();
    assert.equal(store.add(counted()).count, 1);
  });

  it('delete disposes one item now and the store no longer holds it', () => {
    const store = new DisposableStore();
    const gone = store.add(counted());
    const kept = store.add(counted());
    store.delete(gone);
    store.delete(gone);
    store.dispose();
    assert.equal(gone.count, 1);
    assert.equal(kept.count, 1);
  });

  it('lets a child store remove itself from its owner while either is being disposed', () => {
    const owner = new DisposableStore();
    const child = owner.add(new DisposableStore());
    const listener = child.add(counted());
    // The pattern of a panel's listeners: the panel's own dispose event deletes its store from the owner.
    child.add({ dispose: () => owner.delete(child) });
    owner.dispose();
    assert.equal(listener.count, 1);
    child.dispose();
    assert.equal(listener.count, 1);
  });

  it('disposes the rest when one item throws, then rethrows', () => {
    const store = new DisposableStore();
    store.add({
      dispose() {
        throw new Error('broken');
      },
    });
    const after = store.add(counted());
    assert.throws(() => store.dispose(), /broken/);
    assert.equal(after.count, 1);
  });
});
