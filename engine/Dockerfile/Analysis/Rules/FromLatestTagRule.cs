
namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// FROM an image tagged <c>latest</c>: the tag moves, so two builds of the same Dockerfile differ. hadolint's DL3007;
/// best practice, off by default. An image pinned by digest as well (<c>:latest@sha256:…</c>) is fine. Reported on
/// the image.
/// </summary>
internal sealed class FromLatestTagRule : SemanticRule
{
    public override bool IsEnabledByDefault => false;

    public override int? DockerfileUtilsCode => null;

    public override string Id => "FromLatestTag";

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string image) => $"Using latest is prone to errors if the image will ever update; pin a version: {image}";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var stage in scope.Stages)
        {
            if (ImageReference.Of(stage) is { Tag: "latest", Digest: null } image)
            {
                diagnostics.Add(Create(Message(image.Text), stage.BaseImage!.Range));
            }
        }
    }
}
