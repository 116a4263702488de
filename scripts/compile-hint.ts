// The content script runs in every frame of every page, and most of its cost on a page that is
// not a health page is V8 compiling its functions one by one as they are first called (issue
// #12). This magic comment (V8's explicit compile hints, Chrome 136 and later) has them compiled
// with the script instead, in one go. Other browsers read it as a comment.
import type { Plugin } from 'vite';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the compile hint first in each content script, after minification. */
export function contentScriptCompileHint(): Plugin {
  return {
    name: 'lumbar-lens:content-script-compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.fileName.startsWith('content-scripts/'))
          chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  };
}
