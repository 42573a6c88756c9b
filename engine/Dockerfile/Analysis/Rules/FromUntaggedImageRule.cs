
namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// FROM an image without a tag or digest (<c>FROM ubuntu</c>): the build takes whatever <c>latest</c> is that day.
/// hadolint's DL3006; best practice, off by default. Stages, <c>scratch</c> and images written with variables are
/// not checked. Reported on the image.
/// </summary>
internal sealed class FromUntaggedImageRule : SemanticRule
{
    public override bool IsEnabledByDefault => false;

    public override int? DockerfileUtilsCode => null;

    public override string Id => "FromUntaggedImage";

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string image) => $"Always tag the version of an image explicitly: {image}";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var stage in scope.Stages)
        {
            if (ImageReference.Of(stage) is { Tag: null, Digest: null } image)
            {
                diagnostics.Add(Create(Message(image.Text), stage.BaseImage!.Range));
            }
        }
    }
}
