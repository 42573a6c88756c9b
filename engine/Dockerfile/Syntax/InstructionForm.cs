namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>How an instruction's arguments are written.</summary>
public enum InstructionForm
{
    /// <summary>Plain words (shell form for RUN, CMD and ENTRYPOINT).</summary>
    Shell,

    /// <summary>A JSON array of strings (exec form); only RUN, CMD, ENTRYPOINT, SHELL, VOLUME, ADD and COPY have it.</summary>
    Json,
}
