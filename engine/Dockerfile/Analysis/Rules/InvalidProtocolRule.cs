namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An EXPOSE protocol other than tcp, udp or sctp: BuildKit fails ("invalid proto"). dockerfile-utils'
/// INVALID_PROTO (25). Case does not matter here: BuildKit lowercases it and only warns (ExposeProtoCasing).
/// </summary>
internal sealed class InvalidProtocolRule : DockerfileRule
{
    public override string Id => "InvalidProtocol";

    public override int? DockerfileUtilsCode => 25;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string protocol) => $"Invalid proto: {protocol}";

    public override void Analyze(Syntax.DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var (word, port) in ExposePort.Of(syntax))
        {
            if (port.Protocol is { } protocol && protocol.ToLowerInvariant() is not ("tcp" or "udp" or "sctp"))
            {
                diagnostics.Add(Create(Message(protocol), word.Range));
            }
        }
    }
}
