using System.Globalization;
using System.Text;

namespace Containers.Bench.Dockerfile;

/// <summary>
/// A seeded, valid Dockerfile of a given length, shaped like real multi-stage builds: global ARGs, many stages
/// (named, built from images or from earlier stages), ARG/ENV, RUN with continuations and <c>--mount</c>,
/// here-documents, COPY --from, LABEL, EXPOSE, HEALTHCHECK, comments. The same seed gives the same text, so
/// both sides of the bench read the very same file.
/// </summary>
internal static class BenchDockerfile
{
    public static string Generate(int lines)
    {
        var seed = 20261128u;
        int Rand(int n)
        {
            seed = (seed * 1103515245u) + 12345u;
            return (int)((seed >> 8) % (uint)n);
        }

        var ci = CultureInfo.InvariantCulture;
        var output = new List<string>
        {
            "# syntax=docker/dockerfile:1",
            "ARG BASE=alpine:3.20",
            "ARG GO_VERSION=1.23",
        };
        var stage = 0;
        var linesInStage = 0;
        while (output.Count < lines - 8)
        {
            if (linesInStage == 0 || linesInStage > 150)
            {
                output.Add(string.Empty);
                output.Add(stage % 3 == 2
                    ? string.Create(ci, $"FROM stage{stage - 1} AS stage{stage}")
                    : string.Create(ci, $"FROM $BASE AS stage{stage}"));
                output.Add(string.Create(ci, $"ARG VERSION={stage}.{Rand(10)}"));
                output.Add(string.Create(ci, $"ENV APP_HOME=/opt/app{stage} \\"));
                output.Add("    PATH=/opt/bin:$PATH");
                output.Add("WORKDIR $APP_HOME");
                if (stage > 0)
                {
                    output.Add(string.Create(ci, $"COPY --from=stage{Rand(stage)} /opt/app /opt/app{stage}/dep"));
                }

                output.Add(string.Create(ci, $"HEALTHCHECK --interval=30s --timeout=3s CMD [\"/bin/true\", \"{stage}\"]"));

                stage++;
                linesInStage = 1;
                continue;
            }

            var before = output.Count;
            switch (Rand(10))
            {
                case 0:
                    output.Add(string.Create(ci, $"# step {output.Count}: install and configure"));
                    break;
                case 1:
                    output.Add(string.Create(ci, $"RUN apk add --no-cache pkg{Rand(100)}=1.{Rand(9)} \\"));
                    output.Add("    # keep the image small");
                    output.Add(string.Create(ci, $"    && echo \"$VERSION\" > /tmp/v{Rand(1000)} \\"));
                    output.Add("    && rm -rf /var/cache/apk/*");
                    break;
                case 2:
                    output.Add(string.Create(ci, $"ENV VAR_{output.Count}=value{Rand(100)} OTHER_{output.Count}=\"${{VERSION:-0}}\""));
                    break;
                case 3:
                    output.Add(string.Create(ci, $"LABEL org.example.step{output.Count}=\"{Rand(1000)}\" org.example.home=\"$APP_HOME\""));
                    break;
                case 4:
                    output.Add("RUN <<EOF");
                    output.Add("set -eu");
                    output.Add(string.Create(ci, $"echo building {Rand(1000)} in $APP_HOME"));
                    output.Add(string.Create(ci, $"mkdir -p /opt/app/{Rand(1000)}"));
                    output.Add("EOF");
                    break;
                case 5:
                    output.Add(string.Create(ci, $"COPY --chown=1000:1000 --chmod=644 <<CONF /etc/app{Rand(100)}.conf"));
                    output.Add(string.Create(ci, $"key = {Rand(1000)}"));
                    output.Add("CONF");
                    break;
                case 6:
                    output.Add(string.Create(ci, $"ARG OPT_{Rand(100)}=${{VERSION}}-{Rand(10)}"));
                    break;
                case 7:
                    output.Add(string.Create(ci, $"EXPOSE {8000 + Rand(1000)}/tcp"));
                    break;
                case 8:
                    output.Add(string.Create(ci, $"RUN --mount=type=cache,target=/root/.cache,sharing=locked \\"));
                    output.Add(string.Create(ci, $"    --mount=type=bind,from=stage0,source=/opt,target=/src \\"));
                    output.Add(string.Create(ci, $"    echo {Rand(1000)} $APP_HOME ${{VERSION%%.*}}"));
                    break;
                default:
                    output.Add(string.Create(ci, $"COPY --link src/file{Rand(1000)}.txt /opt/app/"));
                    break;
            }

            linesInStage += output.Count - before;
        }

        while (output.Count < lines)
        {
            output.Add("# end");
        }

        var text = new StringBuilder();
        foreach (var line in output)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
