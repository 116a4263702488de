import { hanTable } from 'virtual:lexicon-table-han';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerHanTable } from '../content/lexicon/hanTableSlot';

/**
 * The Chinese vocabulary's table, a file of its own: the background injects it, with the engine,
 * only into frames whose text holds Han, so English pages never evaluate it.
 */
export default defineUnlistedScript(() => {
  offerHanTable(hanTable);
});
