/** The pages the gate runs on, and the host access the background needs to inject the engine there. */
export const CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*'];
