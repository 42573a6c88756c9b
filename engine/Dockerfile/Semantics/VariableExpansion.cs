namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>Who substitutes a variable reference, which decides the variables it can see.</summary>
public enum VariableExpansion
{
    /// <summary>
    /// The builder, while reading the instruction (ADD, ARG, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER,
    /// VOLUME, WORKDIR and every instruction's flags): sees the stage's ARGs and ENVs declared before it; a FROM line
    /// sees only the global ARGs and the predefined platform ARGs.
    /// </summary>
    Builder,

    /// <summary>The shell of a shell-form RUN (or an unquoted RUN here-document) at build time: sees ARGs and ENVs as environment variables.</summary>
    BuildShell,

    /// <summary>The shell of a shell-form CMD, ENTRYPOINT or HEALTHCHECK CMD when the container runs: sees only ENVs.</summary>
    RuntimeShell,
}
