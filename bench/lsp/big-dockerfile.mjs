// The bench's Dockerfile, shared by lsp-bench.mjs and open-bench.mjs so that both time the very same text.
// A seeded, valid 6,000-line Dockerfile: stages with ARG/ENV, continued RUNs, COPY --from and comments.
export function bigDockerfile(lines) {
  let seed = 20261128;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=alpine:3.20'];
  let stage = 0;
  while (out.length < lines) {
    if (out.length % 600 === 2) {
      out.push(`FROM $BASE AS stage${stage}`, `ARG VERSION=${stage}`, `ENV APP_HOME=/opt/app${stage}`, 'WORKDIR $APP_HOME');
      if (stage > 0) out.push(`COPY --from=stage${stage - 1} /opt /opt`);
      stage++;
      continue;
    }
    switch (rand(5)) {
      case 0: out.push(`# step ${out.length}: install and configure`); break;
      case 1: out.push(`RUN apk add --no-cache pkg${rand(100)} \\`, `    && echo "$VERSION" > /tmp/v${rand(1000)} \\`, '    && true'); break;
      case 2: out.push(`ENV VAR_${out.length}=value${rand(100)}`); break;
      case 3: out.push(`LABEL org.example.step${out.length}="${rand(1000)}"`); break;
      default: out.push(`RUN --mount=type=cache,target=/root/.cache echo ${rand(1000)} $APP_HOME`); break;
    }
  }
  return out.slice(0, lines).join('\n') + '\n';
}
