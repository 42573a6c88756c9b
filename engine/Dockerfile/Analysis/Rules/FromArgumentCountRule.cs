using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// FROM with two, or four and more, words after its flags: BuildKit fails ("FROM requires either one or three
/// arguments"). dockerfile-utils' ARGUMENT_REQUIRES_ONE_OR_THREE (8). A FROM without any is
/// <see cref="ArgumentMissingRule"/>'s; three words whose second is not AS are <see cref="InvalidAsRule"/>'s.
/// Reported on the words after the image.
/// </summary>
internal sealed class FromArgumentCountRule : DockerfileRule
{
    public override string Id => "FromArgumentCount";

    public override int? DockerfileUtilsCode => 8;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "FROM requires either one or three arguments";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind != InstructionKind.From)
            {
                continue;
            }

            var arguments = instruction.Arguments;
            if (arguments.Count is 2 or > 3)
            {
                diagnostics.Add(Create(Message(), new TextRange(arguments[1].Range.Start, arguments[^1].Range.End)));
            }
        }
    }
}
