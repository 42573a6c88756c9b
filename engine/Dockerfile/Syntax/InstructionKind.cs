namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>The instruction a keyword names (keywords are case-insensitive).</summary>
public enum InstructionKind
{
    /// <summary>A keyword the builder does not know.</summary>
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}
