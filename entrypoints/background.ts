import { defineBackground } from 'wxt/utils/define-background';
import { openPanelOnToolbarClick } from '../platform/panel';

export default defineBackground(() => {
  openPanelOnToolbarClick();
});
