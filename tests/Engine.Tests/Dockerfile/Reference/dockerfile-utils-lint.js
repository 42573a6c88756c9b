// Runs dockerfile-utils' validate() on each file given and prints [{file, problems: [{code, line, character, severity, message}]}].
// Used by DockerfileUtilsReferenceTests as the reference linter; dockerfile-utils is installed by the test into a cache dir.
const fs = require('fs');
const utils = require(process.env.DOCKERFILE_UTILS_PATH);
const results = process.argv.slice(2).map(file => ({
    file,
    problems: utils.validate(fs.readFileSync(file, 'utf8')).map(d => ({
        code: Number(d.code), line: d.range.start.line, character: d.range.start.character, severity: d.severity, message: d.message,
    })),
}));
process.stdout.write(JSON.stringify(results));
