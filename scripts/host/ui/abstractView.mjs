// The abstract view's page. VS Code nests it twice: the workbench's iframe.webview hosts its own page, which
// loads ours into iframe#active-frame (and swaps in a fresh frame on every render).

/** Our page inside the visible webview. */
export function abstractFrame(page) {
  return page.locator('iframe.webview.ready:visible').contentFrame().locator('iframe#active-frame').contentFrame();
}

/** Our page as a playwright Frame, for evaluating scripts in it (a FrameLocator only finds elements). */
export async function abstractPageFrame(page) {
  const frame = await (await abstractFrame(page).owner().elementHandle({ timeout: 30_000 })).contentFrame();
  if (!frame) throw new Error('the abstract view has no page loaded');
  return frame;
}

/** Waits until the view shows the paper whose title contains `titleText` and returns the frame. */
export async function waitForAbstract(page, titleText) {
  const frame = abstractFrame(page);
  await frame.locator('main#paper h1.title', { hasText: titleText }).waitFor({ timeout: 60_000 });
  return frame;
}

/** Everything the page shows, read in one pass. */
export function readAbstract(frame) {
  return frame.locator('main#paper').evaluate((main) => ({
    title: main.querySelector('h1.title')?.textContent ?? '',
    venue: main.querySelector('.venue')?.textContent ?? '',
    badge: main.querySelector('.badge')?.textContent ?? '',
    badgeClass: main.querySelector('.badge')?.className ?? '',
    authors: main.querySelector('.authors')?.textContent ?? '',
    abstract: main.querySelector('p.abstract')?.textContent ?? '',
    mathElements: main.querySelectorAll('p.abstract math').length,
    buttons: [...main.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? ''),
    state: main.dataset.state ?? '',
  }));
}

/** The editor area down to the end of the page's content, for a screenshot without empty space. */
export async function abstractViewClip(page, frame) {
  const editor = await page.locator('.part.editor').boundingBox();
  const content = await frame.locator('main#paper').boundingBox();
  if (!editor || !content) throw new Error('the abstract view is not on screen');
  return { x: editor.x, y: editor.y, width: editor.width, height: Math.min(editor.height, content.y + content.height - editor.y + 16) };
}
