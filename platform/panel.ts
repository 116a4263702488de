import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** The toolbar button opens the panel: Chrome's side panel, or Firefox's sidebar. */
export function openPanelOnToolbarClick(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // sidebarAction.toggle must run inside the click handler, while the user gesture lasts.
  action.onClicked.addListener(() => void sidebarAction()?.toggle());
}
