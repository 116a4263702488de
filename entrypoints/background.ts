import { defineBackground } from 'wxt/utils/define-background';
import { openPanelOnRequest, openPanelOnToolbarClick } from '../platform/panel';
import { answerTermDescriptions } from '../platform/termDescriptions';

export default defineBackground(() => {
  openPanelOnToolbarClick();
  openPanelOnRequest();
  answerTermDescriptions();
});
