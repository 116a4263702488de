import { defineBackground } from 'wxt/utils/define-background';
import { openPanelOnRequest, openPanelOnToolbarClick } from '../platform/panel';

export default defineBackground(() => {
  openPanelOnToolbarClick();
  openPanelOnRequest();
});
