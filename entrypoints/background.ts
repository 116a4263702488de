import { defineBackground } from 'wxt/utils/define-background';
import { handleCommands } from '../platform/commands';
import { injectEngineOnRequest } from '../platform/engineInjection';
import { openPanelOnRequest, openPanelOnToolbarClick } from '../platform/panel';
import { answerTermDescriptions } from '../platform/termDescriptions';

export default defineBackground(() => {
  openPanelOnToolbarClick();
  openPanelOnRequest();
  answerTermDescriptions();
  handleCommands();
  injectEngineOnRequest();
});
