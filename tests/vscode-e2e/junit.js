// Writes the JUnit XML that tools/summarize-tests.ps1 sums: <testsuites tests= failures= errors= skipped=>.
'use strict';
const fs = require('fs');

function escape(text) {
  return String(text).replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c])
    // XML 1.0 cannot carry most control characters (ANSI colour codes from a stack trace, say).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** cases: [{ name, seconds, failure: null | string }] */
function writeJUnit(file, suite, cases) {
  const failures = cases.filter((c) => c.failure).length;
  const time = cases.reduce((t, c) => t + (c.seconds || 0), 0).toFixed(3);
  const body = cases.map((c) => {
    const open = `    <testcase classname="${escape(suite)}" name="${escape(c.name)}" time="${(c.seconds || 0).toFixed(3)}"`;
    return c.failure ? `${open}>\n      <failure message="${escape(c.failure.split('\n')[0])}">${escape(c.failure)}</failure>\n    </testcase>` : `${open}/>`;
  }).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escape(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${time}">\n  <testsuite name="${escape(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${time}">\n${body}\n  </testsuite>\n</testsuites>\n`;
  fs.writeFileSync(file, xml);
}

module.exports = { writeJUnit };

// Command line: node junit.js <file> <suite> <case name> <failure message>  (one failing case; used by run.sh)
if (require.main === module) {
  const [file, suite, name, failure] = process.argv.slice(2);
  writeJUnit(file, suite, [{ name, seconds: 0, failure }]);
}
