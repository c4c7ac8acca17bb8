#!/usr/bin/env node
// Steps that run on the finished static site, in order. Each later step sees the output of
// the earlier ones (the search index must exist before the offline cache lists it).
console.log('postbuild: nothing to do yet');
