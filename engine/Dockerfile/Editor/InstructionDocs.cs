using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Editor documentation of the Dockerfile language: instructions, their flags and the parser directives, in
/// markdown, written from BuildKit's Dockerfile reference (moby/buildkit frontend/dockerfile/docs/reference.md).
/// Entries are looked up by key: <c>instruction:RUN</c>, <c>flag:RUN:mount</c>, <c>directive:escape</c>.
/// </summary>
public static class InstructionDocs
{
    private const string Reference = "https://docs.docker.com/reference/dockerfile/";

    private static readonly Dictionary<InstructionKind, (string Syntax, string Summary)> s_instructions = new()
    {
        [InstructionKind.Add] = ("ADD [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--checksum=<hash>] [--keep-git-dir] [--unpack] [--exclude=<path>] <src>... <dest>",
            "Copies files, directories, remote URLs or Git repositories from `<src>` into the image at `<dest>`. Local tar archives are extracted. Prefer COPY for plain files."),
        [InstructionKind.Arg] = ("ARG <name>[=<default value>] ...",
            "Declares a build argument that users can set with `docker build --build-arg <name>=<value>`. Before the first FROM it is global and only visible in FROM lines unless a stage declares it again."),
        [InstructionKind.Cmd] = ("CMD [\"executable\", \"param1\", \"param2\"]\nCMD command param1 param2",
            "The default command of a container started from the image. Only the last CMD of a stage takes effect. The exec (JSON) form is recommended so the process receives signals."),
        [InstructionKind.Copy] = ("COPY [--from=<stage|image|context>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--parents] [--exclude=<path>] <src>... <dest>",
            "Copies files and directories from the build context, a build stage or an image into the image at `<dest>`."),
        [InstructionKind.Entrypoint] = ("ENTRYPOINT [\"executable\", \"param1\", \"param2\"]\nENTRYPOINT command param1 param2",
            "Configures the container to run as an executable; CMD supplies default arguments. Only the last ENTRYPOINT of a stage takes effect."),
        [InstructionKind.Env] = ("ENV <key>=<value> ...",
            "Sets environment variables for the following instructions of the stage, for stages built from it, and for containers run from the image."),
        [InstructionKind.Expose] = ("EXPOSE <port>[/<protocol>] ...",
            "Documents the network ports the container listens on (`tcp`, the default, `udp` or `sctp`). It does not publish them; `docker run -p` does."),
        [InstructionKind.From] = ("FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]",
            "Starts a new build stage from a base image, or from an earlier stage by name. `AS <name>` names the stage for `COPY --from` and `--target`."),
        [InstructionKind.Healthcheck] = ("HEALTHCHECK [--interval=30s] [--timeout=30s] [--start-period=0s] [--start-interval=5s] [--retries=3] CMD <command>\nHEALTHCHECK NONE",
            "Tells Docker how to test that the container still works. `NONE` disables a health check inherited from the base image."),
        [InstructionKind.Label] = ("LABEL <key>=<value> ...",
            "Adds metadata to the image as key-value pairs."),
        [InstructionKind.Maintainer] = ("MAINTAINER <name>",
            "**Deprecated.** Sets the author field of the image; use `LABEL org.opencontainers.image.authors=<name>` instead."),
        [InstructionKind.Onbuild] = ("ONBUILD <INSTRUCTION>",
            "Adds a trigger instruction that runs when the image is used as the base of another build. ONBUILD cannot trigger FROM, MAINTAINER or ONBUILD."),
        [InstructionKind.Run] = ("RUN [--mount=<mount>] [--network=<default|none|host>] [--security=<sandbox|insecure>] <command>\nRUN [\"executable\", \"param1\", \"param2\"]",
            "Runs a command in a new layer on top of the current image and commits the result. The shell form runs in the SHELL (default `/bin/sh -c`); here-documents are supported."),
        [InstructionKind.Shell] = ("SHELL [\"executable\", \"parameters\"]",
            "Overrides the shell used by the shell form of RUN, CMD and ENTRYPOINT (default `[\"/bin/sh\", \"-c\"]` on Linux). JSON form only."),
        [InstructionKind.Stopsignal] = ("STOPSIGNAL <signal>",
            "The system call signal sent to the container to make it exit: a name such as `SIGTERM` or a number."),
        [InstructionKind.User] = ("USER <user>[:<group>]\nUSER <UID>[:<GID>]",
            "Sets the user (and group) for the following RUN, CMD and ENTRYPOINT instructions and for containers run from the image."),
        [InstructionKind.Volume] = ("VOLUME [\"/data\"]\nVOLUME /data ...",
            "Creates a mount point and marks it as holding externally mounted volumes."),
        [InstructionKind.Workdir] = ("WORKDIR <path>",
            "Sets the working directory for the following RUN, CMD, ENTRYPOINT, COPY and ADD instructions; created if missing. A relative path is relative to the previous WORKDIR."),
    };

    private static readonly Dictionary<string, string> s_flags = new(StringComparer.Ordinal)
    {
        ["Add:chown"] = "`--chown=<user>:<group>`: owner of the added files (Linux only; names need /etc/passwd and /etc/group in the image).",
        ["Add:chmod"] = "`--chmod=<perms>`: permissions of the added files, octal (`755`) or symbolic (`u+x`, Dockerfile 1.14).",
        ["Add:link"] = "`--link[=<bool>]`: add the files in an independent layer, so the layer can be reused when earlier layers change.",
        ["Add:checksum"] = "`--checksum=<hash>`: verify a remote source: `sha256:<hex>` for an HTTP source, a commit hash for a Git source.",
        ["Add:keep-git-dir"] = "`--keep-git-dir[=<bool>]`: keep the `.git` directory when adding a Git repository.",
        ["Add:unpack"] = "`--unpack[=<bool>]`: whether to extract a tar archive source (local archives default to true, URLs to false).",
        ["Add:exclude"] = "`--exclude=<path>`: a pattern of files not to add; may be repeated.",
        ["Copy:from"] = "`--from=<stage|image|context>`: copy from an earlier build stage (name or index), an image, or a named build context instead of the build context.",
        ["Copy:chown"] = "`--chown=<user>:<group>`: owner of the copied files (Linux only).",
        ["Copy:chmod"] = "`--chmod=<perms>`: permissions of the copied files, octal (`755`) or symbolic (`u+x`).",
        ["Copy:link"] = "`--link[=<bool>]`: copy the files into an independent layer, reusable when earlier layers change.",
        ["Copy:parents"] = "`--parents[=<bool>]`: keep the parent directories of the sources under `<dest>`.",
        ["Copy:exclude"] = "`--exclude=<path>`: a pattern of files not to copy; may be repeated.",
        ["From:platform"] = "`--platform=<platform>`: the platform of the base image, e.g. `linux/amd64` or `$BUILDPLATFORM`, for a multi-platform image.",
        ["Healthcheck:interval"] = "`--interval=<duration>`: time between checks (default `30s`).",
        ["Healthcheck:timeout"] = "`--timeout=<duration>`: a check taking longer fails (default `30s`).",
        ["Healthcheck:start-period"] = "`--start-period=<duration>`: start-up time during which failures do not count (default `0s`).",
        ["Healthcheck:start-interval"] = "`--start-interval=<duration>`: time between checks during the start period (default `5s`).",
        ["Healthcheck:retries"] = "`--retries=<n>`: consecutive failures before the container is unhealthy (default `3`).",
        ["Run:mount"] = "`--mount=type=<bind|cache|tmpfs|secret|ssh>[,<option>=<value>...]`: a filesystem mount for this RUN only: `bind` (from the context or a stage), `cache` (persistent compiler or package caches), `tmpfs`, `secret` and `ssh` (build secrets and SSH agent).",
        ["Run:network"] = "`--network=<default|none|host>`: the network of the command: `none` has no network, `host` the host's (needs an entitlement).",
        ["Run:security"] = "`--security=<sandbox|insecure>`: `insecure` runs without the sandbox (like `--privileged`, needs an entitlement).",
        ["Run:device"] = "`--device=<name>[,required]`: a CDI device for the command (labs channel).",
    };

    private static readonly Dictionary<string, string> s_directives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["syntax"] = "`# syntax=<frontend image>`: the BuildKit frontend that builds this Dockerfile, e.g. `docker/dockerfile:1`.",
        ["escape"] = "`# escape=<\\ or `>`: the escape and line-continuation character (default `\\`; `` ` `` suits Windows paths).",
        ["check"] = "`# check=skip=<checks|all>;error=<boolean>`: build checks to skip, and whether a failing check fails the build.",
    };

    /// <summary>The documentation of <paramref name="kind"/>: its syntax as a code block, what it does, and a link to the reference.</summary>
    public static string? Instruction(InstructionKind kind) =>
        s_instructions.TryGetValue(kind, out var doc)
            ? $"```dockerfile\n{doc.Syntax}\n```\n{doc.Summary}\n\n[Dockerfile reference]({Reference}#{kind.ToString().ToLowerInvariant()})"
            : null;

    /// <summary>The one-line syntax of <paramref name="kind"/> (its first form).</summary>
    public static string? Syntax(InstructionKind kind) => s_instructions.TryGetValue(kind, out var doc) ? doc.Syntax.Split('\n')[0] : null;

    /// <summary>The documentation of the flag <paramref name="flag"/> (without <c>--</c>) of <paramref name="kind"/>; null when unknown.</summary>
    public static string? Flag(InstructionKind kind, string flag) => s_flags.GetValueOrDefault($"{kind}:{flag}");

    /// <summary>The flag names <paramref name="kind"/> accepts (without <c>--</c>).</summary>
    public static IEnumerable<string> Flags(InstructionKind kind)
    {
        var prefix = $"{kind}:";
        return s_flags.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]);
    }

    /// <summary>The documentation of the parser directive <paramref name="name"/>; null when unknown.</summary>
    public static string? Directive(string name) => s_directives.GetValueOrDefault(name);

    /// <summary>The known parser directive names.</summary>
    public static IEnumerable<string> Directives => s_directives.Keys;

    /// <summary>Documentation by key (<c>instruction:RUN</c>, <c>flag:Run:mount</c>, <c>directive:escape</c>); null when unknown.</summary>
    public static string? Lookup(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(':', 3);
        return parts switch
        {
            ["instruction", var name] when Enum.TryParse<InstructionKind>(name, ignoreCase: true, out var kind) => Instruction(kind),
            ["flag", var name, var flag] when Enum.TryParse<InstructionKind>(name, ignoreCase: true, out var kind) => Flag(kind, flag),
            ["directive", var name] => Directive(name),
            _ => null,
        };
    }
}
