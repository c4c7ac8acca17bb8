// `npm run check:content [-- <content folder>]`: the build's content checker without the build.
// It reads content/ with the same zod schemas (src/lib/content-files.ts) and runs the same checks
// (src/lib/content-check.ts: references, the lesson text against its source, timeline dates),
// printing every problem with its file, field, bad value and a fix. Exit code 1 when any is found.
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check';
import { loadContentFolder } from '../src/lib/content-files';
import { formatContentReport } from '../src/lib/content-report';

const started = performance.now();
const folder = process.argv[2] ?? process.env['GLOSS_CONTENT_DIR'] ?? 'content';
const { input, problems: schemaProblems } = loadContentFolder(resolve(folder));
const problems = [...schemaProblems, ...checkContent(input)];
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// CPU time as well as wall time: on a busy machine the wall time says more about the neighbours.
const cpu = process.cpuUsage();
const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(2);
const report = formatContentReport(folder, input, problems, `${seconds} s, ${cpuSeconds} s CPU`);
if (problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
