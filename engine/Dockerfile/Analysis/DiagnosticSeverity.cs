namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>How serious a Dockerfile diagnostic is (same order and meaning as LSP's DiagnosticSeverity).</summary>
public enum DiagnosticSeverity
{
    /// <summary>The builder rejects the Dockerfile.</summary>
    Error = 1,

    /// <summary>The builder accepts it but warns (a BuildKit build check), or it is likely a mistake.</summary>
    Warning = 2,

    /// <summary>Worth knowing; nothing is wrong.</summary>
    Information = 3,

    /// <summary>A suggestion.</summary>
    Hint = 4,
}
