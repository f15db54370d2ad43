// Lints Dockerfiles with dockerfile-utils, a validator independent of the plugin's own lint.
// usage: node dockerfile-lint.js FILE...   prints file:line:col: severity [code] message; exit 1 on any finding
'use strict';
const fs = require('fs');
const { validate, ValidationSeverity } = require('dockerfile-utils');

// A settings object replaces the defaults, so every key is listed, each raised to at least a warning.
const W = ValidationSeverity.WARNING;
const E = ValidationSeverity.ERROR;
const settings = {
  deprecatedMaintainer: W, directiveCasing: W, emptyContinuationLine: W, instructionCasing: W,
  instructionCmdMultiple: W, instructionEntrypointMultiple: E, instructionHealthcheckMultiple: W,
  instructionJSONInSingleQuotes: E, instructionWorkdirRelative: E,
};
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const d of validate(fs.readFileSync(file, 'utf8'), settings)) {
    findings++;
    const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    console.log(`${where}: ${d.severity === 1 ? 'error' : 'warning'} [${d.code}] ${d.message}`);
  }
}
console.log(`dockerfile-utils: ${process.argv.length - 2} files, ${findings} findings`);
process.exit(findings ? 1 : 0);
